import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddQualityTaskRequest } from '@/lib/contract';
import { callApi } from '@/lib/api-client';
import { plansRootKey } from './query-quality-task';

/**
 * Sends the plan; resolves with the new plan's id as a string (it can exceed 2^53), or undefined
 * when the server does not say. The body text is serializeRequest's, the same text the review
 * step previews.
 */
export async function addQualityTask(body: AddQualityTaskRequest): Promise<string | undefined> {
  const answer = await callApi('addQualityTask', body);
  return answer.objId;
}

export function useAddQualityTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addQualityTask,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: plansRootKey }),
  });
}
