import * as z from 'zod/mini';
import { bigIdSchema, intInRange, nameSchema } from './fields.ts';
import { resultSchema } from './result.ts';

/** updateSpeedRule and its neighbours (speedrule group). */

export const SPEED_MIN = { lowest: 1, highest: 220 } as const;
export const SPEED_MAX_LIMIT = 2_147_483_647;
const CALL_OFFSET_MAX = 2_147_483_647; // a call offset in ms: Java int range

/** A sentence id as the update call wants it: a string of digits. */
export const sentenceIdSchema = bigIdSchema;

const callOffsetSchema = z.optional(z.nullable(intInRange(0, CALL_OFFSET_MAX)));

export const triggerWindowSchema = z
  .object({ call_from: callOffsetSchema, call_end: callOffsetSchema })
  .check(
    z.superRefine((value, ctx) => {
      if (value.call_from != null && value.call_end != null && value.call_end < value.call_from) {
        ctx.addIssue({
          code: 'custom',
          path: ['call_end'],
          message: 'must not be before call_from',
          params: { rule: 'triggerOrder' },
        });
      }
    }),
  );

const settingFields = {
  name: nameSchema,
  score: intInRange(0, 100),
  min: intInRange(SPEED_MIN.lowest, SPEED_MIN.highest),
  max: intInRange(1, SPEED_MAX_LIMIT),
  other: z.optional(triggerWindowSchema),
};

const maxNotBelowMin = (value: { min: number; max: number }, ctx: z.core.$RefinementCtx) => {
  if (value.max < value.min) {
    ctx.addIssue({
      code: 'custom',
      path: ['max'],
      message: 'must be at least min',
      params: { rule: 'speedOrder' },
    });
  }
};

export const newSpeedSettingSchema = z.object(settingFields).check(z.superRefine(maxNotBelowMin));
export const speedSettingSchema = z
  .object({ ...settingFields, speed_id: bigIdSchema })
  .check(z.superRefine(maxNotBelowMin));

const sentenceIdsSchema = z.object({ customer: z.optional(z.array(sentenceIdSchema)) });

export const speedExceptionSchema = z.object({
  under: sentenceIdsSchema,
  over: sentenceIdsSchema,
});

export const updateSpeedRuleRequestSchema = z.object({
  setting: speedSettingSchema,
  exception: speedExceptionSchema,
});
export type UpdateSpeedRuleRequest = z.infer<typeof updateSpeedRuleRequestSchema>;

export const addSpeedRuleRequestSchema = z.object({
  setting: newSpeedSettingSchema,
  exception: speedExceptionSchema,
});
export type AddSpeedRuleRequest = z.infer<typeof addSpeedRuleRequestSchema>;

export const speedRuleIdRequestSchema = z.object({ speed_id: bigIdSchema });
export type SpeedRuleIdRequest = z.infer<typeof speedRuleIdRequestSchema>;

export const querySpeedRulesRequestSchema = z.object({
  page: intInRange(1, 1_000_000),
  limit: intInRange(1, 100),
  keyword: z.optional(z.string().check(z.maxLength(64, 'must be at most 64 characters'))),
});
export type QuerySpeedRulesRequest = z.infer<typeof querySpeedRulesRequestSchema>;

// ---- answers: tolerant of numbers where we expect strings, so big ids survive ----

const idFromWire = z.pipe(z.union([z.string(), z.number()]), z.transform(String));
const numberFromWire = z.pipe(z.union([z.number(), z.string()]), z.transform(Number));
const nullableOffset = z.nullish(z.pipe(z.union([z.number(), z.string()]), z.transform(Number)));

export const pagingSchema = z.looseObject({ total: numberFromWire });

export const speedRuleSummarySchema = z.looseObject({
  speed_id: idFromWire,
  name: z.string(),
  score: numberFromWire,
  min: numberFromWire,
  max: numberFromWire,
});
export type SpeedRuleSummary = z.infer<typeof speedRuleSummarySchema>;

export const querySpeedRulesAnswerSchema = z.extend(resultSchema, {
  data: z.optional(z.array(speedRuleSummarySchema)),
  paging: z.optional(pagingSchema),
});
export type QuerySpeedRulesAnswer = z.infer<typeof querySpeedRulesAnswerSchema>;

export const sentenceRefSchema = z.looseObject({
  sentence_id: idFromWire,
  sentence_name: z.nullish(z.string()),
  category_id: z.nullish(idFromWire),
});
export type SentenceRef = z.infer<typeof sentenceRefSchema>;

const sentenceRefsSchema = z.looseObject({ customer: z.nullish(z.array(sentenceRefSchema)) });

export const querySpeedRuleByIdAnswerSchema = z.extend(resultSchema, {
  setting: z.optional(
    z.looseObject({
      speed_id: idFromWire,
      name: z.string(),
      score: numberFromWire,
      min: numberFromWire,
      max: numberFromWire,
      other: z.nullish(z.looseObject({ call_from: nullableOffset, call_end: nullableOffset })),
    }),
  ),
  exception: z.optional(
    z.looseObject({ under: z.nullish(sentenceRefsSchema), over: z.nullish(sentenceRefsSchema) }),
  ),
});
export type QuerySpeedRuleByIdAnswer = z.infer<typeof querySpeedRuleByIdAnswerSchema>;

export const addSpeedRuleAnswerSchema = z.extend(resultSchema, {
  speed_id: z.optional(idFromWire),
});
export type AddSpeedRuleAnswer = z.infer<typeof addSpeedRuleAnswerSchema>;
