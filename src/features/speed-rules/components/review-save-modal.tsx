import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { JsonPreview } from '@/components/json-preview';
import { useTranslation } from '@/lib/i18n';
import type { SpeedRuleChange } from '../model/diff';
import { ApiErrorAlert } from './api-error-alert';
import { ChangeList } from './change-list';

export interface ReviewSaveModalProps {
  opened: boolean;
  endpoint: 'updateSpeedRule' | 'addSpeedRule';
  /** undefined for a new rule: there is nothing to compare with. */
  changes: SpeedRuleChange[] | undefined;
  /** The exact body text that will be sent. */
  requestText: string;
  saving: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** The last look before sending: what changes, and the exact JSON that goes on the wire. */
export function ReviewSaveModal({
  opened,
  endpoint,
  changes,
  requestText,
  saving,
  error,
  onConfirm,
  onClose,
}: ReviewSaveModalProps) {
  const { t } = useTranslation('speedRules');
  const narrow = useMediaQuery('(max-width: 36em)');
  const nothingChanged = changes !== undefined && changes.length === 0;

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('action.close') }}
      opened={opened}
      onClose={() => {
        if (!saving) onClose();
      }}
      title={endpoint === 'addSpeedRule' ? t('review.titleNew') : t('review.title')}
      size="xl"
      fullScreen={narrow}
    >
      <Stack gap="md">
        {changes && (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('review.whatChanges')}
            </Title>
            <ChangeList changes={changes} />
          </Stack>
        )}
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('review.requestTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('review.requestDescription', { endpoint })}
          </Text>
          <JsonPreview
            text={requestText}
            fileName={`${endpoint}.json`}
            label={t('review.requestLabel', { endpoint })}
          />
        </Stack>
        {error !== null && error !== undefined && (
          <ApiErrorAlert error={error} title={t('review.saveFailed')}>
            <Text size="sm">{t('review.keptEdits')}</Text>
          </ApiErrorAlert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={saving}>
            {t('review.backToEditing')}
          </Button>
          <Button onClick={onConfirm} loading={saving} disabled={nothingChanged} data-autofocus>
            {endpoint === 'addSpeedRule' ? t('review.confirmNew') : t('review.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
