import {
  Anchor,
  Box,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { paths } from '@/config/paths';
import type { SpeedRuleSummary } from '@/lib/contract';
import { useTranslation } from '@/lib/i18n';
import { Link } from '@/lib/router';

export interface SpeedRulesTableProps {
  /** undefined while the first page loads. */
  rules: SpeedRuleSummary[] | undefined;
  loading: boolean;
  keyword: string;
  onDelete: (rule: SpeedRuleSummary) => void;
  onClearSearch: () => void;
}

const SKELETON_ROWS = 4;
const COLUMN_COUNT = 5;

export function SpeedRulesTable({
  rules,
  loading,
  keyword,
  onDelete,
  onClearSearch,
}: SpeedRulesTableProps) {
  const { t } = useTranslation('speedRules');

  if (!loading && rules?.length === 0) {
    return (
      <Paper withBorder p="xl" radius="md">
        <Stack align="center" gap="sm">
          <Text fw={600}>{keyword ? t('list.noMatchTitle') : t('list.emptyTitle')}</Text>
          <Text c="dimmed" size="sm" ta="center">
            {keyword ? t('list.noMatch', { keyword }) : t('list.empty')}
          </Text>
          {keyword ? (
            <Button variant="default" onClick={onClearSearch}>
              {t('list.clearSearch')}
            </Button>
          ) : (
            <Button component={Link} to={paths.speedRules.new}>
              {t('list.newRule')}
            </Button>
          )}
        </Stack>
      </Paper>
    );
  }

  return (
    <>
      <Box visibleFrom="sm">
        <RulesAsTable rules={rules} loading={loading} onDelete={onDelete} />
      </Box>
      <Box hiddenFrom="sm">
        <RulesAsCards rules={rules} loading={loading} onDelete={onDelete} />
      </Box>
      {loading && <VisuallyHidden role="status">{t('list.loading')}</VisuallyHidden>}
    </>
  );
}

type RulesViewProps = Pick<SpeedRulesTableProps, 'rules' | 'loading' | 'onDelete'>;

function RulesAsTable({ rules, loading, onDelete }: RulesViewProps) {
  const { t } = useTranslation('speedRules');
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-busy={loading}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('field.name')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('field.score')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('field.minShort')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('field.maxShort')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('list.actions')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading || !rules
            ? Array.from({ length: SKELETON_ROWS }, (_, row) => (
                <Table.Tr key={row}>
                  {Array.from({ length: COLUMN_COUNT }, (_unused, cell) => (
                    <Table.Td key={cell}>
                      <Skeleton height={16} radius="sm" aria-hidden />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))
            : rules.map((rule) => (
                <Table.Tr key={rule.speed_id}>
                  <Table.Td>
                    <Anchor component={Link} to={paths.speedRules.edit(rule.speed_id)} fw={500}>
                      {rule.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">{rule.score}</Table.Td>
                  <Table.Td ta="right">{rule.min}</Table.Td>
                  <Table.Td ta="right">{rule.max}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <RuleActions rule={rule} size="compact-sm" onDelete={onDelete} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** On a phone, a card per rule: every column and both actions fit without scrolling sideways. */
function RulesAsCards({ rules, loading, onDelete }: RulesViewProps) {
  const { t } = useTranslation('speedRules');
  if (loading || !rules) {
    return (
      <Stack gap="sm" aria-busy>
        {Array.from({ length: SKELETON_ROWS }, (_, i) => (
          <Skeleton key={i} height={96} radius="md" />
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {rules.map((rule) => (
        <Paper key={rule.speed_id} component="li" withBorder p="md" radius="md">
          <Stack gap="xs">
            <Anchor component={Link} to={paths.speedRules.edit(rule.speed_id)} fw={600}>
              {rule.name}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t('list.cardSummary', { score: rule.score, min: rule.min, max: rule.max })}
            </Text>
            <Group gap="xs">
              <RuleActions rule={rule} size="xs" onDelete={onDelete} />
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** Edit and delete for one rule, the same in the table and on the cards. */
function RuleActions({
  rule,
  size,
  onDelete,
}: {
  rule: SpeedRuleSummary;
  size: 'compact-sm' | 'xs';
  onDelete: RulesViewProps['onDelete'];
}) {
  const { t } = useTranslation('speedRules');
  return (
    <>
      <Button
        component={Link}
        to={paths.speedRules.edit(rule.speed_id)}
        size={size}
        variant="light"
        aria-label={t('list.editRule', { name: rule.name })}
      >
        {t('action.edit')}
      </Button>
      <Button
        size={size}
        variant="subtle"
        color="red"
        onClick={() => onDelete(rule)}
        aria-label={t('list.deleteRule', { name: rule.name })}
      >
        {t('action.delete')}
      </Button>
    </>
  );
}
