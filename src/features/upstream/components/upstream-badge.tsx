import { Badge, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from '@/lib/i18n';
import { useUpstreamStatus } from './use-upstream-status';

/** Compact "where do calls go" marker for the header; the base URL shows on wide screens. */
export function UpstreamBadge() {
  const { t } = useTranslation();
  const status = useUpstreamStatus();

  return (
    <Group gap="xs" wrap="nowrap" miw={0} title={status.detail}>
      <Badge
        variant="dot"
        color={status.color}
        size="lg"
        radius="sm"
        tt="none"
        data-testid="upstream-badge"
        data-mode={status.state}
        style={{ flexShrink: 0 }}
      >
        <VisuallyHidden>{t('upstream.prefix')} </VisuallyHidden>
        {status.label}
      </Badge>
      {status.state === 'upstream' && status.baseUrl ? (
        <Text size="xs" c="dimmed" truncate="end" visibleFrom="md" maw={260} ff="monospace">
          {status.baseUrl}
        </Text>
      ) : null}
    </Group>
  );
}
