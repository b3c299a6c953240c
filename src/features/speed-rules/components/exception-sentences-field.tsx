import {
  ActionIcon,
  Button,
  Code,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useController, type Control } from 'react-hook-form';
import type * as z from 'zod/mini';
import { sentenceIdSchema } from '@/lib/contract';
import { useTranslation } from '@/lib/i18n';
import { translateIssue } from '@/lib/validation/translate-issue';
import type { ExceptionDirection, PickedSentence, SpeedRuleFormValues } from '../model/form-values';
import { fieldSlotClassNames } from './field-slot';
import { SentencePickerModal } from './sentence-picker-modal';

type TypedIdProblem = { issue: z.core.$ZodIssue } | 'alreadyAdded';

export interface ExceptionSentencesFieldProps {
  control: Control<SpeedRuleFormValues>;
  direction: ExceptionDirection;
}

/**
 * The customer sentences that excuse an agent for being too slow ("under") or too fast
 * ("over"). Browsed by category and name; sent as ids. An id can also be typed.
 */
export function ExceptionSentencesField({ control, direction }: ExceptionSentencesFieldProps) {
  const { t } = useTranslation('speedRules');
  const { field, fieldState } = useController({
    control,
    name: `exception.${direction}.customer`,
  });
  const picked = field.value;
  const [pickerOpen, setPickerOpen] = useState(false);
  const [typedId, setTypedId] = useState('');
  // What is wrong with the typed id, worded while rendering so it follows a language switch.
  const [typedProblem, setTypedProblem] = useState<TypedIdProblem | null>(null);
  const headingId = `exception-${direction}-heading`;

  const setPicked = (next: PickedSentence[]) => field.onChange(next);
  const remove = (id: string) => setPicked(picked.filter((s) => s.sentence_id !== id));

  const addTyped = () => {
    const id = typedId.trim();
    const issue = sentenceIdSchema.safeParse(id).error?.issues[0];
    if (issue) {
      setTypedProblem({ issue });
      return;
    }
    if (picked.some((s) => s.sentence_id === id)) {
      setTypedProblem('alreadyAdded');
      return;
    }
    setPicked([...picked, { sentence_id: id, sentence_name: null, category_id: null }]);
    setTypedId('');
    setTypedProblem(null);
  };
  const typedError =
    typedProblem === null
      ? null
      : typedProblem === 'alreadyAdded'
        ? t('exceptions.alreadyAdded')
        : translateIssue(typedProblem.issue);

  // A contract issue on one entry (only possible from an old draft) is shown for the list.
  const listError = fieldState.error
    ? (fieldState.error.message ?? firstNestedMessage(fieldState.error))
    : undefined;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5" id={headingId}>
            {t(`exceptions.${direction}.title`)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`exceptions.${direction}.description`)}
          </Text>
        </div>

        {picked.length === 0 ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t('exceptions.none')}
          </Text>
        ) : (
          <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {picked.map((sentence) => {
              const name = sentence.sentence_name || t('exceptions.unnamed');
              return (
                <Group
                  key={sentence.sentence_id}
                  component="li"
                  gap="xs"
                  wrap="nowrap"
                  justify="space-between"
                >
                  <div style={{ minWidth: 0 }}>
                    <Text size="sm" lineClamp={2}>
                      {name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('exceptions.id')} <Code>{sentence.sentence_id}</Code>
                    </Text>
                  </div>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    onClick={() => remove(sentence.sentence_id)}
                    aria-label={t('exceptions.remove', { name })}
                  >
                    <span aria-hidden>×</span>
                  </ActionIcon>
                </Group>
              );
            })}
          </Stack>
        )}
        {listError && (
          <Text size="xs" c="red" role="alert">
            {listError}
          </Text>
        )}

        <Group>
          <Button variant="light" onClick={() => setPickerOpen(true)}>
            {t('exceptions.browse')}
          </Button>
        </Group>
        <TextInput
          label={t('exceptions.typeIdLabel')}
          placeholder={t('exceptions.typeIdPlaceholder')}
          value={typedId}
          onChange={(event) => {
            setTypedId(event.currentTarget.value);
            setTypedProblem(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              // Enter adds the id here; it must not submit the whole form.
              event.preventDefault();
              addTyped();
            }
          }}
          error={typedError}
          inputMode="numeric"
          autoComplete="off"
          maw={360}
          rightSectionWidth={72}
          rightSection={
            <Button size="compact-sm" variant="default" onClick={addTyped}>
              {t('exceptions.addId')}
            </Button>
          }
          classNames={fieldSlotClassNames}
        />
      </Stack>

      <SentencePickerModal
        opened={pickerOpen}
        onClose={() => setPickerOpen(false)}
        title={t(`exceptions.${direction}.pickerTitle`)}
        picked={picked}
        onChange={setPicked}
      />
    </Paper>
  );
}

function firstNestedMessage(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  for (const value of Object.values(error)) {
    if (typeof value === 'object' && value !== null) {
      const message = (value as { message?: unknown }).message;
      if (typeof message === 'string') return message;
    }
  }
  return undefined;
}
