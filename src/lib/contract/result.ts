import * as z from 'zod/mini';

/** The API groups and the result code each one answers on success. */
export const SUCCESS_CODES = {
  regularqualitytask: '0408000',
  speedrule: '0405000',
  sentencemanage: '0403000',
} as const;

export type ApiGroup = keyof typeof SUCCESS_CODES;

/**
 * Failure codes the simulator uses (our choice: the reference documents only the success codes).
 * The last digit says what went wrong: 1 invalid parameter, 4 not found.
 */
export const FAILURE_CODES = {
  regularqualitytask: { invalid: '0408001', notFound: '0408004' },
  speedrule: { invalid: '0405001', notFound: '0405004' },
  sentencemanage: { invalid: '0403001', notFound: '0403004' },
} as const satisfies Record<ApiGroup, { invalid: string; notFound: string }>;

/**
 * resultCode is documented as a string, but the addQualityTask example answers `0` (a number):
 * accept both and always hand on a string.
 */
export const resultCodeSchema = z.pipe(z.union([z.string(), z.number()]), z.transform(String));

export const resultSchema = z.looseObject({
  resultCode: resultCodeSchema,
  resultDesc: z.optional(z.string()),
});

export type ApiResult = z.infer<typeof resultSchema>;

/**
 * Success is the group's documented code. The addQualityTask example answers `"resultCode": 0`
 * with `"resultDesc": "success"`, so for that group the code "0" counts as success too.
 */
export function isSuccessCode(group: ApiGroup, code: string): boolean {
  return code === SUCCESS_CODES[group] || (group === 'regularqualitytask' && code === '0');
}
