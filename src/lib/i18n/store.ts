import type { LocaleBundle } from '../../locales/to-bundle';
import { detectLanguage, htmlLangOf, type Language } from './languages';

/**
 * The one place the interface language and the loaded strings live. Module state, not React
 * state: validation messages are worded outside React (translateIssue), and every component
 * reads the same language through useTranslation.
 */

const resources: Partial<Record<Language, LocaleBundle>> = {};
const listeners = new Set<() => void>();
let language: Language = detectLanguage();

function applyToDocument(next: Language) {
  if (typeof document !== 'undefined') document.documentElement.lang = htmlLangOf(next);
}
applyToDocument(language);

export const getLanguage = (): Language => language;

/** Applies a language (and <html lang>) without saving it: saving is switchLanguage's job. */
export function setLanguage(next: Language): void {
  applyToDocument(next);
  if (next === language) return;
  language = next;
  for (const listener of listeners) listener();
}

/** Called after every language change; returns the unsubscribe function. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Adds (or replaces) namespaces of a language. No event: a language is shown only once its load
 * has settled (main.tsx awaits the first, and renders with keys if it failed; a switch loads the
 * next before changing).
 */
export function addResources(lng: Language, bundle: LocaleBundle): void {
  resources[lng] = { ...resources[lng], ...bundle };
}

/** The text at "a.b.c" in a namespace; undefined if missing or not a string. */
export function lookup(lng: Language, namespace: string, key: string): string | undefined {
  let node: unknown = resources[lng]?.[namespace];
  for (const part of key.split('.')) {
    node =
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}
