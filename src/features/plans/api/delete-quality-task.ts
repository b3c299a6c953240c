import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { plansRootKey } from './query-quality-task';

/** Deletes one plan. The id stays a string: plan ids go beyond Number.MAX_SAFE_INTEGER. */
export async function deleteQualityTask(planId: string): Promise<void> {
  await callApi('deleteQualityTask', { regularQualityTaskId: planId });
}

export function useDeleteQualityTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteQualityTask,
    // Refresh after a failure too: "not found" means the list on screen is out of date.
    onSettled: () => queryClient.invalidateQueries({ queryKey: plansRootKey }),
  });
}
