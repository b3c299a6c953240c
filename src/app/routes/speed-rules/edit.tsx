import { SpeedRuleEditPage } from '@/features/speed-rules/components/speed-rule-edit-page';

export function Component() {
  return <SpeedRuleEditPage />;
}
