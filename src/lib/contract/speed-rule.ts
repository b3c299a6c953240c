import { z } from 'zod';
import { bigIdSchema, intInRange, nameSchema } from './fields.ts';
import { resultSchema } from './result.ts';

/** updateSpeedRule and its neighbours (speedrule group). */

export const SPEED_MIN = { lowest: 1, highest: 220 } as const;
export const SPEED_MAX_LIMIT = 2_147_483_647;
const CALL_OFFSET_MAX = 2_147_483_647; // a call offset in ms: Java int range

/** A sentence id as the update call wants it: a string of digits. */
export const sentenceIdSchema = bigIdSchema;

const callOffsetSchema = intInRange(0, CALL_OFFSET_MAX).nullable().optional();

export const triggerWindowSchema = z
  .object({ call_from: callOffsetSchema, call_end: callOffsetSchema })
  .superRefine((value, ctx) => {
    if (value.call_from != null && value.call_end != null && value.call_end < value.call_from) {
      ctx.addIssue({
        code: 'custom',
        path: ['call_end'],
        message: 'must not be before call_from',
        params: { rule: 'triggerOrder' },
      });
    }
  });

const settingFields = {
  name: nameSchema,
  score: intInRange(0, 100),
  min: intInRange(SPEED_MIN.lowest, SPEED_MIN.highest),
  max: intInRange(1, SPEED_MAX_LIMIT),
  other: triggerWindowSchema.optional(),
};

const maxNotBelowMin = (value: { min: number; max: number }, ctx: z.RefinementCtx) => {
  if (value.max < value.min) {
    ctx.addIssue({
      code: 'custom',
      path: ['max'],
      message: 'must be at least min',
      params: { rule: 'speedOrder' },
    });
  }
};

export const newSpeedSettingSchema = z.object(settingFields).superRefine(maxNotBelowMin);
export const speedSettingSchema = z
  .object({ ...settingFields, speed_id: bigIdSchema })
  .superRefine(maxNotBelowMin);

const sentenceIdsSchema = z.object({ customer: z.array(sentenceIdSchema).optional() });

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
  keyword: z.string().max(64, 'must be at most 64 characters').optional(),
});
export type QuerySpeedRulesRequest = z.infer<typeof querySpeedRulesRequestSchema>;

// ---- answers: tolerant of numbers where we expect strings, so big ids survive ----

const idFromWire = z.union([z.string(), z.number()]).transform(String);
const numberFromWire = z.union([z.number(), z.string()]).transform(Number);
const nullableOffset = z.union([z.number(), z.string()]).transform(Number).nullish();

export const pagingSchema = z.looseObject({ total: numberFromWire });

export const speedRuleSummarySchema = z.looseObject({
  speed_id: idFromWire,
  name: z.string(),
  score: numberFromWire,
  min: numberFromWire,
  max: numberFromWire,
});
export type SpeedRuleSummary = z.infer<typeof speedRuleSummarySchema>;

export const querySpeedRulesAnswerSchema = resultSchema.extend({
  data: z.array(speedRuleSummarySchema).optional(),
  paging: pagingSchema.optional(),
});
export type QuerySpeedRulesAnswer = z.infer<typeof querySpeedRulesAnswerSchema>;

export const sentenceRefSchema = z.looseObject({
  sentence_id: idFromWire,
  sentence_name: z.string().nullish(),
  category_id: idFromWire.nullish(),
});
export type SentenceRef = z.infer<typeof sentenceRefSchema>;

const sentenceRefsSchema = z.looseObject({ customer: z.array(sentenceRefSchema).nullish() });

export const querySpeedRuleByIdAnswerSchema = resultSchema.extend({
  setting: z
    .looseObject({
      speed_id: idFromWire,
      name: z.string(),
      score: numberFromWire,
      min: numberFromWire,
      max: numberFromWire,
      other: z.looseObject({ call_from: nullableOffset, call_end: nullableOffset }).nullish(),
    })
    .optional(),
  exception: z
    .looseObject({ under: sentenceRefsSchema.nullish(), over: sentenceRefsSchema.nullish() })
    .optional(),
});
export type QuerySpeedRuleByIdAnswer = z.infer<typeof querySpeedRuleByIdAnswerSchema>;

export const addSpeedRuleAnswerSchema = resultSchema.extend({ speed_id: idFromWire.optional() });
export type AddSpeedRuleAnswer = z.infer<typeof addSpeedRuleAnswerSchema>;
