import { Alert, Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { paths } from '@/config/paths';
import { BusinessError, HttpError, NetworkError } from '@/lib/api-errors';
import { useTranslation } from '@/lib/i18n';
import { Link } from '@/lib/router';
import type { ServerFieldError } from '../../model/result-field';

export interface SendFailureProps {
  error: Error;
  /** The field the server named, when it did. */
  field?: ServerFieldError;
  onRetry: () => void;
  onGoToField: () => void;
  onDismiss: () => void;
}

/** Why the send failed, in terms the user can act on. Everything typed is still in the form. */
export function SendFailure({ error, field, onRetry, onGoToField, onDismiss }: SendFailureProps) {
  const { t } = useTranslation('plans');
  const kept = <Text size="sm">{t('send.inputKept')}</Text>;

  if (error instanceof BusinessError) {
    return (
      <Alert
        color="red"
        title={t('send.business.title')}
        withCloseButton
        onClose={onDismiss}
        closeButtonLabel={t('send.dismiss')}
        role="alert"
      >
        <Stack gap="xs">
          <Text size="sm">
            {t('send.business.code')} <Code data-testid="result-code">{error.resultCode}</Code>
          </Text>
          <Text size="sm" data-testid="result-desc">
            {error.resultDesc || t('send.business.noDescription')}
          </Text>
          {kept}
          {field && (
            <Group>
              <Button size="compact-sm" variant="light" color="red" onClick={onGoToField}>
                {t('send.business.goToField')}
              </Button>
            </Group>
          )}
        </Stack>
      </Alert>
    );
  }

  const network = error instanceof NetworkError;
  return (
    <Alert
      color="red"
      title={network ? t('send.network.title') : t('send.http.title')}
      withCloseButton
      onClose={onDismiss}
      closeButtonLabel={t('send.dismiss')}
      role="alert"
    >
      <Stack gap="xs">
        <Text size="sm">
          {network
            ? t('send.network.body')
            : error instanceof HttpError
              ? t('send.http.body', { status: error.status, description: error.resultDesc })
              : t('send.unexpected', { message: error.message })}
        </Text>
        {kept}
        <Group>
          <Button size="compact-sm" onClick={onRetry}>
            {t('send.retry')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

export interface SendSuccessProps {
  planId: string | undefined;
  onCreateAnother: () => void;
}

/** The plan exists: its id (copyable) and the ways on. */
export function SendSuccess({ planId, onCreateAnother }: SendSuccessProps) {
  const { t } = useTranslation('plans');
  return (
    <Paper withBorder p="xl" radius="md" maw={640}>
      <Stack gap="md">
        <Title order={2} tabIndex={-1} data-autofocus>
          {t('send.success.title')}
        </Title>
        <Text>{t('send.success.body')}</Text>
        {planId !== undefined ? (
          <Group gap="sm" wrap="wrap">
            <Text fw={500}>{t('send.success.id')}</Text>
            <Code fz="md" data-testid="new-plan-id">
              {planId}
            </Code>
            <CopyButton value={planId}>
              {({ copied, copy }) => (
                <Button size="compact-sm" variant="light" onClick={copy}>
                  {copied ? t('send.success.copied') : t('send.success.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        ) : (
          <Text c="dimmed">{t('send.success.noId')}</Text>
        )}
        <Group>
          <Button component={Link} to={paths.plans.list}>
            {t('send.success.toList')}
          </Button>
          <Button variant="default" onClick={onCreateAnother}>
            {t('send.success.another')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
