import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import type { SpeedRuleSummary } from '@/lib/contract';
import { useTranslation } from '@/lib/i18n';
import { useDeleteSpeedRule } from '../api/delete-speed-rule';
import { ApiErrorAlert } from './api-error-alert';

export interface DeleteSpeedRuleModalProps {
  /** The rule to delete; null when the dialog is closed. */
  rule: Pick<SpeedRuleSummary, 'speed_id' | 'name'> | null;
  onClose: () => void;
  onDeleted?: () => void;
}

export function DeleteSpeedRuleModal({ rule, onClose, onDeleted }: DeleteSpeedRuleModalProps) {
  const { t } = useTranslation('speedRules');
  const deletion = useDeleteSpeedRule();
  const { reset } = deletion;

  // A fresh dialog must not show the previous rule's failure.
  useEffect(() => reset(), [rule?.speed_id, reset]);

  const confirm = () => {
    if (!rule) return;
    deletion.mutate(rule.speed_id, {
      onSuccess: () => {
        notifications.show({
          color: 'teal',
          title: t('delete.doneTitle'),
          message: t('delete.doneMessage', { name: rule.name }),
        });
        onClose();
        onDeleted?.();
      },
    });
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('action.close') }}
      opened={rule !== null}
      onClose={() => {
        if (!deletion.isPending) onClose();
      }}
      title={t('delete.title')}
      centered
    >
      <Stack gap="md">
        <Text>{t('delete.question', { name: rule?.name ?? '' })}</Text>
        {deletion.isError && <ApiErrorAlert error={deletion.error} title={t('delete.failed')} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={deletion.isPending}>
            {t('action.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={deletion.isPending} data-autofocus>
            {t('delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
