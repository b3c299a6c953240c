import { Button, Group, Loader, Pagination, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { paths } from '@/config/paths';
import type { SpeedRuleSummary } from '@/lib/contract';
import { useTranslation } from '@/lib/i18n';
import { Link, useSearchParams } from '@/lib/router';
import { useSpeedRules } from '../api/query-speed-rules';
import { ApiErrorAlert } from './api-error-alert';
import { DeleteSpeedRuleModal } from './delete-speed-rule-modal';
import { SpeedRulesTable } from './speed-rules-table';

const SPEED_RULES_PAGE_SIZE = 10;
const SEARCH_DELAY_MS = 300;

/** Page and search live in the address, so a reload or a shared link shows the same page. */
function useListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number.parseInt(searchParams.get('page') ?? '1', 10) || 1);
  const keyword = searchParams.get('q') ?? '';
  const update = (next: { page?: number; keyword?: string }) => {
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        const nextKeyword = next.keyword ?? keyword;
        const nextPage = next.page ?? page;
        if (nextKeyword) params.set('q', nextKeyword);
        else params.delete('q');
        if (nextPage > 1) params.set('page', String(nextPage));
        else params.delete('page');
        return params;
      },
      { replace: true },
    );
  };
  return { page, keyword, update };
}

export function SpeedRulesListPage() {
  const { t } = useTranslation('speedRules');
  const { page, keyword, update } = useListParams();
  const [search, setSearch] = useState(keyword);
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  // The address can change on its own (a link to /speed-rules, back, forward): the box then shows
  // its keyword. When the address only caught up with this box's own search, what was typed
  // since (e.g. a space before the next word) stays.
  const [shownKeyword, setShownKeyword] = useState(keyword);
  if (keyword !== shownKeyword) {
    setShownKeyword(keyword);
    if (keyword !== debouncedSearch) setSearch(keyword);
  }
  const [ruleToDelete, setRuleToDelete] = useState<SpeedRuleSummary | null>(null);

  useEffect(() => {
    if (debouncedSearch !== keyword) update({ keyword: debouncedSearch, page: 1 });
    // Only a new debounced search moves the address; page changes must not re-run this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch]);

  const query = useSpeedRules({
    page,
    limit: SPEED_RULES_PAGE_SIZE,
    ...(keyword ? { keyword } : {}),
  });
  const total = query.data?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / SPEED_RULES_PAGE_SIZE));

  useEffect(() => {
    // After a delete empties the last page, show the page that still has rules.
    if (query.data && !query.isPlaceholderData && page > pageCount) update({ page: pageCount });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query.data, query.isPlaceholderData, page, pageCount]);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Title order={1}>{t('list.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('list.description')}
          </Text>
        </Stack>
        <Button component={Link} to={paths.speedRules.new}>
          {t('list.newRule')}
        </Button>
      </Group>

      <Group gap="sm" align="center" wrap="nowrap">
        <TextInput
          type="search"
          label={t('list.searchLabel')}
          placeholder={t('list.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maxLength={64}
          w={{ base: '100%', sm: 360 }}
        />
        <Loader
          size="sm"
          mt="lg"
          aria-label={t('list.updating')}
          style={{ visibility: query.isFetching && !query.isPending ? 'visible' : 'hidden' }}
        />
      </Group>

      {query.isError && (
        <ApiErrorAlert
          error={query.error}
          title={t('list.loadFailed')}
          onRetry={() => void query.refetch()}
        />
      )}

      {!query.isError && (
        <SpeedRulesTable
          rules={query.data?.rules}
          loading={query.isPending}
          keyword={keyword}
          onDelete={setRuleToDelete}
          onClearSearch={() => setSearch('')}
        />
      )}

      {query.data && total > 0 && (
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dimmed">
            {t('list.total', { count: total })}
          </Text>
          {pageCount > 1 && (
            <Pagination
              total={pageCount}
              value={Math.min(page, pageCount)}
              onChange={(next) => update({ page: next })}
              getControlProps={(control) => ({
                'aria-label': t(`list.pagination.${control}`),
              })}
              getItemProps={(item) => ({ 'aria-label': t('list.pagination.page', { page: item }) })}
            />
          )}
        </Group>
      )}

      <DeleteSpeedRuleModal rule={ruleToDelete} onClose={() => setRuleToDelete(null)} />
    </Stack>
  );
}
