import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { readDraft, removeDraft, writeDraft } from './draft-storage';

export interface PersistedDraftOptions<T extends FieldValues> {
  /** Storage key, e.g. "plan-wizard" or "speed-rule.<id>". */
  key: string;
  form: UseFormReturn<T>;
  /** Checks what was stored; return undefined to ignore a draft that no longer fits the form. */
  parse: (raw: unknown) => T | undefined;
  /** Wait until the form holds its real starting values (e.g. the loaded rule). */
  enabled?: boolean;
  delayMs?: number;
}

export interface PersistedDraft {
  /**
   * False until the stored draft, if any, is in the form. Mount what reads the values only once
   * (a review computed on its first render) after it, or it sees the defaults.
   */
  ready: boolean;
  /** When the restored draft was saved; null when nothing was restored. */
  restoredAt: Date | null;
  /** Drop the draft and go back to the form's default values. */
  discard: () => void;
  /** Drop the draft, keeping what is on screen (after a successful send). */
  clear: () => void;
}

/**
 * Autosaves a react-hook-form's values (debounced) and restores them once after a reload, so
 * nothing typed is lost to a reload, a crash or a failed send.
 */
export function usePersistedDraft<T extends FieldValues>({
  key,
  form,
  parse,
  enabled = true,
  delayMs = 400,
}: PersistedDraftOptions<T>): PersistedDraft {
  // What the restore found for a key: the draft's time, or null when there was none.
  const [restore, setRestore] = useState<{ key: string; savedAt: Date | null } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef(false);
  const restoredKey = useRef<string | undefined>(undefined);

  // A passive effect, so every react-hook-form watcher (they subscribe in layout effects, the
  // form's own component included) is listening when the reset comes.
  useEffect(() => {
    if (!enabled || restoredKey.current === key) return;
    restoredKey.current = key;
    const draft = readDraft(key, parse);
    // Keep the form's own defaults, so "dirty" still means "differs from what was loaded".
    if (draft) form.reset(draft.values, { keepDefaultValues: true });
    // The draft comes from localStorage, an external system, read once per key: telling the
    // page what was restored is exactly what an effect is for.
    setRestore({ key, savedAt: draft ? new Date(draft.savedAt) : null });
  }, [enabled, key, form, parse]);

  useEffect(() => {
    if (!enabled) return undefined;
    const save = () => {
      pending.current = false;
      writeDraft(key, form.getValues());
    };
    const subscription = form.watch(() => {
      pending.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(save, delayMs);
    });
    // A reload or an in-app navigation right after a keystroke must not lose it: save what is
    // pending as the page or the form goes (nothing is, after clear or discard).
    const flush = () => {
      clearTimeout(timer.current);
      if (pending.current) save();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [enabled, key, form, delayMs]);

  const clear = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = false;
    removeDraft(key);
    setRestore((current) => current && { ...current, savedAt: null });
  }, [key]);

  const discard = useCallback(() => {
    // Reset first: the reset is a change the autosave would otherwise write back as a draft.
    form.reset();
    clear();
  }, [clear, form]);

  const ready = enabled && restore?.key === key;
  return { ready, restoredAt: ready ? restore.savedAt : null, discard, clear };
}
