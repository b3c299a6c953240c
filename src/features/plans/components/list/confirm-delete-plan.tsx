import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from '@/lib/i18n';

export interface ConfirmDeletePlanProps {
  opened: boolean;
  name: string;
  deleting: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** "Delete this plan?" Loaded on demand by PlanActions (Modal is not needed to show the list). */
export default function ConfirmDeletePlan({
  opened,
  name,
  deleting,
  onCancel,
  onConfirm,
}: ConfirmDeletePlanProps) {
  const { t } = useTranslation('plans');
  return (
    <Modal opened={opened} onClose={onCancel} title={t('list.confirmDelete.title')}>
      <Text size="sm">{t('list.confirmDelete.body', { name })}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('list.confirmDelete.cancel')}
        </Button>
        <Button color="red" loading={deleting} onClick={onConfirm}>
          {t('list.confirmDelete.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
