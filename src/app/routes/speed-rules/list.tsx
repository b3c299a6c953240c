import { SpeedRulesListPage } from '@/features/speed-rules';

export function Component() {
  return <SpeedRulesListPage />;
}
