import { Text } from '@mantine/core';
import { DataTable } from '@/components/data-table';
import type { PlanSummary } from '@/lib/contract';
import { useTranslation } from '@/lib/i18n';
import { PlanActions } from './plan-actions';
import { cycleLabel, endLabel, executionsLabel } from './plan-labels';
import { PlanStatusBadge } from './plan-status-badge';

// Short cells that must not wrap or truncate (a badge, "3 of 12", the buttons).
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** Narrower than this (px), the list shows cards instead (the actions would be out of sight). */
export const PLANS_TABLE_MIN_WIDTH = 1080;

/** The plan list where it fits: one row per plan. */
export function PlansTable({ plans }: { plans: PlanSummary[] }) {
  const { t } = useTranslation('plans');
  return (
    <DataTable
      minWidth={PLANS_TABLE_MIN_WIDTH}
      striped
      highlightOnHover
      verticalSpacing="sm"
      aria-label={t('list.tableLabel')}
    >
      <thead>
        <tr>
          <th scope="col">{t('list.columns.name')}</th>
          <th scope="col">{t('list.columns.status')}</th>
          <th scope="col">{t('list.columns.cycle')}</th>
          <th scope="col">{t('list.columns.start')}</th>
          <th scope="col">{t('list.columns.end')}</th>
          <th scope="col">{t('list.columns.executions')}</th>
          <th scope="col">{t('list.columns.next')}</th>
          <th scope="col">{t('list.columns.creator')}</th>
          <th scope="col">{t('list.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.qiqtId} data-plan-id={plan.qiqtId}>
            <td>
              <Text size="sm" fw={500}>
                {plan.qiqtName}
              </Text>
              <Text size="xs" c="dimmed" ff="monospace">
                {plan.qiqtId}
              </Text>
            </td>
            <td style={NO_WRAP}>
              <PlanStatusBadge plan={plan} />
            </td>
            <td>{cycleLabel(plan, t)}</td>
            <td>{plan.qiqtStartTimeStr ?? '—'}</td>
            <td>{endLabel(plan, t)}</td>
            <td style={NO_WRAP}>{executionsLabel(plan, t)}</td>
            <td>{plan.nextExecutionTimeStr ?? '—'}</td>
            <td>{plan.qiqtCreater ?? '—'}</td>
            <td style={NO_WRAP}>
              <PlanActions plan={plan} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
