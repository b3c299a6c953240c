import type { QuerySpeedRuleByIdAnswer, SentenceRef } from '@/lib/contract';
import type { NumberFieldValue, PickedSentence, SpeedRuleFormValues } from './form-values';
import { formatTimeOffset, parseTimeOffset } from './time-offset';

/** querySpeedRuleById answer -> form values. Sentence objects keep their names for display. */
export function formValuesFromAnswer(answer: QuerySpeedRuleByIdAnswer): SpeedRuleFormValues {
  const setting = answer.setting;
  return {
    setting: {
      speed_id: setting?.speed_id ?? '',
      name: setting?.name ?? '',
      score: setting?.score ?? '',
      min: setting?.min ?? '',
      max: setting?.max ?? '',
      other: {
        call_from: formatTimeOffset(setting?.other?.call_from),
        call_end: formatTimeOffset(setting?.other?.call_end),
      },
    },
    exception: {
      under: { customer: pickedFromRefs(answer.exception?.under?.customer) },
      over: { customer: pickedFromRefs(answer.exception?.over?.customer) },
    },
  };
}

function pickedFromRefs(refs: readonly SentenceRef[] | null | undefined): PickedSentence[] {
  return (refs ?? []).map((ref) => ({
    sentence_id: ref.sentence_id,
    sentence_name: ref.sentence_name ?? null,
    category_id: ref.category_id ?? null,
  }));
}

/**
 * '' means "not typed": undefined, so the contract says "is required". A numeric string becomes
 * its number; any other text stays text so the contract says it must be a whole number.
 */
export function numberFromField(value: NumberFieldValue): number | string | undefined {
  if (typeof value === 'number') return value;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : value;
}

/** "mm:ss" -> ms; '' -> null. Text that is not a time is left out (its own field error says so). */
function offsetFromField(text: string): number | null {
  const parsed = parseTimeOffset(text);
  return parsed.ok ? parsed.ms : null;
}

export const sentenceIds = (picked: readonly PickedSentence[]): string[] =>
  picked.map((sentence) => sentence.sentence_id);

/**
 * The request bodies as built from the form, before validation: a number field may still be
 * missing or text. Once the contract schema accepts a draft, it is sent as it is (see
 * speed-rule-request.ts), so the preview shows the same text that is sent.
 */
export interface AddSpeedRuleDraft {
  setting: {
    name: string;
    score: number | string | undefined;
    min: number | string | undefined;
    max: number | string | undefined;
    other: { call_from: number | null; call_end: number | null };
  };
  exception: { under: { customer: string[] }; over: { customer: string[] } };
}

export interface UpdateSpeedRuleDraft {
  setting: { speed_id: string } & AddSpeedRuleDraft['setting'];
  exception: AddSpeedRuleDraft['exception'];
}

/** Form values -> the addSpeedRule body: no speed_id (the server assigns it). */
export function addDraftFromForm(values: SpeedRuleFormValues): AddSpeedRuleDraft {
  const { setting, exception } = values;
  return {
    setting: {
      name: setting.name,
      score: numberFromField(setting.score),
      min: numberFromField(setting.min),
      max: numberFromField(setting.max),
      // Always sent, null when empty, like the reference example.
      other: {
        call_from: offsetFromField(setting.other.call_from),
        call_end: offsetFromField(setting.other.call_end),
      },
    },
    exception: {
      under: { customer: sentenceIds(exception.under.customer) },
      over: { customer: sentenceIds(exception.over.customer) },
    },
  };
}

/** Form values -> the updateSpeedRule body: sentence objects become id strings. */
export function updateDraftFromForm(values: SpeedRuleFormValues): UpdateSpeedRuleDraft {
  const { setting, exception } = addDraftFromForm(values);
  return { setting: { speed_id: values.setting.speed_id, ...setting }, exception };
}
