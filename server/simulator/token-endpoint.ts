import {
  describeIssues,
  TOKEN_EXPIRE_SECONDS,
  tokenRequestSchema,
} from '../../src/lib/contract/index.ts';
import type { CallAnswer } from './answer-call.ts';
import type { TokenIssuer } from './token-issuer.ts';

/** POST /apigovernance/api/oauth/tokenByAkSk (cec_07_0002). */
export function answerTokenRequest(
  tokens: TokenIssuer,
  bodyText: string,
  expireHeader: string | string[] | undefined,
): CallAnswer {
  const badRequest = (resultDesc: string): CallAnswer => ({
    status: 400,
    body: { resultCode: 'BAD_REQUEST', resultDesc },
  });
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return badRequest('request body is not valid JSON');
  }
  const parsed = tokenRequestSchema.safeParse(json);
  if (!parsed.success) return badRequest(describeIssues(parsed.error.issues));

  let expire: number = TOKEN_EXPIRE_SECONDS.default;
  if (expireHeader !== undefined) {
    const text = Array.isArray(expireHeader) ? (expireHeader[0] ?? '') : expireHeader;
    expire = /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : NaN;
    if (!(expire >= TOKEN_EXPIRE_SECONDS.min && expire <= TOKEN_EXPIRE_SECONDS.max)) {
      return badRequest(
        `X-Token-Expire must be a whole number of seconds from ${TOKEN_EXPIRE_SECONDS.min} to ${TOKEN_EXPIRE_SECONDS.max}`,
      );
    }
  }
  if (!tokens.credentialsMatch(parsed.data.app_key, parsed.data.app_secret)) {
    return {
      status: 401,
      body: { resultCode: 'UNAUTHORIZED', resultDesc: 'app_key or app_secret is wrong' },
    };
  }
  return { status: 200, body: { ...tokens.issue(expire) } };
}
