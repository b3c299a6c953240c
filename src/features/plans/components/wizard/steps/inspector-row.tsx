import { ActionIcon, Group, TextInput } from '@mantine/core';
import { memo, type ClipboardEvent } from 'react';
import { useController } from 'react-hook-form';
import { SET_COUNTS_TYPE } from '@/lib/contract';
import { useTranslation } from '@/lib/i18n';
import { looksLikeIdList, parseIdList } from '../../../model/id-list';
import type { PlanFormValues, SetCountsType } from '../../../model/form-values';
import { errorSlotClassNames } from '../../fields/error-slot';
import classes from './inspectors.module.css';

export interface InspectorRowProps {
  index: number;
  mode: SetCountsType;
  canRemove: boolean;
  onRemove: (index: number) => void;
  onPasteList: (index: number, ids: string[]) => void;
}

/**
 * One inspector: id and count. Each row subscribes to its own two fields only, so typing in one
 * of fifty rows re-renders that row (and the total), not the list.
 */
export const InspectorRow = memo(function InspectorRow({
  index,
  mode,
  canRemove,
  onRemove,
  onPasteList,
}: InspectorRowProps) {
  const { t } = useTranslation('plans');
  const person = useController<PlanFormValues, `appointQuality.setCounts.${number}.personID`>({
    name: `appointQuality.setCounts.${index}.personID`,
  });
  const count = useController<PlanFormValues, `appointQuality.setCounts.${number}.count`>({
    name: `appointQuality.setCounts.${index}.count`,
  });
  const n = index + 1;
  const byPercentage = mode === SET_COUNTS_TYPE.percentage;

  const pasteList = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text');
    if (!looksLikeIdList(text)) return;
    event.preventDefault();
    onPasteList(index, parseIdList(text));
  };

  return (
    <Group className={classes.row} gap="xs" align="flex-start" wrap="nowrap">
      <TextInput
        className={classes.id}
        ref={person.field.ref}
        name={person.field.name}
        aria-label={t('inspectors.idLabel', { n })}
        placeholder={t('inspectors.idPlaceholder')}
        value={person.field.value}
        onChange={person.field.onChange}
        onBlur={person.field.onBlur}
        onPaste={pasteList}
        error={person.fieldState.error?.message}
        classNames={errorSlotClassNames}
        autoComplete="off"
      />
      <TextInput
        className={classes.count}
        ref={count.field.ref}
        name={count.field.name}
        aria-label={t(byPercentage ? 'inspectors.shareLabel' : 'inspectors.countLabel', { n })}
        inputMode="numeric"
        value={count.field.value}
        onChange={count.field.onChange}
        onBlur={count.field.onBlur}
        rightSection={byPercentage ? '%' : undefined}
        rightSectionPointerEvents="none"
        error={count.fieldState.error?.message}
        classNames={errorSlotClassNames}
        autoComplete="off"
      />
      <ActionIcon
        className={classes.remove}
        variant="subtle"
        color="gray"
        size="lg"
        onClick={() => onRemove(index)}
        disabled={!canRemove}
        aria-label={t('inspectors.remove', { n })}
      >
        <span aria-hidden="true">✕</span>
      </ActionIcon>
    </Group>
  );
});
