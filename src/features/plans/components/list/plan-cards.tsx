import { Group, Paper, Text } from '@mantine/core';
import { CardList } from '@/components/card-list';
import type { PlanSummary } from '@/lib/contract';
import { useTranslation } from '@/lib/i18n';
import { PlanActions } from './plan-actions';
import { cycleLabel, endLabel, executionsLabel } from './plan-labels';
import classes from './plan-cards.module.css';
import { PlanStatusBadge } from './plan-status-badge';

/** The plan list where the table does not fit: a card per plan, the same facts as its columns. */
export function PlanCards({ plans }: { plans: PlanSummary[] }) {
  const { t } = useTranslation('plans');
  return (
    <CardList label={t('list.tableLabel')}>
      {plans.map((plan) => {
        const facts: [string, string][] = [
          [t('list.columns.cycle'), cycleLabel(plan, t)],
          [t('list.columns.start'), plan.qiqtStartTimeStr ?? '—'],
          [t('list.columns.end'), endLabel(plan, t)],
          [t('list.columns.executions'), executionsLabel(plan, t)],
          [t('list.columns.next'), plan.nextExecutionTimeStr ?? '—'],
          [t('list.columns.creator'), plan.qiqtCreater ?? '—'],
        ];
        return (
          <Paper
            component="li"
            withBorder
            p="sm"
            radius="md"
            key={plan.qiqtId}
            data-plan-id={plan.qiqtId}
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {plan.qiqtName}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {plan.qiqtId}
                </Text>
              </div>
              <PlanStatusBadge plan={plan} />
            </Group>
            <dl className={classes.facts}>
              {facts.map(([label, value]) => (
                <div key={label}>
                  <Text component="dt" size="xs" c="dimmed">
                    {label}
                  </Text>
                  <Text component="dd" size="sm" m={0}>
                    {value}
                  </Text>
                </div>
              ))}
            </dl>
            <Group mt="sm">
              <PlanActions plan={plan} compact />
            </Group>
          </Paper>
        );
      })}
    </CardList>
  );
}
