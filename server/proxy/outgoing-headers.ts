import { JSON_CONTENT_TYPE } from '../http/send-json.ts';

export interface CallerIdentity {
  appKey: string;
  /** x-UserId: the operator id. */
  userId: string;
  tenantSpaceId?: string | undefined;
}

/**
 * The complete header set sent upstream. It is built fresh: nothing the browser sent (its
 * Authorization, x-app-key, x-UserId, x-TenantSpaceId, cookies or anything else) is copied.
 */
export function outgoingHeaders(
  identity: CallerIdentity,
  token: string,
  bodyLength: number,
): Record<string, string> {
  return {
    Authorization: `Bearer ${token}`,
    'x-app-key': identity.appKey,
    'x-UserId': identity.userId,
    ...(identity.tenantSpaceId === undefined ? {} : { 'x-TenantSpaceId': identity.tenantSpaceId }),
    'Content-Type': JSON_CONTENT_TYPE,
    'Content-Length': String(bodyLength),
    Accept: 'application/json',
  };
}
