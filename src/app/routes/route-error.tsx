import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { paths } from '@/config/paths';
import { useTranslation } from '@/lib/i18n';
import { Link, useRouteError } from '@/lib/router';

/** A lazy chunk that no longer exists: the app was redeployed while this tab was open. */
const isStaleChunkError = (error: unknown) =>
  error instanceof Error &&
  /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
    error.message,
  );

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Shown instead of a page that threw while loading or rendering: a message and a way out,
 * never a blank screen. Inside the shell when a page fails, on its own when the shell fails.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();

  return (
    <Stack gap="md" maw={640} py="xl" px="md" mx="auto" data-testid="route-error">
      <Title order={1}>{t('error.title')}</Title>
      <Text>{t('error.body')}</Text>
      {isStaleChunkError(error) ? (
        <Alert color="yellow" variant="light">
          {t('error.newVersion')}
        </Alert>
      ) : null}
      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('error.details')}
        </Text>
        <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {describe(error)}
        </Code>
      </div>
      <Group>
        <Button onClick={() => window.location.reload()}>{t('error.reload')}</Button>
        <Button variant="default" component={Link} to={paths.plans.list} reloadDocument>
          {t('error.home')}
        </Button>
      </Group>
    </Stack>
  );
}
