/**
 * The trigger window is typed as "mm:ss" offsets into the call and sent as milliseconds.
 * Minutes are not capped at 59 (a call can run for hours); a fraction ".SSS" is accepted so a
 * rule saved elsewhere with sub-second offsets round-trips without a change.
 */

const TIME_OFFSET_PATTERN = /^(\d{1,5}):([0-5]\d)(?:\.(\d{1,3}))?$/;

export type TimeOffsetParse = { ok: true; ms: number | null } | { ok: false };

/** '' (or only spaces) means "not set" and parses to null. */
export function parseTimeOffset(text: string): TimeOffsetParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, ms: null };
  const match = TIME_OFFSET_PATTERN.exec(trimmed);
  if (!match) return { ok: false };
  const [, minutes = '0', seconds = '0', fraction = ''] = match;
  const ms = fraction === '' ? 0 : Number(fraction.padEnd(3, '0'));
  return { ok: true, ms: (Number(minutes) * 60 + Number(seconds)) * 1000 + ms };
}

/** null -> ''; whole seconds as "mm:ss", otherwise "mm:ss.SSS". */
export function formatTimeOffset(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return '';
  const whole = Math.floor(ms);
  const minutes = Math.floor(whole / 60_000);
  const seconds = Math.floor((whole % 60_000) / 1000);
  const millis = whole % 1000;
  const base = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return millis === 0 ? base : `${base}.${String(millis).padStart(3, '0')}`;
}
