import {
  Button,
  Checkbox,
  Group,
  Loader,
  Modal,
  Pagination,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import type { Sentence } from '@/lib/contract';
import { useTranslation } from '@/lib/i18n';
import { useSentenceCategories } from '../api/get-sentence-categories';
import { useSentences } from '../api/get-sentences';
import type { PickedSentence } from '../model/form-values';
import { ApiErrorAlert } from './api-error-alert';

export interface SentencePickerModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  picked: PickedSentence[];
  onChange: (next: PickedSentence[]) => void;
}

const SENTENCES_PAGE_SIZE = 8;
const SEARCH_DELAY_MS = 300;

/** Browse categories, then the sentences of one (paged, searchable); ticking adds or removes. */
export function SentencePickerModal({
  opened,
  onClose,
  title,
  picked,
  onChange,
}: SentencePickerModalProps) {
  const { t } = useTranslation('speedRules');
  const narrow = useMediaQuery('(max-width: 36em)');

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('action.close') }}
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      fullScreen={narrow}
    >
      {opened && <PickerBody picked={picked} onChange={onChange} />}
      <Group justify="flex-end" mt="md">
        <Button onClick={onClose}>{t('picker.done', { count: picked.length })}</Button>
      </Group>
    </Modal>
  );
}

function PickerBody({ picked, onChange }: Pick<SentencePickerModalProps, 'picked' | 'onChange'>) {
  const { t } = useTranslation('speedRules');
  const categories = useSentenceCategories();
  const [chosenCategory, setChosenCategory] = useState<string | null>(null);
  // Open where the rule's sentences are, else at the first category.
  const [pickedCategory] = useState(() => picked.find((s) => s.category_id)?.category_id);
  const known = (id: string | null | undefined) =>
    categories.data?.some((category) => category.category_id === id) ? id : undefined;
  const categoryId =
    chosenCategory ?? known(pickedCategory) ?? categories.data?.[0]?.category_id ?? null;
  const [search, setSearch] = useState('');
  const [keyword] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  // A page belongs to the list it was chosen in: another category or search shows its page 1,
  // once the search is debounced (a keystroke alone does not jump back). Coming back to the list
  // the page was chosen in (clearing the search) shows that page again.
  const listKey = `${categoryId ?? ''}\n${keyword}`;
  const [chosenPage, setChosenPage] = useState({ listKey, page: 1 });
  const page = chosenPage.listKey === listKey ? chosenPage.page : 1;
  const setPage = (next: number) => setChosenPage({ listKey, page: next });

  const pickedIds = new Set(picked.map((sentence) => sentence.sentence_id));
  const toggle = (sentence: Sentence, checked: boolean) => {
    if (checked) {
      onChange([
        ...picked,
        {
          sentence_id: sentence.sentence_id,
          sentence_name: sentence.sentence_name,
          category_id: sentence.category_id,
        },
      ]);
    } else {
      onChange(picked.filter((s) => s.sentence_id !== sentence.sentence_id));
    }
  };

  if (categories.isError) {
    return (
      <ApiErrorAlert
        error={categories.error}
        title={t('picker.categoriesFailed')}
        onRetry={() => void categories.refetch()}
      />
    );
  }

  return (
    <Stack gap="sm">
      <Select
        label={t('picker.category')}
        placeholder={categories.isPending ? t('picker.loadingCategories') : undefined}
        data={(categories.data ?? []).map((c) => ({ value: c.category_id, label: c.name }))}
        value={categoryId}
        onChange={(value) => setChosenCategory(value)}
        disabled={categories.isPending}
        allowDeselect={false}
        searchable
        nothingFoundMessage={t('picker.noCategory')}
        comboboxProps={{ withinPortal: true }}
      />
      <TextInput
        type="search"
        label={t('picker.search')}
        placeholder={t('picker.searchPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maxLength={64}
      />
      {categoryId !== null && (
        <SentenceList
          params={{
            category_id: categoryId,
            page,
            limit: SENTENCES_PAGE_SIZE,
            ...(keyword ? { keyword } : {}),
          }}
          pickedIds={pickedIds}
          onToggle={toggle}
          onPage={setPage}
          searching={keyword !== ''}
        />
      )}
    </Stack>
  );
}

interface SentenceListProps {
  params: { category_id: string; page: number; limit: number; keyword?: string };
  pickedIds: ReadonlySet<string>;
  onToggle: (sentence: Sentence, checked: boolean) => void;
  onPage: (page: number) => void;
  searching: boolean;
}

function SentenceList({ params, pickedIds, onToggle, onPage, searching }: SentenceListProps) {
  const { t } = useTranslation('speedRules');
  const sentences = useSentences(params);
  const total = sentences.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / params.limit));

  if (sentences.isError) {
    return (
      <ApiErrorAlert
        error={sentences.error}
        title={t('picker.sentencesFailed')}
        onRetry={() => void sentences.refetch()}
      />
    );
  }

  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="xs" mih={24}>
        <Text size="sm" c="dimmed" aria-live="polite">
          {sentences.data ? t('picker.count', { count: total }) : ''}
        </Text>
        {sentences.isFetching && <Loader size="xs" aria-label={t('picker.loading')} />}
      </Group>
      <Stack gap={10} mih={SENTENCES_PAGE_SIZE * 30} aria-busy={sentences.isFetching}>
        {sentences.isPending ? (
          Array.from({ length: 4 }, (_, i) => <Skeleton key={i} height={20} radius="sm" />)
        ) : sentences.data.sentences.length === 0 ? (
          <Text size="sm" c="dimmed">
            {searching ? t('picker.noMatch') : t('picker.empty')}
          </Text>
        ) : (
          sentences.data.sentences.map((sentence) => (
            <Checkbox
              key={sentence.sentence_id}
              label={sentence.sentence_name}
              description={`${t('exceptions.id')} ${sentence.sentence_id}`}
              checked={pickedIds.has(sentence.sentence_id)}
              onChange={(event) => onToggle(sentence, event.currentTarget.checked)}
            />
          ))
        )}
      </Stack>
      {pageCount > 1 && (
        <Pagination
          size="sm"
          total={pageCount}
          value={Math.min(params.page, pageCount)}
          onChange={onPage}
          getControlProps={(control) => ({ 'aria-label': t(`list.pagination.${control}`) })}
          getItemProps={(item) => ({ 'aria-label': t('list.pagination.page', { page: item }) })}
        />
      )}
    </Stack>
  );
}
