import * as z from 'zod/mini';

/**
 * Small field schemas, composed into the request schemas. Messages are English and say what is
 * wrong; the path names the field (see describe-issues.ts). The UI translates by issue code and,
 * for the contract's own rules, by `params.rule`.
 */

export const MAX_NAME_LENGTH = 64;

/** The message of every "missing or empty" issue; the UI recognises it to say it in its words. */
export const REQUIRED_MESSAGE = 'is required';

/** "is required" when the field is missing, otherwise what type it should have. */
export const typeError =
  (expected: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined || issue.input === null ? REQUIRED_MESSAGE : expected;

/** A name: 1..64 characters, not only spaces. */
export const nameSchema = z.string({ error: typeError('must be text') }).check(
  // One message for an empty name, not "required" and "blank" both.
  z.minLength(1, { message: REQUIRED_MESSAGE, abort: true }),
  z.maxLength(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`),
  z.refine((s) => s.trim().length > 0, { message: 'must not be blank', params: { rule: 'blank' } }),
);

/** An id of 1..20 digits, kept as a string because it does not fit a JS number. */
export const bigIdSchema = z
  .string({ error: typeError('must be an id of digits, as a string') })
  .check(
    z.refine((s) => /^\d{1,20}$/.test(s), {
      message: 'must be an id of 1 to 20 digits',
      params: { rule: 'bigId' },
    }),
  );

/** A whole number within bounds, sent as a JSON integer. */
export const intInRange = (min: number, max: number) =>
  z
    .int({ error: typeError('must be a whole number') })
    .check(z.minimum(min, `must be at least ${min}`), z.maximum(max, `must be at most ${max}`));

/** A whole number written as a string of digits, e.g. qualityNum "100". */
export const digitString = (maxChars: number, maxValue?: number) =>
  z.string({ error: typeError('must be a string of digits') }).check(
    z.minLength(1, REQUIRED_MESSAGE),
    z.maxLength(maxChars, `must be at most ${maxChars} digits`),
    z.refine((s) => /^\d*$/.test(s), {
      message: 'must contain digits only',
      params: { rule: 'digits' },
    }),
    z.refine((s) => maxValue === undefined || !/^\d+$/.test(s) || Number(s) <= maxValue, {
      message: `must be at most ${maxValue}`,
      params: { rule: 'maxValue', maximum: maxValue },
    }),
  );

/** Epoch seconds, at most 10 digits. */
export const epochSecondsSchema = intInRange(0, 9_999_999_999);

/** Digit strings compare as numbers, not as text ("9" < "10"). */
export const digitValue = (s: string | undefined): number | undefined =>
  s === undefined || s === '' ? undefined : Number(s);
