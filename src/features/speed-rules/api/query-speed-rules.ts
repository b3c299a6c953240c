import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { QuerySpeedRulesRequest, SpeedRuleSummary } from '@/lib/contract';
import { callApi } from '@/lib/api-client';
import { speedRulesRootKey } from './query-keys';

export interface SpeedRulesPage {
  rules: SpeedRuleSummary[];
  total: number;
}

export async function querySpeedRules(
  params: QuerySpeedRulesRequest,
  signal?: AbortSignal,
): Promise<SpeedRulesPage> {
  const answer = await callApi('querySpeedRules', params, { signal });
  const rules = answer.data ?? [];
  return { rules, total: answer.paging?.total ?? rules.length };
}

/** Every list page; invalidate this after a change to any rule. */
export const speedRulesListKey = [...speedRulesRootKey, 'list'] as const;

export const speedRulesQueryOptions = (params: QuerySpeedRulesRequest) =>
  queryOptions({
    queryKey: [...speedRulesListKey, params],
    queryFn: ({ signal }) => querySpeedRules(params, signal),
  });

export function useSpeedRules(params: QuerySpeedRulesRequest) {
  // Keep the current page on screen while the next page or search loads: no flicker.
  return useQuery({ ...speedRulesQueryOptions(params), placeholderData: keepPreviousData });
}
