import { SimpleGrid, Stack } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { CYCLE_TYPE, END_TYPE } from '@/lib/contract';
import { useTranslation } from '@/lib/i18n';
import type { CycleType, EndType, PlanFormValues } from '../../../model/form-values';
import type { PlanField } from '../../../model/steps';
import { ChoiceField } from '../../fields/choice-field';
import { DateTimeField } from '../../fields/date-time-field';
import { TextField } from '../../fields/text-field';
import { RevalidateOnChange } from '../use-revalidate';
import { SchedulePreview } from './schedule-preview';

const END_FIELDS: PlanField[] = ['cronStructure.qiqtTotalTimes', 'cronStructure.qiqtEndTime'];
const AFTER_START: PlanField[] = ['cronStructure.qiqtEndTime'];

export function PeriodStep() {
  const { t } = useTranslation('plans');
  const endType = useWatch<PlanFormValues, 'cronStructure.qiqtEndType'>({
    name: 'cronStructure.qiqtEndType',
  });

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Stack gap={0}>
        <ChoiceField<CycleType>
          name="cronStructure.qiqtCycleType"
          label={t('period.cycle.label')}
          options={[
            { value: CYCLE_TYPE.daily, label: t('period.cycle.daily') },
            { value: CYCLE_TYPE.weekly, label: t('period.cycle.weekly') },
            { value: CYCLE_TYPE.monthly, label: t('period.cycle.monthly') },
          ]}
        />
        <DateTimeField
          name="cronStructure.qiqtStartTime"
          dateLabel={t('period.startDate')}
          timeLabel={t('period.startTime')}
        />
        <ChoiceField<EndType>
          name="cronStructure.qiqtEndType"
          label={t('period.end.label')}
          options={[
            { value: END_TYPE.byRuns, label: t('period.end.byRuns') },
            { value: END_TYPE.byTime, label: t('period.end.byTime') },
          ]}
        />
        {endType === END_TYPE.byRuns ? (
          <TextField
            name="cronStructure.qiqtTotalTimes"
            label={t('period.totalTimes.label')}
            description={t('period.totalTimes.description')}
            inputMode="numeric"
            required
            maw={260}
            autoComplete="off"
          />
        ) : (
          <DateTimeField
            name="cronStructure.qiqtEndTime"
            dateLabel={t('period.endDate')}
            timeLabel={t('period.endTime')}
          />
        )}
        <RevalidateOnChange source="cronStructure.qiqtEndType" targets={END_FIELDS} />
        <RevalidateOnChange source="cronStructure.qiqtStartTime" targets={AFTER_START} />
      </Stack>
      <SchedulePreview />
    </SimpleGrid>
  );
}
