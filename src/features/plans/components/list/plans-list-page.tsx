import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Pagination,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { paths } from '@/config/paths';
import { useNarrowerThan } from '@/lib/dom/use-narrower-than';
import { useTranslation } from '@/lib/i18n';
import { Link, useSearchParams } from '@/lib/router';
import { usePlansList } from '../../api/query-quality-task';
import { PlanCards } from './plan-cards';
import { PLANS_TABLE_MIN_WIDTH, PlansTable } from './plans-table';
import { useFailureText } from './use-failure-text';

const PLANS_PER_PAGE = 10;

function readPage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** /plans: every plan, a page at a time, with start / pause / delete. */
export function PlansListPage() {
  const { t } = useTranslation('plans');
  const [params, setParams] = useSearchParams();
  const page = readPage(params.get('page'));
  const list = usePlansList({ page, rows: PLANS_PER_PAGE });
  // Cards whenever the table would not fit: beside the navbar that is every window under about
  // 1400 px, where the actions would sit behind a sideways scroll.
  const [pageRef, narrow] = useNarrowerThan<HTMLDivElement>(PLANS_TABLE_MIN_WIDTH);
  const failureText = useFailureText();

  const setPage = (next: number) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      updated.set('page', String(next));
      return updated;
    });

  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PLANS_PER_PAGE)) : 1;

  return (
    <Stack gap="md" ref={pageRef}>
      <Group justify="space-between" align="center">
        <Title order={1} size="h2">
          {t('list.title')}
        </Title>
        <Button component={Link} to={paths.plans.new}>
          {t('list.newPlan')}
        </Button>
      </Group>

      {list.isPending ? (
        <Center py="xl" role="status" aria-live="polite">
          <Group gap="sm">
            <Loader size="sm" />
            <Text>{t('list.loading')}</Text>
          </Group>
        </Center>
      ) : list.isError ? (
        <Alert color="red" title={t('list.error.title')} role="alert">
          <Text size="sm" mb="sm">
            {failureText(list.error)}
          </Text>
          <Button size="compact-sm" onClick={() => void list.refetch()} loading={list.isFetching}>
            {t('list.retry')}
          </Button>
        </Alert>
      ) : list.data.plans.length === 0 && page === 1 ? (
        <Paper withBorder p="xl" radius="md">
          <Stack align="center" gap="sm">
            <Title order={2} size="h4">
              {t('list.empty.title')}
            </Title>
            <Text c="dimmed" ta="center">
              {t('list.empty.body')}
            </Text>
            <Button component={Link} to={paths.plans.new}>
              {t('list.newPlan')}
            </Button>
          </Stack>
        </Paper>
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('list.total', { count: list.data.total })}
          </Text>
          {narrow ? <PlanCards plans={list.data.plans} /> : <PlansTable plans={list.data.plans} />}
          {list.data.plans.length === 0 && <Text c="dimmed">{t('list.pageEmpty')}</Text>}
          {pages > 1 && (
            <Pagination
              total={pages}
              value={page}
              onChange={setPage}
              getItemProps={(n) => ({ 'aria-label': t('list.pageLabel', { n }) })}
              aria-label={t('list.pagination')}
            />
          )}
        </>
      )}
    </Stack>
  );
}
