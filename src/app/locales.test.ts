import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '@/lib/i18n';
import en from '@/locales/en';
import zh from '@/locales/zh';

const resources = { en, zh };
const NAMESPACES = Object.keys(en);

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) =>
    leaves(child, prefix ? `${prefix}.${key}` : key),
  );
}

/** Every key, plural forms folded (Chinese has only "_other", English has "_one" too). */
const keysOf = (value: unknown) =>
  [...new Set(leaves(value).map(([key]) => key.replace(PLURAL_SUFFIX, '')))].sort();

describe('translations', () => {
  it('bundles the same namespaces for every language', () => {
    expect(NAMESPACES).toEqual(expect.arrayContaining(['common', 'validation']));
    for (const language of SUPPORTED_LANGUAGES) {
      expect(Object.keys(resources[language]).sort()).toEqual([...NAMESPACES].sort());
    }
  });

  it.each(NAMESPACES)('has the same keys in English and Chinese: %s', (namespace) => {
    const english = keysOf(resources.en[namespace]);
    const chinese = keysOf(resources.zh[namespace]);
    expect({ missingInChinese: english.filter((key) => !chinese.includes(key)) }).toEqual({
      missingInChinese: [],
    });
    expect({ missingInEnglish: chinese.filter((key) => !english.includes(key)) }).toEqual({
      missingInEnglish: [],
    });
  });

  it.each(NAMESPACES)('has every text in both languages: %s', (namespace) => {
    const texts = (language: (typeof SUPPORTED_LANGUAGES)[number]) =>
      new Map(leaves(resources[language][namespace]));
    const english = texts('en');
    const chinese = texts('zh');
    const notText = [...english, ...chinese]
      .filter(([, value]) => typeof value !== 'string')
      .map(([key]) => key);
    // Empty on purpose is allowed, empty in one language only is a missing translation.
    const emptyInOne = [...english.keys()].filter(
      (key) => chinese.has(key) && (english.get(key) === '') !== (chinese.get(key) === ''),
    );
    expect({ notText, emptyInOne }).toEqual({ notText: [], emptyInOne: [] });
  });
});
