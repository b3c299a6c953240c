import { Button, Group, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { SET_COUNTS_TYPE } from '@/lib/contract';
import { useTranslation } from '@/lib/i18n';
import {
  emptyInspectorRow,
  type PlanFormValues,
  type SetCountsType,
} from '../../../model/form-values';
import { splitEvenly } from '../../../model/split-evenly';
import { ChoiceField } from '../../fields/choice-field';
import { errorLineClassName } from '../../fields/error-slot';
import { InspectorRow } from './inspector-row';
import classes from './inspectors.module.css';
import { InWizardBar } from '../wizard-bar-slot';
import { PercentTotal } from './percent-total';

interface PasteNotice {
  added: number;
  skipped: number;
}

export function InspectorsStep() {
  const { t } = useTranslation('plans');
  const { control, getValues, setValue, getFieldState, trigger } = useFormContext<PlanFormValues>();
  const mode = useWatch<PlanFormValues, 'appointQuality.setCountsType'>({
    name: 'appointQuality.setCountsType',
  });
  const { fields, append, remove, insert } = useFieldArray({
    control,
    name: 'appointQuality.setCounts',
  });
  const [pasteNotice, setPasteNotice] = useState<PasteNotice | null>(null);
  const byPercentage = mode === SET_COUNTS_TYPE.percentage;
  const shares = byPercentage ? splitEvenly(fields.length) : undefined;

  /** After a change that affects every row, re-check the step if it already shows errors. */
  const recheckIfShown = useCallback(() => {
    if (getFieldState('appointQuality').invalid) void trigger(['appointQuality']);
  }, [getFieldState, trigger]);

  const pasteList = useCallback(
    (index: number, ids: string[]) => {
      const rows = getValues('appointQuality.setCounts');
      const present = new Set(rows.map((row) => row.personID.trim()).filter((id) => id !== ''));
      const fresh = ids.filter((id) => !present.has(id));
      let rest = fresh;
      if (rest[0] !== undefined && rows[index]?.personID.trim() === '') {
        setValue(`appointQuality.setCounts.${index}.personID`, rest[0], {
          shouldDirty: true,
          shouldValidate: true,
        });
        rest = rest.slice(1);
      }
      if (rest.length > 0) {
        insert(
          index + 1,
          rest.map((personID) => ({ ...emptyInspectorRow(), personID })),
          { shouldFocus: false },
        );
      }
      setPasteNotice({ added: fresh.length, skipped: ids.length - fresh.length });
    },
    [getValues, setValue, insert],
  );

  const split = () => {
    if (!shares) return;
    shares.forEach((share, i) =>
      setValue(`appointQuality.setCounts.${i}.count`, String(share), { shouldDirty: true }),
    );
    recheckIfShown();
  };

  return (
    <Stack gap="xs">
      <ChoiceField<SetCountsType>
        name="appointQuality.setCountsType"
        label={t('inspectors.mode.label')}
        description={t(
          byPercentage ? 'inspectors.mode.percentageHint' : 'inspectors.mode.averageHint',
        )}
        options={[
          { value: SET_COUNTS_TYPE.average, label: t('inspectors.mode.average') },
          { value: SET_COUNTS_TYPE.percentage, label: t('inspectors.mode.percentage') },
        ]}
        onChosen={recheckIfShown}
      />

      <Text size="sm" c="dimmed">
        {t('inspectors.pasteHint')}
      </Text>

      <div className={classes.header} aria-hidden="true">
        <span className={classes.id}>{t('inspectors.idColumn')}</span>
        <span className={classes.count}>
          {t(byPercentage ? 'inspectors.shareColumn' : 'inspectors.countColumn')}
        </span>
        <span className={classes.remove} />
      </div>
      <Stack gap={0} role="list" aria-label={t('inspectors.listLabel')}>
        {fields.map((row, index) => (
          <div role="listitem" key={row.id}>
            <InspectorRow
              index={index}
              mode={mode}
              canRemove={fields.length > 1}
              onRemove={remove}
              onPasteList={pasteList}
            />
          </div>
        ))}
      </Stack>

      <Group gap="sm">
        <Button variant="light" onClick={() => append(emptyInspectorRow())}>
          {t('inspectors.add')}
        </Button>
        {byPercentage && (
          <Button variant="default" onClick={split} disabled={!shares}>
            {t('inspectors.split')}
          </Button>
        )}
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('inspectors.count', { count: fields.length })}
        </Text>
      </Group>
      <Text className={errorLineClassName} c="dimmed" aria-live="polite">
        {pasteNotice
          ? [
              t('inspectors.pasteAdded', { count: pasteNotice.added }),
              pasteNotice.skipped > 0
                ? t('inspectors.pasteSkipped', { count: pasteNotice.skipped })
                : '',
            ]
              .filter(Boolean)
              .join(' ')
          : byPercentage && !shares
            ? t('inspectors.splitImpossible')
            : ''}
      </Text>

      {byPercentage && (
        <InWizardBar>
          <PercentTotal />
        </InWizardBar>
      )}
    </Stack>
  );
}
