import { Badge, Code, Group, List, Stack, Text } from '@mantine/core';
import { DataTable } from '@/components/data-table';
import { useTranslation } from '@/lib/i18n';
import type { SpeedRuleChange } from '../model/diff';
import type { PickedSentence } from '../model/form-values';
import { formatTimeOffset } from '../model/time-offset';

// Row headers (the field's name) in medium weight, as Mantine's Table.Th with fw={500} was.
const ROW_HEADER = { fontWeight: 500 } as const;

/** "field: old -> new", one row per change, sentences listed as added or removed. */
export function ChangeList({ changes }: { changes: SpeedRuleChange[] }) {
  const { t } = useTranslation('speedRules');
  if (changes.length === 0) {
    return <Text size="sm">{t('review.noChanges')}</Text>;
  }

  const show = (value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? t('review.notSet') : String(value);

  return (
    <DataTable
      minWidth={320}
      withTableBorder
      verticalSpacing="xs"
      aria-label={t('review.changesLabel')}
    >
      <thead>
        <tr>
          <th scope="col">{t('review.field')}</th>
          <th scope="col">{t('review.before')}</th>
          <th scope="col">{t('review.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => {
          if (change.kind === 'sentences') {
            return (
              <tr key={change.field}>
                <th scope="row" style={ROW_HEADER}>
                  {t(`exceptions.${change.field}.short`)}
                </th>
                <td colSpan={2}>
                  <SentenceChanges added={change.added} removed={change.removed} />
                </td>
              </tr>
            );
          }
          const [before, after] =
            change.kind === 'offset'
              ? [formatTimeOffset(change.before), formatTimeOffset(change.after)]
              : [change.before, change.after];
          return (
            <tr key={change.field}>
              <th scope="row" style={ROW_HEADER}>
                {t(`field.${change.field}`)}
              </th>
              <td>
                <Text size="sm" td="line-through" c="dimmed" component="span">
                  {show(before)}
                </Text>
              </td>
              <td>
                <Text size="sm" fw={600} component="span">
                  {show(after)}
                </Text>
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

function SentenceChanges({
  added,
  removed,
}: {
  added: PickedSentence[];
  removed: PickedSentence[];
}) {
  const { t } = useTranslation('speedRules');
  const item = (sentence: PickedSentence, sign: 'added' | 'removed') => (
    <List.Item key={`${sign}-${sentence.sentence_id}`}>
      <Group gap={6} wrap="nowrap" align="baseline">
        <Badge size="xs" variant="light" color={sign === 'added' ? 'teal' : 'red'}>
          {t(`review.${sign}`)}
        </Badge>
        <Text size="sm" component="span">
          {sentence.sentence_name || t('exceptions.unnamed')} <Code>{sentence.sentence_id}</Code>
        </Text>
      </Group>
    </List.Item>
  );
  return (
    <Stack gap={4}>
      <List listStyleType="none" spacing={4}>
        {added.map((s) => item(s, 'added'))}
        {removed.map((s) => item(s, 'removed'))}
      </List>
    </Stack>
  );
}
