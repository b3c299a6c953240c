import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Suspense, lazy, useState } from 'react';
import type { PlanSummary } from '@/lib/contract';
import { useTranslation } from '@/lib/i18n';
import { useBeginQualityTask } from '../../api/begin-quality-task';
import { useDeleteQualityTask } from '../../api/delete-quality-task';
import { useStopQualityTask } from '../../api/stop-quality-task';
import { isRunning } from './plan-labels';
import { useFailureText } from './use-failure-text';

type Action = 'start' | 'pause' | 'delete';

// The confirmation (and Modal with it) loads when first wanted: pointing at or focusing a Delete
// button starts the load, so it is usually there by the click.
const loadConfirmDelete = () => import('./confirm-delete-plan');
const ConfirmDeletePlan = lazy(loadConfirmDelete);
const preloadConfirmDelete = () => void loadConfirmDelete();

/** Start or pause (whichever applies) and delete, for one plan row. */
export function PlanActions({ plan, compact = false }: { plan: PlanSummary; compact?: boolean }) {
  const { t } = useTranslation('plans');
  const begin = useBeginQualityTask();
  const stop = useStopQualityTask();
  const remove = useDeleteQualityTask();
  const [confirming, setConfirming] = useState(false);
  // Mounted from the first open on, so closing still plays the Modal's exit transition.
  const [confirmMounted, setConfirmMounted] = useState(false);
  const failureText = useFailureText();
  const name = plan.qiqtName;

  const report = (action: Action) => ({
    onSuccess: () =>
      notifications.show({ color: 'teal', message: t(`list.done.${action}`, { name }) }),
    onError: (error: Error) =>
      notifications.show({
        color: 'red',
        title: t(`list.failed.${action}`, { name }),
        message: failureText(error),
      }),
  });

  // A running plan can be paused, any other started.
  const [toggle, toggleAction] = isRunning(plan)
    ? ([stop, 'pause'] as const)
    : ([begin, 'start'] as const);
  const size = compact ? 'compact-sm' : 'xs';
  return (
    <>
      <Group gap="xs" wrap="nowrap">
        <Button
          size={size}
          variant="default"
          loading={toggle.isPending}
          onClick={() => toggle.mutate(plan.qiqtId, report(toggleAction))}
          aria-label={t(`list.actions.${toggleAction}Named`, { name })}
        >
          {t(`list.actions.${toggleAction}`)}
        </Button>
        <Button
          size={size}
          variant="subtle"
          color="red"
          onClick={() => {
            setConfirmMounted(true);
            setConfirming(true);
          }}
          onPointerEnter={preloadConfirmDelete}
          onFocus={preloadConfirmDelete}
          aria-label={t('list.actions.deleteNamed', { name })}
        >
          {t('list.actions.delete')}
        </Button>
      </Group>
      {confirmMounted ? (
        <Suspense fallback={null}>
          <ConfirmDeletePlan
            opened={confirming}
            name={name}
            deleting={remove.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() =>
              remove.mutate(plan.qiqtId, {
                ...report('delete'),
                onSettled: () => setConfirming(false),
              })
            }
          />
        </Suspense>
      ) : null}
    </>
  );
}
