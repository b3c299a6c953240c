import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SentenceCategory } from '@/lib/contract';
import { callApi } from '@/lib/api-client';
import { sentencesRootKey } from './query-keys';

export async function getSentenceCategories(signal?: AbortSignal): Promise<SentenceCategory[]> {
  const answer = await callApi('querySentenceCategory', {}, { signal });
  return answer.data ?? [];
}

export const sentenceCategoriesQueryOptions = () =>
  queryOptions({
    queryKey: [...sentencesRootKey, 'categories'],
    queryFn: ({ signal }) => getSentenceCategories(signal),
    staleTime: 5 * 60_000, // categories rarely change while a rule is being edited
  });

export function useSentenceCategories() {
  return useQuery(sentenceCategoriesQueryOptions());
}
