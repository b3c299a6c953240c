import { Badge } from '@mantine/core';
import type { PlanSummary } from '@/lib/contract';
import { useTranslation } from '@/lib/i18n';
import { isRunning } from './plan-labels';

export function PlanStatusBadge({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation('plans');
  const running = isRunning(plan);
  return (
    // teal.9: white on it keeps 4.5:1 (the default teal shade does not).
    // max-content: in a crowded table row the badge must not shrink to "RUN…".
    <Badge
      color={running ? 'teal.9' : 'gray'}
      variant={running ? 'filled' : 'light'}
      miw="max-content"
    >
      {running ? t('list.status.running') : t('list.status.stopped')}
    </Badge>
  );
}
