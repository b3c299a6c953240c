import { QueryClient } from '@tanstack/react-query';
import { NetworkError } from '@/lib/api-errors';

/**
 * Calls are few and deliberate: nothing refetches on focus or retries a CCSQM "no" (a business
 * or HTTP error is an answer, not a glitch). A dropped connection gets one more try for reads.
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => error instanceof NetworkError && failureCount < 1,
      },
      mutations: {
        // A retried "add" could create the plan twice.
        retry: false,
      },
    },
  });
}
