import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from '@/lib/i18n';
import { NEW_SPEED_RULE_DRAFT_KEY } from '../model/draft-keys';
import { emptySpeedRuleFormValues } from '../model/form-values';
import { SpeedRuleForm } from './speed-rule-form';
import { SpeedRulePageHeader } from './speed-rule-page-header';

export function NewSpeedRulePage() {
  const { t } = useTranslation('speedRules');
  const original = useMemo(() => emptySpeedRuleFormValues(), []);
  return (
    <Stack gap="lg" maw={880}>
      <SpeedRulePageHeader title={t('editor.newTitle')} subtitle={t('editor.newSubtitle')} />
      <SpeedRuleForm mode="add" original={original} draftKey={NEW_SPEED_RULE_DRAFT_KEY} />
    </Stack>
  );
}
