import { describe, expect, it } from 'vitest';
import { createTestQueryClient, renderWithProviders, screen, within } from '@/testing/test-utils';
import { sentenceCategoriesQueryOptions } from '../api/get-sentence-categories';
import { sentencesQueryOptions } from '../api/get-sentences';
import { SentencePickerModal } from './sentence-picker-modal';

/** No server answers here: the categories are given, and loading the sentences fails. */

describe('SentencePickerModal', { timeout: 20_000 }, () => {
  it('offers to ask again when the sentences of a category could not be loaded', async () => {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(sentenceCategoriesQueryOptions().queryKey, [
      { category_id: '11', name: 'Greetings' },
    ]);
    const sentencesKey = sentencesQueryOptions({ category_id: '11', page: 1, limit: 8 }).queryKey;
    const { user } = renderWithProviders(
      <SentencePickerModal
        opened
        onClose={() => undefined}
        title="Pick sentences"
        picked={[]}
        onChange={() => undefined}
      />,
      { queryClient },
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The sentences could not be loaded');
    expect(queryClient.getQueryState(sentencesKey)?.errorUpdateCount).toBe(1);

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    await expect.poll(() => queryClient.getQueryState(sentencesKey)?.errorUpdateCount).toBe(2);
  });
});
