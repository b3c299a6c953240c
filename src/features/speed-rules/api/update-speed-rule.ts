import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateSpeedRuleRequest } from '@/lib/contract';
import { callApi } from '@/lib/api-client';
import { speedRuleQueryOptions } from './get-speed-rule';
import { speedRulesListKey } from './query-speed-rules';

export function updateSpeedRule(request: UpdateSpeedRuleRequest) {
  return callApi('updateSpeedRule', request);
}

export function useUpdateSpeedRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSpeedRule,
    onSuccess: (_answer, request) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: speedRulesListKey }),
        queryClient.invalidateQueries({
          queryKey: speedRuleQueryOptions(request.setting.speed_id).queryKey,
        }),
      ]),
  });
}
