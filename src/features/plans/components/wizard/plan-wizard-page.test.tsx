import { beforeEach, describe, expect, it } from 'vitest';
import { writeDraft } from '@/lib/drafts/draft-storage';
import { validPlanRequest } from '@/testing/fixtures/valid-requests';
import { act, renderWithProviders, screen, within } from '@/testing/test-utils';
import { PLAN_DRAFT_KEY } from '../../model/draft';
import { fromPayload } from '../../model/from-payload';
import { PlanWizardPage } from './plan-wizard-page';

describe('PlanWizardPage', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('reloaded on the review step, reviews the restored draft, not the empty form', () => {
    writeDraft(PLAN_DRAFT_KEY, fromPayload(validPlanRequest()));

    renderWithProviders(<PlanWizardPage />, { route: '/plans/new?step=review' });

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Review and send');
    expect(screen.queryByText('The plan is not complete')).not.toBeInTheDocument();
    expect(screen.getByTestId('plan-summary')).toHaveTextContent('Plan “Weekly billing sample”');
    expect(screen.getByText(/"qiqtName": "Weekly billing sample"/)).toBeInTheDocument();
  });

  it('renders the live percentage total inside the sticky Back/Next bar', () => {
    writeDraft(PLAN_DRAFT_KEY, fromPayload(validPlanRequest()));

    renderWithProviders(<PlanWizardPage />, { route: '/plans/new?step=inspectors' });

    const bar = screen.getByTestId('wizard-bar');
    expect(within(bar).getByTestId('percent-total')).toHaveTextContent('100 of 100%');
    expect(within(bar).getByRole('status')).toHaveTextContent('The shares add up to 100%.');
    expect(within(bar).getByRole('button', { name: 'Next' })).toBeInTheDocument();
  });

  it('restores a draft without showing errors on fields nobody has touched since', async () => {
    const plan = validPlanRequest();
    const start = plan.cronStructure.qiqtStartTime;
    writeDraft(
      PLAN_DRAFT_KEY,
      fromPayload({
        ...plan,
        cronStructure: { ...plan.cronStructure, qiqtEndType: '2', qiqtEndTime: start - 86_400 },
      }),
    );

    renderWithProviders(<PlanWizardPage />, { route: '/plans/new?step=period' });

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Period');
    // Validation is asynchronous: give a check the restore might have started time to show.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByText('The end must come after the start')).not.toBeInTheDocument();
  });
});
