import { Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import { paths } from '@/config/paths';
import { useTranslation } from '@/lib/i18n';
import { Link } from '@/lib/router';

export function SpeedRulePageHeader({ title, subtitle }: { title: string; subtitle?: string }) {
  const { t } = useTranslation('speedRules');
  return (
    <Stack gap={4}>
      <Breadcrumbs aria-label={t('breadcrumbs')}>
        <Anchor component={Link} to={paths.speedRules.list} size="sm">
          {t('list.title')}
        </Anchor>
        <Text size="sm" aria-current="page" lineClamp={1}>
          {title}
        </Text>
      </Breadcrumbs>
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        {title}
      </Title>
      {subtitle && (
        <Text c="dimmed" size="sm">
          {subtitle}
        </Text>
      )}
    </Stack>
  );
}
