import { List, Paper, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { cronStructureSchema } from '@/lib/contract';
import { useTranslation } from '@/lib/i18n';
import { listRuns, type Cron } from '@/lib/schedule/runs';
import type { CronValues, PlanFormValues } from '../../../model/form-values';
import { formatRun } from '../../../model/format-time';
import { describeSchedule } from '../../../model/schedule-sentence';
import { cronToWire } from '../../../model/to-payload';

const RUNS_SHOWN = 5;

/** The wire schedule when the period is complete and valid, for the preview. */
function completeCron(values: CronValues): Cron | undefined {
  const parsed = cronStructureSchema.safeParse(cronToWire(values));
  return parsed.success ? parsed.data : undefined;
}

/** What the period means, in words, and the next runs: updated as the user types. */
export function SchedulePreview() {
  const { t, language } = useTranslation('plans');
  const values = useWatch<PlanFormValues, 'cronStructure'>({ name: 'cronStructure' });
  const cron = useMemo(() => completeCron(values), [values]);
  // "Now" as the step opened: close enough for "is the start in the past", and stable.
  const [now] = useState(() => Math.floor(Date.now() / 1000));

  const preview = useMemo(() => {
    if (!cron) return undefined;
    const startsInPast = cron.qiqtStartTime < now;
    return {
      sentence: describeSchedule(cron, t, language),
      startsInPast,
      runs: listRuns(cron, { from: Math.max(now, cron.qiqtStartTime), limit: RUNS_SHOWN }),
    };
  }, [cron, t, language, now]);

  return (
    <Paper withBorder p="md" radius="md" mih="12rem" aria-labelledby="schedule-preview-title">
      <Text fw={600} id="schedule-preview-title" mb={4}>
        {t('period.preview.title')}
      </Text>
      {preview ? (
        <>
          <Text data-testid="schedule-sentence">{preview.sentence}</Text>
          <Text size="sm" fw={500} mt="sm">
            {preview.startsInPast
              ? t('period.preview.nextRunsFromNow')
              : t('period.preview.nextRuns')}
          </Text>
          {preview.runs.length > 0 ? (
            <List size="sm" data-testid="next-runs">
              {preview.runs.map((run) => (
                <List.Item key={run}>{formatRun(run, language)}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              {t('period.preview.noMoreRuns')}
            </Text>
          )}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('period.preview.incomplete')}
        </Text>
      )}
    </Paper>
  );
}
