import * as z from 'zod/mini';
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
    setCountsType: z.literal([0, 2]),
    setCounts: z.array(z.object({ personID: text, count: text })),
  }),
  cronStructure: z.object({
    qiqtCycleType: z.enum(['1', '2', '3']),
    qiqtStartTime: text,
    qiqtEndType: z.enum(['1', '2']),
    qiqtTotalTimes: text,
    qiqtEndTime: text,
  }),
  extractionRange: z.object({
    fixedColumns: z.object({
      interactionType: z.nullable(z.literal([0, 1])),
      qualityType: z.literal([1, 2, 3]),
      qualityNum: text,
      maxNum: text,
      qualityCondition: z.literal([0, 1, 2]),
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
