import { Alert, Button, Code, Group, Stack, Text } from '@mantine/core';
import { BusinessError, HttpError, NetworkError } from '@/lib/api-errors';
import { useTranslation } from '@/lib/i18n';

export interface ApiErrorAlertProps {
  error: unknown;
  title: string;
  children?: React.ReactNode;
  /** When set, a "Try again" button that calls it. */
  onRetry?: () => void;
}

/** A failed call, told plainly: the upstream's resultCode and resultDesc when there are some. */
export function ApiErrorAlert({ error, title, children, onRetry }: ApiErrorAlertProps) {
  const { t } = useTranslation('speedRules');
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      <Stack gap={6}>
        <ErrorDetail error={error} />
        {children}
        {onRetry && (
          <Group>
            <Button size="xs" variant="white" color="red" onClick={onRetry}>
              {t('action.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

function ErrorDetail({ error }: { error: unknown }) {
  const { t } = useTranslation('speedRules');
  if (error instanceof BusinessError || error instanceof HttpError) {
    return (
      <>
        {error instanceof HttpError && (
          <Text size="sm">{t('error.httpStatus', { status: error.status })}</Text>
        )}
        {error.resultCode !== undefined && (
          <Text size="sm">
            {t('error.resultCode')} <Code>{error.resultCode}</Code>
          </Text>
        )}
        <Text size="sm">
          {t('error.resultDesc')} {error.resultDesc || t('error.noDescription')}
        </Text>
      </>
    );
  }
  if (error instanceof NetworkError) {
    return <Text size="sm">{t('error.network', { reason: error.reason })}</Text>;
  }
  return <Text size="sm">{error instanceof Error ? error.message : String(error)}</Text>;
}
