import { SpeedRuleEditPage } from '@/features/speed-rules';

export function Component() {
  return <SpeedRuleEditPage />;
}
