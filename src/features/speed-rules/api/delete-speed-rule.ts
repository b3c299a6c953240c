import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '@/lib/api-client';
import { removeDraft } from '@/lib/drafts';
import { speedRuleDraftKey } from '../model/draft-keys';
import { speedRuleQueryOptions } from './get-speed-rule';
import { speedRulesListKey } from './query-speed-rules';

export async function deleteSpeedRule(speedId: string): Promise<void> {
  await callApi('deleteSpeedRule', { speed_id: speedId });
}

export function useDeleteSpeedRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSpeedRule,
    onSuccess: (_answer, speedId) => {
      // The rule is gone: drop its cached detail rather than refetch a "not found".
      queryClient.removeQueries({ queryKey: speedRuleQueryOptions(speedId).queryKey });
      // Unsaved edits of a rule that is gone have nothing left to apply to.
      removeDraft(speedRuleDraftKey(speedId));
      return queryClient.invalidateQueries({ queryKey: speedRulesListKey });
    },
  });
}
