import { JSON_CONTENT_TYPE } from '../../src/lib/contract/index.ts';
import type { RawHeaders } from './upstream-client.ts';

export interface CallerIdentity {
  appKey: string;
  /** x-UserId: the operator id. */
  userId: string;
  tenantSpaceId?: string | undefined;
}

/**
 * The complete header set sent upstream, as name/value pairs. It is built fresh: nothing the
 * browser sent (its Authorization, x-app-key, x-UserId, x-TenantSpaceId, cookies or anything
 * else) is copied.
 */
export function outgoingHeaders(
  identity: CallerIdentity,
  token: string,
  bodyLength: number,
): RawHeaders {
  const headers = [
    'Authorization',
    `Bearer ${token}`,
    'x-app-key',
    identity.appKey,
    'x-UserId',
    identity.userId,
    'Content-Type',
    JSON_CONTENT_TYPE,
    'Content-Length',
    String(bodyLength),
    'Accept',
    'application/json',
  ];
  if (identity.tenantSpaceId !== undefined) headers.push('x-TenantSpaceId', identity.tenantSpaceId);
  return headers;
}
