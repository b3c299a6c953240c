import { Stack } from '@mantine/core';
import { useTranslation } from '@/lib/i18n';
import { TextField } from '../../fields/text-field';

export function BasicsStep() {
  const { t } = useTranslation('plans');
  return (
    <Stack gap={0} maw={560}>
      <TextField
        name="qiqtName"
        label={t('basics.name.label')}
        description={t('basics.name.description')}
        withAsterisk
        autoComplete="off"
      />
      <TextField
        name="currentRole"
        label={t('basics.role.label')}
        description={t('basics.role.description')}
        placeholder="qualityDirector"
        autoComplete="off"
      />
    </Stack>
  );
}
