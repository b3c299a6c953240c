import { NewSpeedRulePage } from '@/features/speed-rules/components/new-speed-rule-page';

export function Component() {
  return <NewSpeedRulePage />;
}
