import { Group, Progress, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from '@/lib/i18n';
import type { InspectorRowValues, PlanFormValues } from '../../../model/form-values';
import { percentTotal } from '../../../model/split-evenly';
import { errorLineClassName, statusClassNames } from '../../fields/error-slot';

const totalOf = (rows: InspectorRowValues[]) => percentTotal(rows.map((row) => row.count));

/**
 * "90 of 100%", live. It watches only the sum (re-rendering when the sum changes, not on every
 * keystroke in an id), and says what is wrong until the shares add up to exactly 100.
 */
export function PercentTotal() {
  const { t } = useTranslation('plans');
  const { getFieldState, trigger } = useFormContext<PlanFormValues>();
  const total = useWatch<PlanFormValues, 'appointQuality.setCounts', PlanFormValues, number>({
    name: 'appointQuality.setCounts',
    compute: totalOf,
  });
  const complete = total === 100;

  // A "must add up to 100" error from Next goes stale once the sum is right: check again.
  useEffect(() => {
    if (!complete) return;
    const error = getFieldState('appointQuality.setCounts').error as
      { type?: string; root?: unknown } | undefined;
    if (error?.type !== undefined || error?.root !== undefined) void trigger(['appointQuality']);
  }, [complete, getFieldState, trigger]);

  return (
    <div>
      <Group gap="sm" wrap="nowrap">
        <Progress
          value={Math.min(total, 100)}
          color={complete ? 'teal' : total > 100 ? 'red' : 'blue'}
          flex={1}
          // No width animation: while someone types, every frame would repaint the bar.
          transitionDuration={0}
          aria-hidden="true"
        />
        <Text size="sm" fw={600} miw="7rem" ta="right" data-testid="percent-total">
          {t('inspectors.total', { total })}
        </Text>
      </Group>
      <Text
        className={`${errorLineClassName} ${complete ? statusClassNames.ok : statusClassNames.bad}`}
        role="status"
        aria-live="polite"
      >
        {complete ? t('inspectors.totalOk') : t('inspectors.totalError', { total })}
      </Text>
    </div>
  );
}
