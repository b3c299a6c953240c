import * as z from 'zod/mini';
import {
  typeError,
  bigIdSchema,
  digitString,
  digitValue,
  epochSecondsSchema,
  intInRange,
  nameSchema,
  REQUIRED_MESSAGE,
} from './fields.ts';
import { resultSchema } from './result.ts';

/** addQualityTask and its neighbours (regularqualitytask group). Wire types exactly as documented. */

export const SET_COUNTS_TYPE = { average: 0, percentage: 2 } as const;
export const CYCLE_TYPE = { daily: '1', weekly: '2', monthly: '3' } as const;
export const END_TYPE = { byRuns: '1', byTime: '2' } as const;
export const QUALITY_TYPE = { callScope: 1, agentQuantity: 2, agentPercentage: 3 } as const;
export const QUALITY_CONDITION = { any: 0, notSampled: 1, sampled: 2 } as const;
export const INTERACTION_TYPE = { recording: 0, text: 1 } as const;

const COUNT_MAX = 99_999_999; // "at most eight characters"

// ---- appointQuality: the inspectors ----

export const inspectorIdSchema = z
  .string({ error: typeError('must be text') })
  .check(z.minLength(1, REQUIRED_MESSAGE), z.maxLength(64, 'must be at most 64 characters'));

export const setCountSchema = z.object({
  personID: inspectorIdSchema,
  count: z.optional(intInRange(0, COUNT_MAX)),
});

export const appointQualitySchema = z
  .object({
    setCountsType: z.literal([SET_COUNTS_TYPE.average, SET_COUNTS_TYPE.percentage], {
      error: typeError('must be 0 (on average) or 2 (by percentage)'),
    }),
    setCounts: z.array(setCountSchema).check(z.minLength(1, 'needs at least one inspector')),
  })
  .check(
    z.superRefine((value, ctx) => {
      const seen = new Set<string>();
      value.setCounts.forEach((row, i) => {
        if (seen.has(row.personID)) {
          ctx.addIssue({
            code: 'custom',
            path: ['setCounts', i, 'personID'],
            message: `"${row.personID}" appears twice`,
            params: { rule: 'duplicateInspector' },
          });
        }
        seen.add(row.personID);
      });
      if (value.setCountsType === SET_COUNTS_TYPE.average) {
        value.setCounts.forEach((row, i) => {
          if (row.count === undefined) {
            ctx.addIssue({
              code: 'custom',
              path: ['setCounts', i, 'count'],
              message: 'is required when setCountsType is 0 (on average)',
              params: { rule: 'countRequired' },
            });
          }
        });
        return;
      }
      let total = 0;
      let complete = true;
      value.setCounts.forEach((row, i) => {
        if (row.count === undefined || row.count < 1 || row.count > 100) {
          complete = false;
          ctx.addIssue({
            code: 'custom',
            path: ['setCounts', i, 'count'],
            message: 'must be a percentage from 1 to 100 when setCountsType is 2',
            params: { rule: 'percentRange' },
          });
        } else {
          total += row.count;
        }
      });
      if (complete && total !== 100) {
        ctx.addIssue({
          code: 'custom',
          path: ['setCounts'],
          message: `percentages must add up to exactly 100 (they add up to ${total})`,
          params: { rule: 'percentSum', total },
        });
      }
    }),
  );

// ---- cronStructure: the period ----

export const cronStructureSchema = z
  .object({
    qiqtCycleType: z.enum([CYCLE_TYPE.daily, CYCLE_TYPE.weekly, CYCLE_TYPE.monthly], {
      error: typeError('must be "1" (daily), "2" (weekly) or "3" (monthly)'),
    }),
    qiqtStartTime: epochSecondsSchema,
    qiqtEndType: z.enum([END_TYPE.byRuns, END_TYPE.byTime], {
      error: typeError('must be "1" (number of runs) or "2" (end time)'),
    }),
    qiqtTotalTimes: z.optional(intInRange(1, COUNT_MAX)),
    qiqtEndTime: z.optional(epochSecondsSchema),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.qiqtEndType === END_TYPE.byRuns && value.qiqtTotalTimes === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['qiqtTotalTimes'],
          message: 'is required when qiqtEndType is "1" (number of runs)',
          params: { rule: 'totalTimesRequired' },
        });
      }
      if (value.qiqtEndType === END_TYPE.byTime) {
        if (value.qiqtEndTime === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['qiqtEndTime'],
            message: 'is required when qiqtEndType is "2" (end time)',
            params: { rule: 'endTimeRequired' },
          });
        } else if (value.qiqtEndTime <= value.qiqtStartTime) {
          ctx.addIssue({
            code: 'custom',
            path: ['qiqtEndTime'],
            message: 'must be after qiqtStartTime',
            params: { rule: 'endAfterStart' },
          });
        }
      }
    }),
  );

// ---- extractionRange: what gets sampled ----

const SCORE_MAX = 10_000;
const DURATION_MAX = 99_999_999_999; // 11 digits of milliseconds

export const fixedColumnsSchema = z
  .object({
    qualityType: z.literal(
      [QUALITY_TYPE.callScope, QUALITY_TYPE.agentQuantity, QUALITY_TYPE.agentPercentage],
      { error: typeError('must be 1 (call scope), 2 (agent quantity) or 3 (agent percentage)') },
    ),
    qualityNum: digitString(8, 10_000),
    maxNum: z.optional(digitString(8)),
    qualityCondition: z.literal(
      [QUALITY_CONDITION.any, QUALITY_CONDITION.notSampled, QUALITY_CONDITION.sampled],
      { error: typeError('must be 0 (unlimited), 1 (not sampled) or 2 (sampled)') },
    ),
    interactionType: z.literal([INTERACTION_TYPE.recording, INTERACTION_TYPE.text], {
      error: typeError('must be 0 (recording) or 1 (text)'),
    }),
    durationStart: z.optional(intInRange(0, DURATION_MAX)),
    durationEnd: z.optional(digitString(11)),
    scoreStart: z.optional(digitString(5, SCORE_MAX)),
    scoreEnd: z.optional(digitString(5, SCORE_MAX)),
    staffIds: z.optional(z.array(inspectorIdSchema)),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.qualityType === QUALITY_TYPE.agentPercentage) {
        const pct = Number(value.qualityNum);
        if (/^\d+$/.test(value.qualityNum) && (pct < 1 || pct > 100)) {
          ctx.addIssue({
            code: 'custom',
            path: ['qualityNum'],
            message: 'must be a percentage from 1 to 100 when qualityType is 3',
            params: { rule: 'qualityPercent' },
          });
        }
      }
      if (value.qualityType !== QUALITY_TYPE.agentQuantity) {
        const max = digitValue(value.maxNum);
        if (max === undefined || max < 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['maxNum'],
            message: 'is required and must be at least 1 when qualityType is not 2',
            params: { rule: 'maxNumRequired' },
          });
        }
      }
      const durationEnd = digitValue(value.durationEnd);
      if (
        value.durationStart !== undefined &&
        durationEnd !== undefined &&
        durationEnd < value.durationStart
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['durationEnd'],
          message: 'must be at least durationStart',
          params: { rule: 'durationOrder' },
        });
      }
      const scoreStart = digitValue(value.scoreStart);
      const scoreEnd = digitValue(value.scoreEnd);
      if (scoreStart !== undefined && scoreEnd !== undefined && scoreEnd < scoreStart) {
        ctx.addIssue({
          code: 'custom',
          path: ['scoreEnd'],
          message: 'must be at least scoreStart',
          params: { rule: 'scoreOrder' },
        });
      }
    }),
  );

export const extractionRangeSchema = z.object({
  currentRole: z.optional(z.string()),
  userId: z.optional(z.string()),
  fixedColumns: fixedColumnsSchema,
});

export const addQualityTaskRequestSchema = z.object({
  qiqtName: nameSchema,
  currentRole: z.optional(z.string()),
  userId: z.optional(z.string()),
  appointQuality: appointQualitySchema,
  cronStructure: cronStructureSchema,
  extractionRange: extractionRangeSchema,
});
export type AddQualityTaskRequest = z.infer<typeof addQualityTaskRequestSchema>;

/** Our choice: the update call names the plan like begin/stop/delete do. */
export const updateQualityTaskRequestSchema = z.extend(addQualityTaskRequestSchema, {
  regularQualityTaskId: bigIdSchema,
});
export type UpdateQualityTaskRequest = z.infer<typeof updateQualityTaskRequestSchema>;

const idFromWire = z.pipe(z.union([z.string(), z.number()]), z.transform(String));

export const addQualityTaskAnswerSchema = z.extend(resultSchema, { objId: z.optional(idFromWire) });
export type AddQualityTaskAnswer = z.infer<typeof addQualityTaskAnswerSchema>;

/** begin, stop and delete name one plan. */
export const planIdRequestSchema = z.object({ regularQualityTaskId: bigIdSchema });
export type PlanIdRequest = z.infer<typeof planIdRequestSchema>;

export const queryQualityTaskRequestSchema = z.object({
  page: intInRange(1, 1_000_000),
  rows: intInRange(1, 100),
});
export type QueryQualityTaskRequest = z.infer<typeof queryQualityTaskRequestSchema>;

export const PLAN_STATUS = { stopped: 1, running: 2 } as const;

const optionalText = z.nullish(z.pipe(z.union([z.string(), z.number()]), z.transform(String)));
const optionalCount = z.nullish(z.pipe(z.union([z.number(), z.string()]), z.transform(Number)));

export const planSummarySchema = z.looseObject({
  qiqtId: idFromWire,
  qiqtName: z.string(),
  qiqtStatus: z.pipe(z.union([z.number(), z.string()]), z.transform(Number)),
  qiqtCycleType: optionalText,
  qiqtStartTimeStr: optionalText,
  qiqtEndTimeStr: optionalText,
  qiqtEndType: optionalText,
  qiqtTotalTimes: optionalCount,
  qiqtExecutionTimes: optionalCount,
  nextExecutionTimeStr: optionalText,
  qiqtCreateTimeStr: optionalText,
  qiqtCreater: optionalText,
  interactionType: optionalCount,
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const queryQualityTaskAnswerSchema = z.extend(resultSchema, {
  total: z.optional(z.pipe(z.union([z.number(), z.string()]), z.transform(Number))),
  list: z.optional(z.array(planSummarySchema)),
});
export type QueryQualityTaskAnswer = z.infer<typeof queryQualityTaskAnswerSchema>;
