import { notFound, pageOf, success, type Handler } from './answers.ts';

/** sentencemanage: the customer sentences the speed-rule exceptions pick from. */

const GROUP = 'sentencemanage';

export const querySentenceCategory: Handler<'querySentenceCategory'> = (_request, ctx) =>
  success(GROUP, {
    data: ctx.store.state.sentenceCategories.map((c) => ({ category_id: c.id, name: c.name })),
  });

export const querySentenceByCategoryId: Handler<'querySentenceByCategoryId'> = (request, ctx) => {
  const { state } = ctx.store;
  if (!state.sentenceCategories.some((c) => c.id === request.category_id)) {
    return notFound(GROUP, 'category_id', request.category_id, 'sentence category');
  }
  const keyword = request.keyword?.trim().toLowerCase() ?? '';
  const matching = state.sentences.filter(
    (s) => s.categoryId === request.category_id && s.text.toLowerCase().includes(keyword),
  );
  return success(GROUP, {
    data: pageOf(matching, request.page, request.limit).map((s) => ({
      sentence_id: s.id,
      sentence_name: s.text,
      category_id: s.categoryId,
    })),
    paging: { page: request.page, limit: request.limit, total: matching.length },
  });
};
