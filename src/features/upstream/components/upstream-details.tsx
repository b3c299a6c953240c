import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from '@/lib/i18n';
import { useUpstreamStatus } from './use-upstream-status';

/** The long form of the badge, for the navigation panel: what the mode means for the user. */
export function UpstreamDetails() {
  const { t } = useTranslation();
  const status = useUpstreamStatus();

  return (
    <Stack gap={4} data-testid="upstream-details" data-mode={status.state}>
      <Text size="xs" fw={600}>
        {t('upstream.summary', { target: status.label })}
      </Text>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {status.detail}
      </Text>
      {status.state === 'error' ? (
        <Button
          size="compact-xs"
          variant="default"
          onClick={status.retry}
          loading={status.isFetching}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('upstream.retry')}
        </Button>
      ) : null}
    </Stack>
  );
}
