import type { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createTestQueryClient, renderWithProviders, screen, within } from '@/testing/test-utils';
import { sentenceCategoriesQueryOptions } from '../api/get-sentence-categories';
import { sentencesQueryOptions } from '../api/get-sentences';
import { SentencePickerModal } from './sentence-picker-modal';

/** No server answers here: the tests give the categories and sentences, or loading fails. */

function withOneCategory() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(sentenceCategoriesQueryOptions().queryKey, [
    { category_id: '11', name: 'Greetings' },
  ]);
  return queryClient;
}

const renderPicker = (queryClient: QueryClient) =>
  renderWithProviders(
    <SentencePickerModal
      opened
      onClose={() => undefined}
      title="Pick sentences"
      picked={[]}
      onChange={() => undefined}
    />,
    { queryClient },
  );

describe('SentencePickerModal', { timeout: 20_000 }, () => {
  it('offers to ask again when the sentences of a category could not be loaded', async () => {
    const queryClient = withOneCategory();
    const sentencesKey = sentencesQueryOptions({ category_id: '11', page: 1, limit: 8 }).queryKey;
    const { user } = renderPicker(queryClient);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The sentences could not be loaded');
    expect(queryClient.getQueryState(sentencesKey)?.errorUpdateCount).toBe(1);

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    await expect.poll(() => queryClient.getQueryState(sentencesKey)?.errorUpdateCount).toBe(2);
  });

  it('keeps the page while a search is typed, and starts the search at page 1', async () => {
    const queryClient = withOneCategory();
    const page = (prefix: string, total: number) => ({
      total,
      sentences: Array.from({ length: 8 }, (_, i) => ({
        sentence_id: `${prefix.length}${i}`,
        sentence_name: `${prefix} ${i + 1}`,
        category_id: '11',
      })),
    });
    const params = { category_id: '11', limit: 8 };
    queryClient.setQueryData(
      sentencesQueryOptions({ ...params, page: 1 }).queryKey,
      page('First', 16),
    );
    queryClient.setQueryData(
      sentencesQueryOptions({ ...params, page: 2 }).queryKey,
      page('Second', 16),
    );
    queryClient.setQueryData(
      sentencesQueryOptions({ ...params, page: 1, keyword: 'hi' }).queryKey,
      page('Found', 8),
    );
    const { user } = renderPicker(queryClient);

    await user.click(await screen.findByRole('button', { name: 'Page 2' }));
    expect(await screen.findByRole('checkbox', { name: /Second 1/ })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox'), 'hi');
    // Until the search is debounced, the list stays where it was: no jump to the unfiltered page 1.
    expect(screen.getByRole('checkbox', { name: /Second 1/ })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /First 1/ })).not.toBeInTheDocument();

    expect(await screen.findByRole('checkbox', { name: /Found 1/ })).toBeInTheDocument();
  });
});
