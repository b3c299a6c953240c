import { SpeedRulesListPage } from '@/features/speed-rules/components/speed-rules-list-page';

export function Component() {
  return <SpeedRulesListPage />;
}
