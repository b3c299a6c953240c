import type { MantineColor } from '@mantine/core';
import { useTranslation } from '@/lib/i18n';
import { useUpstream } from '../api/get-upstream';

export type UpstreamState = 'loading' | 'error' | 'simulator' | 'upstream';

const COLORS: Record<UpstreamState, MantineColor> = {
  loading: 'gray',
  error: 'gray',
  simulator: 'yellow',
  upstream: 'green',
};

/** Everything the badge and the details panel show, in the user's language. */
export function useUpstreamStatus() {
  const { t } = useTranslation();
  const query = useUpstream();

  let state: UpstreamState;
  let label: string;
  let detail: string;
  if (query.isPending) {
    state = 'loading';
    label = t('upstream.loading');
    detail = t('upstream.loading');
  } else if (query.isError) {
    state = 'error';
    label = t('upstream.unknown');
    detail = t('upstream.errorDetail', { reason: query.error.message });
  } else if (query.data.mode === 'simulator') {
    state = 'simulator';
    label = t('upstream.simulator');
    detail = t('upstream.simulatorDetail');
  } else {
    state = 'upstream';
    label = t('upstream.upstream');
    detail = t('upstream.upstreamDetail', { baseUrl: query.data.baseUrl ?? '' });
  }

  return {
    state,
    label,
    detail,
    color: COLORS[state],
    baseUrl: query.data?.baseUrl ?? null,
    retry: () => void query.refetch(),
    isFetching: query.isFetching,
  };
}
