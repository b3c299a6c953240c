import { queryOptions, useQuery } from '@tanstack/react-query';
import { bigIdSchema, FAILURE_CODES, type QuerySpeedRuleByIdAnswer } from '@/lib/contract';
import { callApi } from '@/lib/api-client';
import { BusinessError } from '@/lib/api-errors';
import { speedRulesRootKey } from './query-keys';

/** A rule that the server does not know (or an id that cannot be one). */
export class SpeedRuleNotFoundError extends Error {
  constructor(readonly speedId: string) {
    super(`Speed rule ${speedId} does not exist`);
    this.name = 'SpeedRuleNotFoundError';
  }
}

export async function getSpeedRule(
  speedId: string,
  signal?: AbortSignal,
): Promise<QuerySpeedRuleByIdAnswer> {
  // An id that cannot be one is not asked for: it would be "not found" anyway.
  if (!bigIdSchema.safeParse(speedId).success) throw new SpeedRuleNotFoundError(speedId);
  try {
    const answer = await callApi('querySpeedRuleById', { speed_id: speedId }, { signal });
    if (!answer.setting) throw new SpeedRuleNotFoundError(speedId);
    return answer;
  } catch (error) {
    if (error instanceof BusinessError && error.resultCode === FAILURE_CODES.speedrule.notFound) {
      throw new SpeedRuleNotFoundError(speedId);
    }
    throw error;
  }
}

export const speedRuleQueryOptions = (speedId: string) =>
  queryOptions({
    queryKey: [...speedRulesRootKey, 'detail', speedId],
    // Retries follow the app's rule (src/app/query-client.ts): one more try after a network
    // failure, none after an answer, so a missing rule is reported at once.
    queryFn: ({ signal }) => getSpeedRule(speedId, signal),
  });

export function useSpeedRule(speedId: string) {
  return useQuery(speedRuleQueryOptions(speedId));
}
