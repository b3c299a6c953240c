import type { AddSpeedRuleRequest, UpdateSpeedRuleRequest } from '@/lib/contract';
import { serializeRequest } from '@/lib/api-client';
import { checkAddRequest, checkUpdateRequest, type SpeedRuleFormMode } from './form-schema';
import type { SpeedRuleFormValues } from './form-values';

/** A save ready to confirm: the body, and the exact text that will be sent for it. */
export type PreparedSave =
  | {
      endpoint: 'updateSpeedRule';
      values: SpeedRuleFormValues;
      request: UpdateSpeedRuleRequest;
      text: string;
    }
  | {
      endpoint: 'addSpeedRule';
      values: SpeedRuleFormValues;
      request: AddSpeedRuleRequest;
      text: string;
    };

/** undefined when the contract refuses the body (the form shows why on its fields). */
export function prepareSave(
  mode: SpeedRuleFormMode,
  values: SpeedRuleFormValues,
): PreparedSave | undefined {
  if (mode === 'update') {
    const check = checkUpdateRequest(values);
    if (!check.ok) return undefined;
    const text = serializeRequest('updateSpeedRule', check.request);
    return { endpoint: 'updateSpeedRule', values, request: check.request, text };
  }
  const check = checkAddRequest(values);
  if (!check.ok) return undefined;
  const text = serializeRequest('addSpeedRule', check.request);
  return { endpoint: 'addSpeedRule', values, request: check.request, text };
}
