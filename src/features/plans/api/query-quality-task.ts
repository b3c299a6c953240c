import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PlanSummary, QueryQualityTaskRequest } from '@/lib/contract';
import { callApi } from '@/lib/api-client';

export interface PlansPage {
  plans: PlanSummary[];
  total: number;
}

/** Every plan query lives under this key: a change to any plan invalidates it once. */
export const plansRootKey = ['plans'] as const;

export async function queryQualityTask(
  params: QueryQualityTaskRequest,
  signal?: AbortSignal,
): Promise<PlansPage> {
  const answer = await callApi('queryQualityTask', params, { signal });
  const plans = answer.list ?? [];
  return { plans, total: answer.total ?? plans.length };
}

export const plansListQueryOptions = (params: QueryQualityTaskRequest) =>
  queryOptions({
    queryKey: [...plansRootKey, 'list', params],
    queryFn: ({ signal }) => queryQualityTask(params, signal),
    // Paging keeps the previous page on screen until the next one arrives.
    placeholderData: keepPreviousData,
  });

export function usePlansList(params: QueryQualityTaskRequest) {
  return useQuery(plansListQueryOptions(params));
}
