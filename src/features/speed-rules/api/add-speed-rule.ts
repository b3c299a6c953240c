import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddSpeedRuleRequest } from '@/lib/contract';
import { callApi } from '@/lib/api-client';
import { speedRulesListKey } from './query-speed-rules';

/** Resolves with the new rule's id (a string), when the server tells it. */
export async function addSpeedRule(request: AddSpeedRuleRequest): Promise<string | undefined> {
  const answer = await callApi('addSpeedRule', request);
  return answer.speed_id;
}

export function useAddSpeedRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addSpeedRule,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: speedRulesListKey }),
  });
}
