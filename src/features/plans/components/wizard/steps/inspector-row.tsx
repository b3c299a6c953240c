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
 * One inspector: id and count. Each field subscribes to its own value only, so typing in one of
 * fifty rows re-renders that field (and the total), not its row or the list. The fields are named
 * components, not the generic TextField, so the bench's commit count can tell which one rendered.
 */
export const InspectorRow = memo(function InspectorRow({
  index,
  mode,
  canRemove,
  onRemove,
  onPasteList,
}: InspectorRowProps) {
  const { t } = useTranslation('plans');
  return (
    <Group className={classes.row} gap="xs" align="flex-start" wrap="nowrap">
      <InspectorRowIdField index={index} onPasteList={onPasteList} />
      <InspectorRowCountField index={index} mode={mode} />
      <ActionIcon
        className={classes.remove}
        variant="subtle"
        color="gray"
        size="lg"
        onClick={() => onRemove(index)}
        disabled={!canRemove}
        aria-label={t('inspectors.remove', { n: index + 1 })}
      >
        <span aria-hidden="true">✕</span>
      </ActionIcon>
    </Group>
  );
});

const InspectorRowIdField = memo(function InspectorRowIdField({
  index,
  onPasteList,
}: Pick<InspectorRowProps, 'index' | 'onPasteList'>) {
  const { t } = useTranslation('plans');
  const { field, fieldState } = useController<
    PlanFormValues,
    `appointQuality.setCounts.${number}.personID`
  >({ name: `appointQuality.setCounts.${index}.personID` });

  const pasteList = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text');
    if (!looksLikeIdList(text)) return;
    event.preventDefault();
    onPasteList(index, parseIdList(text));
  };

  return (
    <TextInput
      className={classes.id}
      ref={field.ref}
      name={field.name}
      aria-label={t('inspectors.idLabel', { n: index + 1 })}
      placeholder={t('inspectors.idPlaceholder')}
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      onPaste={pasteList}
      error={fieldState.error?.message}
      classNames={errorSlotClassNames}
      autoComplete="off"
    />
  );
});

const InspectorRowCountField = memo(function InspectorRowCountField({
  index,
  mode,
}: Pick<InspectorRowProps, 'index' | 'mode'>) {
  const { t } = useTranslation('plans');
  const { field, fieldState } = useController<
    PlanFormValues,
    `appointQuality.setCounts.${number}.count`
  >({ name: `appointQuality.setCounts.${index}.count` });
  const byPercentage = mode === SET_COUNTS_TYPE.percentage;

  return (
    <TextInput
      className={classes.count}
      ref={field.ref}
      name={field.name}
      aria-label={t(byPercentage ? 'inspectors.shareLabel' : 'inspectors.countLabel', {
        n: index + 1,
      })}
      inputMode="numeric"
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      rightSection={byPercentage ? '%' : undefined}
      rightSectionPointerEvents="none"
      error={fieldState.error?.message}
      classNames={errorSlotClassNames}
      autoComplete="off"
    />
  );
});
