import { Alert, Button, Code, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { paths } from '@/config/paths';
import { useTranslation } from '@/lib/i18n';
import { Link, useParams } from '@/lib/router';
import { SpeedRuleNotFoundError, useSpeedRule } from '../api/get-speed-rule';
import { formValuesFromAnswer } from '../model/conversions';
import { speedRuleDraftKey } from '../model/draft-keys';
import { ApiErrorAlert } from './api-error-alert';
import { SpeedRuleForm } from './speed-rule-form';
import { SpeedRulePageHeader } from './speed-rule-page-header';

export function SpeedRuleEditPage() {
  const { t } = useTranslation('speedRules');
  const { id = '' } = useParams();
  const query = useSpeedRule(id);
  const original = useMemo(
    () => (query.data ? formValuesFromAnswer(query.data) : undefined),
    [query.data],
  );

  // Once loaded, the form stays even if a later refresh fails: the edit must not vanish.
  if (original) {
    return (
      <Stack gap="lg" maw={880}>
        <SpeedRulePageHeader
          title={original.setting.name || t('editor.untitled')}
          subtitle={t('editor.subtitle', { id })}
        />
        {query.error instanceof SpeedRuleNotFoundError && (
          <Alert color="orange" title={t('editor.goneTitle')}>
            {t('editor.gone')}
          </Alert>
        )}
        <SpeedRuleForm
          key={id}
          mode="update"
          original={original}
          draftKey={speedRuleDraftKey(id)}
        />
      </Stack>
    );
  }

  if (query.error instanceof SpeedRuleNotFoundError) return <SpeedRuleNotFound id={id} />;

  if (query.isError) {
    return (
      <Stack gap="lg" maw={880}>
        <SpeedRulePageHeader title={t('editor.title')} />
        <ApiErrorAlert
          error={query.error}
          title={t('editor.loadFailed')}
          onRetry={() => void query.refetch()}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={880} aria-busy>
      <Text role="status" size="sm" c="dimmed">
        {t('editor.loading')}
      </Text>
      <Skeleton height={32} width="50%" />
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} height={120} radius="md" />
      ))}
    </Stack>
  );
}

function SpeedRuleNotFound({ id }: { id: string }) {
  const { t } = useTranslation('speedRules');
  return (
    <Stack gap="md" maw={640} py="xl">
      <Text c="dimmed" fw={700} size="sm">
        404
      </Text>
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>
        {t('notFound.message')} <Code>{id}</Code>
      </Text>
      <Text c="dimmed" size="sm">
        {t('notFound.hint')}
      </Text>
      <Group>
        <Button component={Link} to={paths.speedRules.list}>
          {t('notFound.back')}
        </Button>
        <Button component={Link} to={paths.speedRules.new} variant="default">
          {t('list.newRule')}
        </Button>
      </Group>
    </Stack>
  );
}
