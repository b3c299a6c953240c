import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { plansRootKey } from './query-quality-task';

/** Starts one plan. The id stays a string: plan ids go beyond Number.MAX_SAFE_INTEGER. */
export async function beginQualityTask(planId: string): Promise<void> {
  await callApi('beginQualityTask', { regularQualityTaskId: planId });
}

export function useBeginQualityTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: beginQualityTask,
    // Refresh after a failure too: "not found" means the list on screen is out of date.
    onSettled: () => queryClient.invalidateQueries({ queryKey: plansRootKey }),
  });
}
