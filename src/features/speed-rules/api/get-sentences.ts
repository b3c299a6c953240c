import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { QuerySentenceByCategoryIdRequest, Sentence } from '@/lib/contract';
import { callApi } from '@/lib/api-client';
import { sentencesRootKey } from './query-keys';

export interface SentencesPage {
  sentences: Sentence[];
  total: number;
}

export async function getSentences(
  params: QuerySentenceByCategoryIdRequest,
  signal?: AbortSignal,
): Promise<SentencesPage> {
  const answer = await callApi('querySentenceByCategoryId', params, { signal });
  const sentences = answer.data ?? [];
  return { sentences, total: answer.paging?.total ?? sentences.length };
}

export const sentencesQueryOptions = (params: QuerySentenceByCategoryIdRequest) =>
  queryOptions({
    queryKey: [...sentencesRootKey, 'by-category', params],
    queryFn: ({ signal }) => getSentences(params, signal),
    staleTime: 60_000,
  });

export function useSentences(params: QuerySentenceByCategoryIdRequest) {
  return useQuery({ ...sentencesQueryOptions(params), placeholderData: keepPreviousData });
}
