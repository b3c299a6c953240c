import { z } from 'zod';

/** tokenByAkSk (cec_07_0002): server-side only, but the simulator and the proxy share it. */

export const TOKEN_PATH = '/apigovernance/api/oauth/tokenByAkSk';

export const tokenRequestSchema = z.object({
  app_key: z.string().min(1, 'is required'),
  app_secret: z.string().min(1, 'is required'),
});
export type TokenRequest = z.infer<typeof tokenRequestSchema>;

/** CreateTime and Expires are documented as strings of seconds. */
const secondsFromWire = z
  .union([z.string().regex(/^\d+$/), z.number().int().nonnegative()])
  .transform(Number);

export const tokenAnswerSchema = z.looseObject({
  AccessToken: z.string().min(1),
  ApplyType: z.string().optional(),
  CreateTime: secondsFromWire,
  Expires: secondsFromWire,
});
export type TokenAnswer = z.infer<typeof tokenAnswerSchema>;
