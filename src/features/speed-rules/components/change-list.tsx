import { Badge, Code, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from '@/lib/i18n';
import type { SpeedRuleChange } from '../model/diff';
import type { PickedSentence } from '../model/form-values';
import { formatTimeOffset } from '../model/time-offset';

/** "field: old -> new", one row per change, sentences listed as added or removed. */
export function ChangeList({ changes }: { changes: SpeedRuleChange[] }) {
  const { t } = useTranslation('speedRules');
  if (changes.length === 0) {
    return <Text size="sm">{t('review.noChanges')}</Text>;
  }

  const show = (value: string | number | null | undefined) =>
    value === null || value === undefined || value === '' ? t('review.notSet') : String(value);

  return (
    <Table.ScrollContainer minWidth={320}>
      <Table withTableBorder verticalSpacing="xs" aria-label={t('review.changesLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('review.field')}</Table.Th>
            <Table.Th scope="col">{t('review.before')}</Table.Th>
            <Table.Th scope="col">{t('review.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => {
            if (change.kind === 'sentences') {
              return (
                <Table.Tr key={change.field}>
                  <Table.Th scope="row" fw={500}>
                    {t(`exceptions.${change.field}.short`)}
                  </Table.Th>
                  <Table.Td colSpan={2}>
                    <SentenceChanges added={change.added} removed={change.removed} />
                  </Table.Td>
                </Table.Tr>
              );
            }
            const [before, after] =
              change.kind === 'offset'
                ? [formatTimeOffset(change.before), formatTimeOffset(change.after)]
                : [change.before, change.after];
            return (
              <Table.Tr key={change.field}>
                <Table.Th scope="row" fw={500}>
                  {t(`field.${change.field}`)}
                </Table.Th>
                <Table.Td>
                  <Text size="sm" td="line-through" c="dimmed" component="span">
                    {show(before)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600} component="span">
                    {show(after)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
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
