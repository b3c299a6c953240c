import * as z from 'zod/mini';
import { REQUIRED_MESSAGE } from './fields.ts';

/** tokenByAkSk (cec_07_0002): server-side only, but the simulator and the proxy share it. */

export const TOKEN_PATH = '/apigovernance/api/oauth/tokenByAkSk';

/** X-Token-Expire: the token's lifetime in seconds, 600 when not sent, at most 3600. */
export const TOKEN_EXPIRE_SECONDS = { default: 600, min: 1, max: 3600 } as const;

export const tokenRequestSchema = z.object({
  app_key: z.string().check(z.minLength(1, REQUIRED_MESSAGE)),
  app_secret: z.string().check(z.minLength(1, REQUIRED_MESSAGE)),
});
export type TokenRequest = z.infer<typeof tokenRequestSchema>;

/** CreateTime and Expires are documented as strings of seconds. */
const secondsFromWire = z.pipe(
  z.union([z.string().check(z.regex(/^\d+$/)), z.int().check(z.minimum(0))]),
  z.transform(Number),
);

export const tokenAnswerSchema = z.looseObject({
  AccessToken: z.string().check(z.minLength(1)),
  ApplyType: z.optional(z.string()),
  CreateTime: secondsFromWire,
  Expires: secondsFromWire,
});
export type TokenAnswer = z.infer<typeof tokenAnswerSchema>;
