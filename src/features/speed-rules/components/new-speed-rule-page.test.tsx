import { describe, expect, it } from 'vitest';
import { serializeRequest } from '@/lib/api-client';
import { setLanguage } from '@/lib/i18n';
import { act, renderWithProviders, screen, waitFor, within } from '@/testing/test-utils';
import { emptySpeedRuleFormValues } from '../model/form-values';
import { writeDraft, draftStorageKey } from '@/lib/drafts/draft-storage';
import { NEW_SPEED_RULE_DRAFT_KEY } from '../model/draft-keys';
import { NewSpeedRulePage } from './new-speed-rule-page';

/** The form without a server: nothing here sends (saving is covered end to end). */

const field = (label: string) => screen.getByRole('textbox', { name: new RegExp(`^${label}`) });

// Typing through user-event in jsdom is slow on a busy machine: allow for it.
describe('NewSpeedRulePage', { timeout: 20_000 }, () => {
  it('shows the exact addSpeedRule body before anything is sent', async () => {
    const { user } = renderWithProviders(<NewSpeedRulePage />);

    await user.type(field('Rule name'), 'Night shift pace');
    await user.type(field('Points deducted'), '4');
    await user.type(field('Minimum speed'), '100');
    await user.type(field('Maximum speed'), '160');
    await user.type(field('Start checking at'), '0:30');
    await user.click(screen.getByRole('button', { name: 'Review and save' }));

    const review = await screen.findByRole('dialog', { name: 'Review the new rule' });
    const code = within(review).getByLabelText('addSpeedRule request body', { selector: 'pre' });
    expect(code.textContent).toBe(
      serializeRequest('addSpeedRule', {
        setting: {
          name: 'Night shift pace',
          score: 4,
          min: 100,
          max: 160,
          other: { call_from: 30_000, call_end: null },
        },
        exception: { under: { customer: [] }, over: { customer: [] } },
      }),
    );
    expect(within(review).getByRole('button', { name: 'Create rule' })).toBeEnabled();
  });

  it('checks the contract while typing and opens no review while something is wrong', async () => {
    const { user } = renderWithProviders(<NewSpeedRulePage />);

    await user.type(field('Minimum speed'), '150');
    await user.type(field('Maximum speed'), '120');
    await waitFor(() =>
      expect(field('Maximum speed')).toHaveAccessibleDescription(
        /The maximum must be at least the minimum/,
      ),
    );
    await user.type(field('Stop checking at'), 'soon');
    await waitFor(() =>
      expect(field('Stop checking at')).toHaveAccessibleDescription(/Enter a time as mm:ss/),
    );
    await user.type(field('Points deducted'), '101');
    await waitFor(() =>
      expect(field('Points deducted')).toHaveAccessibleDescription(/Must be at most 100/),
    );

    await user.click(screen.getByRole('button', { name: 'Review and save' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(field('Rule name')).toHaveAccessibleDescription(/Required/));
    expect(field('Rule name')).toHaveFocus();
  });

  it('restores what was typed before a reload', async () => {
    const draft = emptySpeedRuleFormValues();
    draft.setting.name = 'Half-typed rule';
    draft.setting.min = 95;
    draft.exception.over.customer = [{ sentence_id: '11093', sentence_name: 'Please hurry up' }];
    writeDraft(NEW_SPEED_RULE_DRAFT_KEY, draft);

    renderWithProviders(<NewSpeedRulePage />);

    expect(await screen.findByText('Unsaved changes restored')).toBeInTheDocument();
    expect(field('Rule name')).toHaveValue('Half-typed rule');
    expect(field('Minimum speed')).toHaveValue('95');
    const tooFast = screen.getByRole('region', { name: 'When the agent is too fast' });
    expect(within(tooFast).getByText('Please hurry up')).toBeInTheDocument();
  });

  it('"Discard changes" empties the form and leaves no draft behind', async () => {
    const { user } = renderWithProviders(<NewSpeedRulePage />);
    const draftKey = draftStorageKey(NEW_SPEED_RULE_DRAFT_KEY);

    await user.type(field('Rule name'), 'Never mind');
    await waitFor(() => expect(localStorage.getItem(draftKey)).toContain('Never mind'), {
      timeout: 3000,
    });
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));

    expect(field('Rule name')).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Discard changes' })).toBeDisabled();
    // Longer than the autosave's delay: the reset itself must not be saved as a draft.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(localStorage.getItem(draftKey)).toBeNull();
  });

  it('adds a typed sentence id, and refuses one that is not an id', async () => {
    const { user } = renderWithProviders(<NewSpeedRulePage />);
    const tooSlow = screen.getByRole('region', { name: 'When the agent is too slow' });
    const idField = within(tooSlow).getByRole('textbox', { name: 'Or add a sentence by its id' });

    await user.type(idField, 'abc{Enter}');
    await waitFor(() =>
      expect(idField).toHaveAccessibleDescription(/Enter an id of 1 to 20 digits/),
    );
    await user.clear(idField);
    await user.type(idField, '98765432109876543210{Enter}');
    expect(within(tooSlow).getByText('98765432109876543210')).toBeInTheDocument();
    await user.type(idField, '98765432109876543210{Enter}');
    await waitFor(() => expect(idField).toHaveAccessibleDescription(/already in the list/));
  });

  it('words the errors already shown again when the language changes', async () => {
    const { user } = renderWithProviders(<NewSpeedRulePage />);
    const tooSlow = screen.getByRole('region', { name: 'When the agent is too slow' });
    const idField = within(tooSlow).getByRole('textbox', { name: 'Or add a sentence by its id' });

    await user.type(field('Minimum speed'), '150');
    await user.type(field('Maximum speed'), '120');
    await user.type(idField, 'abc{Enter}');
    await waitFor(() =>
      expect(field('Maximum speed')).toHaveAccessibleDescription(
        /The maximum must be at least the minimum/,
      ),
    );
    expect(idField).toHaveAccessibleDescription(/Enter an id of 1 to 20 digits/);

    act(() => setLanguage('zh'));

    await waitFor(() =>
      expect(field('最高语速')).toHaveAccessibleDescription(/最大语速不能小于最小语速/),
    );
    expect(idField).toHaveAccessibleName('或按 ID 添加语句');
    expect(idField).toHaveAccessibleDescription(/请输入 1 到 20 位数字的 ID/);
  });

  it('speaks Simplified Chinese', async () => {
    const { user } = renderWithProviders(<NewSpeedRulePage />);
    act(() => setLanguage('zh'));

    expect(await screen.findByRole('heading', { name: '新建语速规则' })).toBeInTheDocument();
    await user.type(field('最低语速'), '300');
    await waitFor(() => expect(field('最低语速')).toHaveAccessibleDescription(/220/));
    expect(screen.getByRole('button', { name: '检查并保存' })).toBeInTheDocument();
  });
});
