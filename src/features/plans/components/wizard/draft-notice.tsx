import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from '@/lib/i18n';
import { formatDateTime, formatTime } from '../../model/format-time';

export interface DraftNoticeProps {
  restoredAt: Date;
  onDiscard: () => void;
  onClose: () => void;
}

/** "Draft from 14:32 restored", with a way to throw it away. */
export function DraftNotice({ restoredAt, onDiscard, onClose }: DraftNoticeProps) {
  const { t, language } = useTranslation('plans');
  const seconds = Math.floor(restoredAt.getTime() / 1000);
  const today = new Date().toDateString() === restoredAt.toDateString();
  const when = today ? formatTime(seconds, language) : formatDateTime(seconds, language);
  return (
    <Alert
      color="blue"
      variant="light"
      withCloseButton
      onClose={onClose}
      closeButtonLabel={t('draft.close')}
      data-testid="draft-notice"
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('draft.restored', { when })}</Text>
        <Button size="compact-sm" variant="default" onClick={onDiscard}>
          {t('draft.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
