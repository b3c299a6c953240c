import { Button, Code, Stack, Text, Title } from '@mantine/core';
import { paths } from '@/config/paths';
import { Trans, useTranslation } from '@/lib/i18n';
import { Link, useLocation } from '@/lib/router';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Stack align="flex-start" gap="md" maw={560} py="xl">
      <Text c="dimmed" fw={700} size="sm">
        404
      </Text>
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>
        <Trans
          i18nKey="notFound.body"
          values={{ path: pathname }}
          components={{ path: <Code /> }}
        />
      </Text>
      <Button component={Link} to={paths.plans.list}>
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}
