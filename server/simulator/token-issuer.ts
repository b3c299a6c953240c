import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export interface IssuedToken {
  AccessToken: string;
  ApplyType: 'Bearer';
  CreateTime: string;
  Expires: string;
  Scope: string;
  AppKey: string;
  UserID: 'Anonymous';
}

/** Issues and checks bearer tokens the way tokenByAkSk does (cec_07_0002). */
export class TokenIssuer {
  private readonly tokens = new Map<string, number>(); // token -> expiry, epoch ms
  private readonly recent: string[] = [];
  /** Test hook: how many token requests were answered with a token. */
  issuedCount = 0;

  constructor(
    private readonly appKey: string,
    private readonly appSecret: string,
    private readonly nowMs: () => number,
  ) {}

  credentialsMatch(appKey: string, appSecret: string): boolean {
    return sameText(appKey, this.appKey) && sameText(appSecret, this.appSecret);
  }

  issue(expireSeconds: number): IssuedToken {
    const now = this.nowMs();
    this.forgetExpired(now);
    const token = randomBytes(32).toString('base64url');
    this.tokens.set(token, now + expireSeconds * 1000);
    this.issuedCount++;
    this.recent.push(token);
    if (this.recent.length > 100) this.recent.shift();
    return {
      AccessToken: token,
      ApplyType: 'Bearer',
      CreateTime: String(Math.floor(now / 1000)),
      Expires: String(expireSeconds),
      Scope: 'CCSQM',
      AppKey: this.appKey,
      UserID: 'Anonymous',
    };
  }

  /** True for "Bearer <token>" naming a token we issued that has not expired. */
  accepts(authorization: string | undefined): boolean {
    const match = /^Bearer (\S+)$/.exec(authorization ?? '');
    if (match?.[1] === undefined) return false;
    const expiry = this.tokens.get(match[1]);
    return expiry !== undefined && this.nowMs() < expiry;
  }

  /** Test hook: every token issued so far stops working (as after a server-side revocation). */
  expireAll(): void {
    this.tokens.clear();
  }

  /** Test hook: the last tokens issued, so a test can look for them where they must not be. */
  issuedTokens(): string[] {
    return [...this.recent];
  }

  private forgetExpired(now: number): void {
    for (const [token, expiry] of this.tokens) if (expiry <= now) this.tokens.delete(token);
  }
}

/** Constant-time comparison of two secrets of any length. */
function sameText(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
