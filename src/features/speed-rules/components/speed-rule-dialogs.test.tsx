import { describe, expect, it } from 'vitest';
import { writeDraft } from '@/lib/drafts/draft-storage';
import {
  TestProviders,
  createTestQueryClient,
  render,
  renderWithProviders,
  screen,
  userEvent,
  waitFor,
  within,
} from '@/testing/test-utils';
import { emptySpeedRuleFormValues } from '../model/form-values';
import { DeleteSpeedRuleModal } from './delete-speed-rule-modal';
import { NEW_SPEED_RULE_DRAFT_KEY } from '../model/draft-keys';
import { NewSpeedRulePage } from './new-speed-rule-page';

/**
 * The dialogs as they close: Mantine's transitions are on here (tests have them off unless asked),
 * so a closing dialog stays on screen while it fades out. No server answers.
 */

const rule = { speed_id: '954637368599307266', name: 'Night shift pace' };

describe('DeleteSpeedRuleModal', { timeout: 20_000 }, () => {
  it('still names the rule while it fades out', async () => {
    const queryClient = createTestQueryClient();
    const tree = (current: typeof rule | null) => (
      <TestProviders queryClient={queryClient} transitions>
        <DeleteSpeedRuleModal rule={current} onClose={() => undefined} />
      </TestProviders>
    );
    const { rerender } = render(tree(rule));
    const dialog = await screen.findByRole('dialog', { name: 'Delete speed rule' });
    expect(dialog).toHaveTextContent('“Night shift pace”');

    rerender(tree(null));

    expect(dialog).toBeInTheDocument();
    expect(dialog).toHaveTextContent('“Night shift pace”');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
  });

  it('shows no earlier failure when it opens for another rule', async () => {
    const queryClient = createTestQueryClient();
    const user = userEvent.setup();
    let current: typeof rule | null = rule;
    const tree = () => (
      <TestProviders queryClient={queryClient} transitions>
        <DeleteSpeedRuleModal
          rule={current}
          onClose={() => {
            current = null;
          }}
        />
      </TestProviders>
    );
    const { rerender } = render(tree());

    await user.click(await screen.findByRole('button', { name: 'Delete rule' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The rule was not deleted');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    rerender(tree());
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    current = { speed_id: '1', name: 'Day pace' };
    rerender(tree());
    const dialog = await screen.findByRole('dialog', { name: 'Delete speed rule' });
    expect(dialog).toHaveTextContent('“Day pace”');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('The review before saving', { timeout: 20_000 }, () => {
  it('keeps showing the request while it fades out', async () => {
    const draft = emptySpeedRuleFormValues();
    draft.setting.name = 'Night shift pace';
    draft.setting.score = 4;
    draft.setting.min = 100;
    draft.setting.max = 160;
    writeDraft(NEW_SPEED_RULE_DRAFT_KEY, draft);
    const { user } = renderWithProviders(<NewSpeedRulePage />, { transitions: true });

    await user.click(await screen.findByRole('button', { name: 'Review and save' }));
    const review = await screen.findByRole('dialog', { name: 'Review the new rule' });
    await user.click(within(review).getByRole('button', { name: 'Back to editing' }));

    expect(review).toBeInTheDocument();
    expect(
      within(review).getByLabelText('addSpeedRule request body', { selector: 'pre' }),
    ).toHaveTextContent('Night shift pace');
    await waitFor(() => expect(review).not.toBeInTheDocument());
  });
});
