import { NewSpeedRulePage } from '@/features/speed-rules';

export function Component() {
  return <NewSpeedRulePage />;
}
