/**
 * Plan times are chosen as local wall-clock times and sent as epoch seconds. The form keeps the
 * text "YYYY-MM-DD HH:mm:ss" (what a date and a time input hold together), so a draft restored on
 * another day, or in the preview, shows exactly what the user chose.
 */

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatLocalDateTime(date: Date): string {
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

export type LocalTimeReading =
  | { kind: 'empty' }
  | { kind: 'invalid' }
  /** The wall-clock time is skipped by a daylight-saving change (e.g. 02:30 on the spring night). */
  | { kind: 'nonexistent' }
  | { kind: 'ok'; seconds: number };

export function readLocalDateTime(text: string): LocalTimeReading {
  if (text === '') return { kind: 'empty' };
  const match = LOCAL_DATE_TIME.exec(text);
  if (!match) return { kind: 'invalid' };
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) {
    return { kind: 'invalid' };
  }
  const date = new Date(y, mo - 1, d, h, mi, s);
  date.setFullYear(y); // years below 100 would otherwise mean 19xx
  if (date.getMonth() !== mo - 1 || date.getDate() !== d) return { kind: 'invalid' };
  if (date.getHours() !== h || date.getMinutes() !== mi) return { kind: 'nonexistent' };
  return { kind: 'ok', seconds: Math.floor(date.getTime() / 1000) };
}

export const localDateTimeToSeconds = (text: string): number | undefined => {
  const reading = readLocalDateTime(text);
  return reading.kind === 'ok' ? reading.seconds : undefined;
};

export const secondsToLocalDateTime = (seconds: number): string =>
  formatLocalDateTime(new Date(seconds * 1000));

/** Splits the form text for a date input ("YYYY-MM-DD") and a time input ("HH:mm"). */
export function splitLocalDateTime(text: string): { date: string; time: string; seconds: string } {
  const [date = '', time = ''] = text.split(' ');
  return { date, time: time.slice(0, 5), seconds: time.slice(6, 8) };
}

/**
 * Joins the two inputs back. A half-filled pair is kept as typed ("2030-01-07 "), so it is not
 * lost and reads as incomplete; both empty is '' (not chosen).
 */
export function joinLocalDateTime(date: string, time: string, seconds = '00'): string {
  if (date === '' && time === '') return '';
  const clock = time === '' ? '' : `${time.slice(0, 5)}:${seconds === '' ? '00' : seconds}`;
  return `${date} ${clock}`;
}

/** "Europe/Berlin (UTC+02:00)" for the moment given: the zone and its offset then. */
export function describeTimeZone(at: Date = new Date()): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const offset = -at.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${zone} (UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)})`;
}
