import { Box, Group, Text } from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import { useId } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from '@/lib/i18n';
import type { PlanFormValues } from '../../model/form-values';
import {
  describeTimeZone,
  joinLocalDateTime,
  localDateTimeToSeconds,
  splitLocalDateTime,
} from '../../model/local-time';
import { errorSlotClassNames } from './error-slot';
import { LocalizedDates } from './localized-dates';

export interface DateTimeFieldProps {
  name: 'cronStructure.qiqtStartTime' | 'cronStructure.qiqtEndTime';
  dateLabel: string;
  timeLabel: string;
}

/**
 * A local date and time as two inputs (a typeable date, a native time input: both work from the
 * keyboard) over one form field. The time zone the time is read in is shown under them.
 */
export function DateTimeField({ name, dateLabel, timeLabel }: DateTimeFieldProps) {
  const { t } = useTranslation('plans');
  const noteId = useId();
  const {
    field: { ref, value, onChange, onBlur },
    fieldState,
  } = useController<PlanFormValues, typeof name>({ name });
  const { date, time, seconds } = splitLocalDateTime(value);
  const error = fieldState.error?.message;
  const at = localDateTimeToSeconds(value);

  return (
    <LocalizedDates>
      <Box mb="md">
        <Group align="flex-start" gap="sm" wrap="wrap">
          <DateInput
            ref={ref}
            label={dateLabel}
            placeholder={t('period.datePlaceholder')}
            valueFormat="YYYY-MM-DD"
            value={date === '' ? null : date}
            onChange={(next) => onChange(joinLocalDateTime(next ?? '', time, seconds))}
            onBlur={onBlur}
            error={error}
            classNames={errorSlotClassNames}
            w={{ base: '100%', xs: 200 }}
            popoverProps={{ withinPortal: true }}
          />
          <TimeInput
            label={timeLabel}
            value={time}
            onChange={(event) =>
              onChange(joinLocalDateTime(date, event.currentTarget.value, seconds))
            }
            onBlur={onBlur}
            error={error !== undefined}
            aria-describedby={noteId}
            classNames={errorSlotClassNames}
            w={{ base: '100%', xs: 140 }}
          />
        </Group>
        <Text size="xs" c="dimmed" id={noteId}>
          {t('period.timeZone', {
            zone: describeTimeZone(at === undefined ? new Date() : new Date(at * 1000)),
          })}
        </Text>
      </Box>
    </LocalizedDates>
  );
}
