import { Anchor, Button, Group, Paper, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { CardList } from '@/components/card-list';
import { DataTable } from '@/components/data-table';
import { paths } from '@/config/paths';
import type { SpeedRuleSummary } from '@/lib/contract';
import { useNarrowerThan } from '@/lib/dom/use-narrower-than';
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
/** Narrower than this (px), the rules show as cards. */
const RULES_TABLE_MIN_WIDTH = 600;
const COLUMN_COUNT = 5;

export function SpeedRulesTable({
  rules,
  loading,
  keyword,
  onDelete,
  onClearSearch,
}: SpeedRulesTableProps) {
  const { t } = useTranslation('speedRules');
  const [boxRef, narrow] = useNarrowerThan<HTMLDivElement>(RULES_TABLE_MIN_WIDTH);

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

  // Cards whenever the table would not fit its box (beside the navbar on a small tablet too).
  const Rules = narrow ? RulesAsCards : RulesAsTable;
  return (
    <div ref={boxRef}>
      <Rules rules={rules} loading={loading} onDelete={onDelete} />
      {loading && <VisuallyHidden role="status">{t('list.loading')}</VisuallyHidden>}
    </div>
  );
}

type RulesViewProps = Pick<SpeedRulesTableProps, 'rules' | 'loading' | 'onDelete'>;

// Numbers and the buttons line up on the right edge of their column.
const END = { textAlign: 'right' } as const;

function RulesAsTable({ rules, loading, onDelete }: RulesViewProps) {
  const { t } = useTranslation('speedRules');
  return (
    <DataTable
      minWidth={RULES_TABLE_MIN_WIDTH}
      striped
      highlightOnHover
      verticalSpacing="sm"
      aria-label={t('list.title')}
      aria-busy={loading}
    >
      <thead>
        <tr>
          <th scope="col">{t('field.name')}</th>
          <th scope="col" style={END}>
            {t('field.score')}
          </th>
          <th scope="col" style={END}>
            {t('field.minShort')}
          </th>
          <th scope="col" style={END}>
            {t('field.maxShort')}
          </th>
          <th scope="col" style={END}>
            {t('list.actions')}
          </th>
        </tr>
      </thead>
      <tbody>
        {loading || !rules
          ? Array.from({ length: SKELETON_ROWS }, (_, row) => (
              <tr key={row}>
                {Array.from({ length: COLUMN_COUNT }, (_unused, cell) => (
                  <td key={cell}>
                    <Skeleton height={16} radius="sm" aria-hidden />
                  </td>
                ))}
              </tr>
            ))
          : rules.map((rule) => (
              <tr key={rule.speed_id}>
                <td>
                  <Anchor component={Link} to={paths.speedRules.edit(rule.speed_id)} fw={500}>
                    {rule.name}
                  </Anchor>
                </td>
                <td style={END}>{rule.score}</td>
                <td style={END}>{rule.min}</td>
                <td style={END}>{rule.max}</td>
                <td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <RuleActions rule={rule} size="compact-sm" onDelete={onDelete} />
                  </Group>
                </td>
              </tr>
            ))}
      </tbody>
    </DataTable>
  );
}

/** Where the table does not fit its box, a card per rule: every column and both actions in view. */
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
    <CardList label={t('list.title')}>
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
    </CardList>
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
