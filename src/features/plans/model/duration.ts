/**
 * Call durations are typed as seconds ("90", "90.5") or minutes:seconds ("1:30", "1:30.5"), or
 * hours:minutes:seconds ("1:02:03"), and sent as milliseconds. formatDuration is the canonical
 * spelling ("m:ss" with milliseconds only when there are any), so text -> ms -> text settles.
 */

const SECONDS = /^(\d+)(?:\.(\d{1,3}))?$/;
const MINUTES_SECONDS = /^(\d+):([0-5]?\d)(?:\.(\d{1,3}))?$/;
const HOURS_MINUTES_SECONDS = /^(\d+):([0-5]\d):([0-5]\d)(?:\.(\d{1,3}))?$/;

const fraction = (digits: string | undefined) => (digits ? Number(digits.padEnd(3, '0')) : 0);

/** Milliseconds, or undefined for empty text, or NaN for text that is not a duration. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  let match = SECONDS.exec(trimmed);
  if (match) return Number(match[1]) * 1000 + fraction(match[2]);
  match = MINUTES_SECONDS.exec(trimmed);
  if (match) return (Number(match[1]) * 60 + Number(match[2])) * 1000 + fraction(match[3]);
  match = HOURS_MINUTES_SECONDS.exec(trimmed);
  if (match) {
    const seconds = Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
    return seconds * 1000 + fraction(match[4]);
  }
  return Number.NaN;
}

export function formatDuration(ms: number): string {
  const whole = Math.floor(ms / 1000);
  const rest = ms % 1000;
  const minutes = Math.floor(whole / 60);
  const seconds = String(whole % 60).padStart(2, '0');
  const millis = rest === 0 ? '' : `.${String(rest).padStart(3, '0').replace(/0+$/, '')}`;
  return `${minutes}:${seconds}${millis}`;
}
