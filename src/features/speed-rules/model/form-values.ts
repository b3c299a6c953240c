/**
 * The editor's form values. They are shaped like the updateSpeedRule body (setting.*,
 * exception.under.customer ...) so that an issue the contract reports at `setting.max` lands on
 * the form field with the same name, and a server resultDesc naming a field names a form field.
 * What differs from the wire: numbers may be '' while typed, the trigger window is "mm:ss" text,
 * and exception sentences keep their names for display (the wire wants plain ids).
 */

/** A sentence chosen as an exception. Name and category are for display only. */
export interface PickedSentence {
  sentence_id: string;
  sentence_name?: string | null;
  category_id?: string | null;
}

/** NumberInput hands back a number, or a string while the text is not (yet) a number. */
export type NumberFieldValue = number | string;

export interface SpeedRuleFormValues {
  setting: {
    /** '' for a rule that does not exist yet. */
    speed_id: string;
    name: string;
    score: NumberFieldValue;
    min: NumberFieldValue;
    max: NumberFieldValue;
    other: { call_from: string; call_end: string };
  };
  exception: {
    under: { customer: PickedSentence[] };
    over: { customer: PickedSentence[] };
  };
}

export type ExceptionDirection = 'under' | 'over';

export function emptySpeedRuleFormValues(): SpeedRuleFormValues {
  return {
    setting: {
      speed_id: '',
      name: '',
      score: '',
      min: '',
      max: '',
      other: { call_from: '', call_end: '' },
    },
    exception: { under: { customer: [] }, over: { customer: [] } },
  };
}
