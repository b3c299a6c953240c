import { act, renderHook } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftStorageKey, readDraft, writeDraft } from './draft-storage';
import { usePersistedDraft } from './use-persisted-draft';

interface Values {
  name: string;
}

const parse = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && typeof (raw as Values).name === 'string'
    ? (raw as Values)
    : undefined;

function useDraftedForm() {
  const form = useForm<Values>({ defaultValues: { name: '' } });
  const draft = usePersistedDraft({ key: 'test-form', form, parse, delayMs: 100 });
  return { form, draft };
}

describe('usePersistedDraft', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves what is typed after the delay and restores it on the next mount', () => {
    const first = renderHook(useDraftedForm);
    act(() => first.result.current.form.setValue('name', 'Weekly billing'));
    act(() => vi.advanceTimersByTime(100));
    expect(readDraft('test-form', parse)?.values).toEqual({ name: 'Weekly billing' });
    first.unmount();

    const second = renderHook(useDraftedForm);
    expect(second.result.current.form.getValues('name')).toBe('Weekly billing');
    expect(second.result.current.draft.restoredAt).toBeInstanceOf(Date);
  });

  it('saves what is still waiting for the delay when the form goes away (leaving in-app)', () => {
    const first = renderHook(useDraftedForm);
    act(() => first.result.current.form.setValue('name', 'Weekly billing'));
    act(() => vi.advanceTimersByTime(50));
    expect(readDraft('test-form', parse)).toBeUndefined();
    first.unmount();
    expect(readDraft('test-form', parse)?.values).toEqual({ name: 'Weekly billing' });
  });

  it('writes nothing as the form goes away when nothing is waiting, or after clear', () => {
    const untouched = renderHook(useDraftedForm);
    untouched.unmount();
    expect(readDraft('test-form', parse)).toBeUndefined();

    const sent = renderHook(useDraftedForm);
    act(() => sent.result.current.form.setValue('name', 'Weekly billing'));
    act(() => sent.result.current.draft.clear());
    sent.unmount();
    expect(readDraft('test-form', parse)).toBeUndefined();

    writeDraft('test-form', { name: 'old draft' });
    const discarded = renderHook(useDraftedForm);
    act(() => discarded.result.current.draft.discard());
    discarded.unmount();
    expect(readDraft('test-form', parse)).toBeUndefined();
  });

  it('discard goes back to the defaults and leaves no draft behind, even after the delay', () => {
    writeDraft('test-form', { name: 'old draft' });
    const { result } = renderHook(useDraftedForm);
    expect(result.current.form.getValues('name')).toBe('old draft');

    act(() => result.current.draft.discard());
    act(() => vi.advanceTimersByTime(1000));

    expect(result.current.form.getValues('name')).toBe('');
    expect(result.current.draft.restoredAt).toBeNull();
    expect(readDraft('test-form', parse)).toBeUndefined();
  });

  it('is ready only once the stored draft is in the form, and waits while disabled', () => {
    writeDraft('test-form', { name: 'stored' });
    const seen: { ready: boolean; name: string }[] = [];
    const { result, rerender } = renderHook(
      ({ enabled }: { enabled: boolean }) => {
        const form = useForm<Values>({ defaultValues: { name: '' } });
        const draft = usePersistedDraft({ key: 'test-form', form, parse, enabled });
        seen.push({ ready: draft.ready, name: form.getValues('name') });
        return draft;
      },
      { initialProps: { enabled: false } },
    );
    expect(result.current.ready).toBe(false);

    rerender({ enabled: true });
    expect(result.current.ready).toBe(true);
    // Never ready with the defaults still in the form.
    expect(seen.filter((render) => render.ready).map((render) => render.name)).not.toContain('');
  });

  it('ignores a stored draft that no longer fits the form', () => {
    localStorage.setItem(draftStorageKey('test-form'), JSON.stringify({ savedAt: 1, values: 42 }));
    const { result } = renderHook(useDraftedForm);
    expect(result.current.form.getValues('name')).toBe('');
    expect(result.current.draft.restoredAt).toBeNull();
  });
});
