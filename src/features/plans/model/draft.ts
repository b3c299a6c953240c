import * as z from 'zod/mini';
import {
  CYCLE_TYPE,
  END_TYPE,
  INTERACTION_TYPE,
  QUALITY_CONDITION,
  QUALITY_TYPE,
  SET_COUNTS_TYPE,
} from '@/lib/contract';
import type { PlanFormValues } from './form-values';

/**
 * The shape a saved wizard draft must have to be restored. Only the structure is checked (the
 * values may be half-typed); a draft from an older version of the form is ignored, not crashed on.
 */
const text = z.string();

const draftSchema = z.object({
  qiqtName: text,
  currentRole: text,
  appointQuality: z.object({
    setCountsType: z.literal([SET_COUNTS_TYPE.average, SET_COUNTS_TYPE.percentage]),
    setCounts: z.array(z.object({ personID: text, count: text })),
  }),
  cronStructure: z.object({
    qiqtCycleType: z.enum([CYCLE_TYPE.daily, CYCLE_TYPE.weekly, CYCLE_TYPE.monthly]),
    qiqtStartTime: text,
    qiqtEndType: z.enum([END_TYPE.byRuns, END_TYPE.byTime]),
    qiqtTotalTimes: text,
    qiqtEndTime: text,
  }),
  extractionRange: z.object({
    fixedColumns: z.object({
      interactionType: z.nullable(z.literal([INTERACTION_TYPE.recording, INTERACTION_TYPE.text])),
      qualityType: z.literal([
        QUALITY_TYPE.callScope,
        QUALITY_TYPE.agentQuantity,
        QUALITY_TYPE.agentPercentage,
      ]),
      qualityNum: text,
      maxNum: text,
      qualityCondition: z.literal([
        QUALITY_CONDITION.any,
        QUALITY_CONDITION.notSampled,
        QUALITY_CONDITION.sampled,
      ]),
      durationStart: text,
      durationEnd: text,
      scoreStart: text,
      scoreEnd: text,
      staffIds: z.array(text),
    }),
  }),
}) satisfies z.ZodMiniType<PlanFormValues>;

export function parsePlanDraft(raw: unknown): PlanFormValues | undefined {
  const result = draftSchema.safeParse(raw);
  return result.success ? result.data : undefined;
}

export const PLAN_DRAFT_KEY = 'plan-wizard';
