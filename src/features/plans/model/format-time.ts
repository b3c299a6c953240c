import { intlLocaleOf, type Language } from '@/lib/i18n';

/**
 * Dates and times in the user's language (the locale from `intlLocaleOf`). English uses
 * day-month-year ("1 Jan 2030"), which reads the same to everyone; Chinese uses its own
 * year-month-day form. Formatters are cached: building an Intl.DateTimeFormat costs far more than
 * using one.
 */

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocaleOf(language), options);
    cache.set(key, found);
  }
  return found;
}

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

const at = (seconds: number) => new Date(seconds * 1000);

/** "1 Jan 2030" / "2030年1月1日" */
export const formatDate = (seconds: number, language: Language) =>
  formatter(language, DATE).format(at(seconds));

/** "09:00" */
export const formatTime = (seconds: number, language: Language) =>
  formatter(language, TIME).format(at(seconds));

/** "1 Jan 2030, 09:00" */
export const formatDateTime = (seconds: number, language: Language) =>
  formatter(language, { ...DATE, ...TIME }).format(at(seconds));

/** "Mon, 7 Jan 2030, 09:00": for a list of runs, where the weekday helps. */
export const formatRun = (seconds: number, language: Language) =>
  formatter(language, { weekday: 'short', ...DATE, ...TIME }).format(at(seconds));

/** "Monday" / "星期一" */
export const formatWeekday = (seconds: number, language: Language) =>
  formatter(language, { weekday: 'long' }).format(at(seconds));
