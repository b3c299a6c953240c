import * as z from 'zod/mini';
import { bigIdSchema, intInRange } from './fields.ts';
import { resultSchema } from './result.ts';
import { pagingSchema } from './speed-rule.ts';

/** Sentence categories and sentences (sentencemanage group), for the exception picker. */

export const querySentenceCategoryRequestSchema = z.object({});
export type QuerySentenceCategoryRequest = z.infer<typeof querySentenceCategoryRequestSchema>;

/** `keyword` is our addition for the picker's search; an upstream that ignores it still pages. */
export const querySentenceByCategoryIdRequestSchema = z.object({
  category_id: bigIdSchema,
  page: intInRange(1, 1_000_000),
  limit: intInRange(1, 100),
  keyword: z.optional(z.string().check(z.maxLength(64, 'must be at most 64 characters'))),
});
export type QuerySentenceByCategoryIdRequest = z.infer<
  typeof querySentenceByCategoryIdRequestSchema
>;

const idFromWire = z.pipe(z.union([z.string(), z.number()]), z.transform(String));

export const sentenceCategorySchema = z.looseObject({ category_id: idFromWire, name: z.string() });
export type SentenceCategory = z.infer<typeof sentenceCategorySchema>;

export const querySentenceCategoryAnswerSchema = z.extend(resultSchema, {
  data: z.optional(z.array(sentenceCategorySchema)),
});
export type QuerySentenceCategoryAnswer = z.infer<typeof querySentenceCategoryAnswerSchema>;

export const sentenceSchema = z.looseObject({
  sentence_id: idFromWire,
  sentence_name: z.string(),
  category_id: idFromWire,
});
export type Sentence = z.infer<typeof sentenceSchema>;

export const querySentenceByCategoryIdAnswerSchema = z.extend(resultSchema, {
  data: z.optional(z.array(sentenceSchema)),
  paging: z.optional(pagingSchema),
});
export type QuerySentenceByCategoryIdAnswer = z.infer<typeof querySentenceByCategoryIdAnswerSchema>;
