import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { SpeedRuleSummary } from '@/lib/contract';
import { useTranslation } from '@/lib/i18n';
import { useDeleteSpeedRule } from '../api/delete-speed-rule';
import { ApiErrorAlert } from './api-error-alert';

export interface DeleteSpeedRuleModalProps {
  /** The rule to delete; null when the dialog is closed. */
  rule: Pick<SpeedRuleSummary, 'speed_id' | 'name'> | null;
  onClose: () => void;
}

export function DeleteSpeedRuleModal({ rule, onClose }: DeleteSpeedRuleModalProps) {
  const { t } = useTranslation('speedRules');
  const deletion = useDeleteSpeedRule();
  // The dialog fades out after `rule` is back to null: meanwhile it still names the last rule.
  const [shownRule, setShownRule] = useState(rule);
  if (rule !== null && rule !== shownRule) setShownRule(rule);

  const close = () => {
    // The next dialog must not show this one's failure.
    deletion.reset();
    onClose();
  };

  const confirm = () => {
    if (!rule) return;
    deletion.mutate(rule.speed_id, {
      onSuccess: () => {
        notifications.show({
          color: 'teal',
          title: t('delete.doneTitle'),
          message: t('delete.doneMessage', { name: rule.name }),
        });
        close();
      },
    });
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('action.close') }}
      opened={rule !== null}
      onClose={() => {
        if (!deletion.isPending) close();
      }}
      title={t('delete.title')}
      centered
    >
      <Stack gap="md">
        <Text>{t('delete.question', { name: shownRule?.name ?? '' })}</Text>
        {deletion.isError && <ApiErrorAlert error={deletion.error} title={t('delete.failed')} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={deletion.isPending}>
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
