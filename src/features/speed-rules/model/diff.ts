import { addDraftFromForm } from './conversions';
import type { ExceptionDirection, PickedSentence, SpeedRuleFormValues } from './form-values';

/** What a save would change, field by field, for the review before sending. */

export type ScalarField = 'name' | 'score' | 'min' | 'max';
export type OffsetField = 'call_from' | 'call_end';

export type SpeedRuleChange =
  | {
      kind: 'value';
      field: ScalarField;
      before: string | number | undefined;
      after: string | number | undefined;
    }
  | { kind: 'offset'; field: OffsetField; before: number | null; after: number | null }
  | {
      kind: 'sentences';
      field: ExceptionDirection;
      added: PickedSentence[];
      removed: PickedSentence[];
    };

const SCALAR_FIELDS: readonly ScalarField[] = ['name', 'score', 'min', 'max'];
const OFFSET_FIELDS: readonly OffsetField[] = ['call_from', 'call_end'];
const DIRECTIONS: readonly ExceptionDirection[] = ['under', 'over'];

/**
 * Compares what would be sent, not the raw text: "90" and 90 are the same speed, "1:00" and
 * "01:00" the same offset. Exception lists are sets: only added and removed sentences count.
 */
export function diffSpeedRule(
  before: SpeedRuleFormValues,
  after: SpeedRuleFormValues,
): SpeedRuleChange[] {
  const old = addDraftFromForm(before).setting;
  const next = addDraftFromForm(after).setting;
  const changes: SpeedRuleChange[] = [];

  for (const field of SCALAR_FIELDS) {
    if (old[field] !== next[field]) {
      changes.push({ kind: 'value', field, before: old[field], after: next[field] });
    }
  }
  for (const field of OFFSET_FIELDS) {
    if (old.other[field] !== next.other[field]) {
      changes.push({ kind: 'offset', field, before: old.other[field], after: next.other[field] });
    }
  }
  for (const field of DIRECTIONS) {
    const oldList = before.exception[field].customer;
    const newList = after.exception[field].customer;
    const added = withoutIds(newList, oldList);
    const removed = withoutIds(oldList, newList);
    if (added.length > 0 || removed.length > 0) {
      changes.push({ kind: 'sentences', field, added, removed });
    }
  }
  return changes;
}

function withoutIds(list: readonly PickedSentence[], exclude: readonly PickedSentence[]) {
  const excluded = new Set(exclude.map((sentence) => sentence.sentence_id));
  return list.filter((sentence) => !excluded.has(sentence.sentence_id));
}
