import { PlanWizardPage } from '@/features/plans/components/wizard/plan-wizard-page';

export function Component() {
  return <PlanWizardPage />;
}
