import { PlansListPage } from '@/features/plans/components/list/plans-list-page';

export function Component() {
  return <PlansListPage />;
}
