import { z } from 'zod';
import {
  PLAN_STATUS,
  addQualityTaskRequestSchema,
  bigIdSchema,
  epochSecondsSchema,
  nameSchema,
  newSpeedSettingSchema,
} from '../../src/lib/contract/index.ts';

/**
 * Everything the simulator knows. The same schema checks a CCSQM_SIMULATOR_DATA file on load, so
 * a hand-edited file that breaks a contract rule is refused instead of served.
 */

export const planRecordSchema = z.object({
  id: bigIdSchema,
  /** The request as the strict schema accepted it (after lenient binding). */
  definition: addQualityTaskRequestSchema,
  status: z.literal([PLAN_STATUS.stopped, PLAN_STATUS.running]),
  createdAt: epochSecondsSchema,
  creator: z.string(),
  /** When the plan was last started; null while stopped. */
  runningSince: z.nullable(epochSecondsSchema),
  /** Runs executed in earlier running periods. */
  executedBefore: z.int().min(0),
});
export type PlanRecord = z.infer<typeof planRecordSchema>;

export const speedRuleRecordSchema = z.object({
  id: bigIdSchema,
  setting: newSpeedSettingSchema,
  underSentenceIds: z.array(bigIdSchema),
  overSentenceIds: z.array(bigIdSchema),
});
export type SpeedRuleRecord = z.infer<typeof speedRuleRecordSchema>;

export const sentenceCategoryRecordSchema = z.object({ id: bigIdSchema, name: nameSchema });
export type SentenceCategoryRecord = z.infer<typeof sentenceCategoryRecordSchema>;

export const sentenceRecordSchema = z.object({
  id: bigIdSchema,
  text: z.string().min(1),
  categoryId: bigIdSchema,
});
export type SentenceRecord = z.infer<typeof sentenceRecordSchema>;

export const simulatorStateSchema = z.object({
  version: z.literal(1),
  /** The next generated id, as digits: a BigInt counter, so no id passes through a JS number. */
  nextId: z.string().regex(/^\d{18,20}$/),
  plans: z.array(planRecordSchema),
  speedRules: z.array(speedRuleRecordSchema),
  sentenceCategories: z.array(sentenceCategoryRecordSchema),
  sentences: z.array(sentenceRecordSchema),
});
export type SimulatorState = z.infer<typeof simulatorStateSchema>;

/** Hands out the next id and advances the counter stored in the state. */
export function takeId(state: SimulatorState): string {
  const id = BigInt(state.nextId);
  state.nextId = (id + 1n).toString();
  return id.toString();
}
