/** A saved form draft: the values and when they were saved. localStorage, so it survives reloads. */
export interface StoredDraft<T> {
  savedAt: number;
  values: T;
}

const PREFIX = 'ccsqm.draft.';

/** Where a draft lives in localStorage (for tests that look at storage directly). */
export const draftStorageKey = (key: string) => PREFIX + key;

export function readDraft<T>(
  key: string,
  parse: (raw: unknown) => T | undefined,
): StoredDraft<T> | undefined {
  try {
    const text = localStorage.getItem(draftStorageKey(key));
    if (text === null) return undefined;
    const stored = JSON.parse(text) as { savedAt?: unknown; values?: unknown };
    if (typeof stored.savedAt !== 'number') return undefined;
    const values = parse(stored.values);
    return values === undefined ? undefined : { savedAt: stored.savedAt, values };
  } catch {
    // A draft we cannot read is not worth a crash: the user keeps what is on screen.
    return undefined;
  }
}

export function writeDraft<T>(key: string, values: T, savedAt = Date.now()): void {
  try {
    localStorage.setItem(draftStorageKey(key), JSON.stringify({ savedAt, values }));
  } catch {
    // Storage full or disabled (private mode): the form still works, only the autosave is lost.
  }
}

export function removeDraft(key: string): void {
  try {
    localStorage.removeItem(draftStorageKey(key));
  } catch {
    // Nothing to do: see writeDraft.
  }
}
