import * as z from 'zod/mini';
import { appointQualitySchema, cronStructureSchema, fixedColumnsSchema } from '@/lib/contract';
import type { PlanFormValues } from './form-values';

/**
 * The shape a saved wizard draft must have to be restored. Only the structure is checked (the
 * values may be half-typed); a draft from an older version of the form is ignored, not crashed on.
 */
const text = z.string();
// The choices are the contract's own fields (their sets of allowed values).
const { setCountsType } = appointQualitySchema.shape;
const { qiqtCycleType, qiqtEndType } = cronStructureSchema.shape;
const { interactionType, qualityType, qualityCondition } = fixedColumnsSchema.shape;

const draftSchema = z.object({
  qiqtName: text,
  currentRole: text,
  appointQuality: z.object({
    setCountsType,
    setCounts: z.array(z.object({ personID: text, count: text })),
  }),
  cronStructure: z.object({
    qiqtCycleType,
    qiqtStartTime: text,
    qiqtEndType,
    qiqtTotalTimes: text,
    qiqtEndTime: text,
  }),
  extractionRange: z.object({
    fixedColumns: z.object({
      interactionType: z.nullable(interactionType),
      qualityType,
      qualityNum: text,
      maxNum: text,
      qualityCondition,
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
