import { Table, Text } from '@mantine/core';
import type { PlanSummary } from '@/lib/contract';
import { useTranslation } from '@/lib/i18n';
import { PlanActions } from './plan-actions';
import { cycleLabel, endLabel, executionsLabel } from './plan-labels';
import { PlanStatusBadge } from './plan-status-badge';

// Short cells that must not wrap or truncate (a badge, "3 of 12", the buttons).
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** The plan list on wide screens: one row per plan. */
export function PlansTable({ plans }: { plans: PlanSummary[] }) {
  const { t } = useTranslation('plans');
  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('list.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.columns.name')}</Table.Th>
            <Table.Th>{t('list.columns.status')}</Table.Th>
            <Table.Th>{t('list.columns.cycle')}</Table.Th>
            <Table.Th>{t('list.columns.start')}</Table.Th>
            <Table.Th>{t('list.columns.end')}</Table.Th>
            <Table.Th>{t('list.columns.executions')}</Table.Th>
            <Table.Th>{t('list.columns.next')}</Table.Th>
            <Table.Th>{t('list.columns.creator')}</Table.Th>
            <Table.Th>{t('list.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((plan) => (
            <Table.Tr key={plan.qiqtId} data-plan-id={plan.qiqtId}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {plan.qiqtName}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {plan.qiqtId}
                </Text>
              </Table.Td>
              <Table.Td style={NO_WRAP}>
                <PlanStatusBadge plan={plan} />
              </Table.Td>
              <Table.Td>{cycleLabel(plan, t)}</Table.Td>
              <Table.Td>{plan.qiqtStartTimeStr ?? '—'}</Table.Td>
              <Table.Td>{endLabel(plan, t)}</Table.Td>
              <Table.Td style={NO_WRAP}>{executionsLabel(plan, t)}</Table.Td>
              <Table.Td>{plan.nextExecutionTimeStr ?? '—'}</Table.Td>
              <Table.Td>{plan.qiqtCreater ?? '—'}</Table.Td>
              <Table.Td style={NO_WRAP}>
                <PlanActions plan={plan} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
