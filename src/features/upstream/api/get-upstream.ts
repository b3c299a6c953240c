import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { HttpError, toNetworkError } from '@/lib/api-errors';

/** Where the console server sends CCSQM calls. Answered by the server, never by CCSQM. */
export const UPSTREAM_INFO_PATH = '/console-api/upstream';

export const upstreamInfoSchema = z.object({
  mode: z.enum(['simulator', 'upstream']),
  baseUrl: z.nullable(z.string()),
});

export type UpstreamInfo = z.infer<typeof upstreamInfoSchema>;

export async function getUpstream(signal?: AbortSignal): Promise<UpstreamInfo> {
  let response: Response;
  try {
    response = await fetch(UPSTREAM_INFO_PATH, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      signal: signal ?? null,
    });
  } catch (error) {
    throw toNetworkError(error);
  }
  if (!response.ok) {
    throw new HttpError(response.status, undefined, response.statusText || 'request failed');
  }
  const parsed = upstreamInfoSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new HttpError(response.status, undefined, 'The server answered in an unexpected format.');
  }
  return parsed.data;
}

export const upstreamQueryOptions = () =>
  queryOptions({
    queryKey: ['console-server', 'upstream'],
    queryFn: ({ signal }) => getUpstream(signal),
    // Fixed for the server's lifetime: ask once per visit.
    staleTime: Infinity,
  });

export const useUpstream = () => useQuery(upstreamQueryOptions());
