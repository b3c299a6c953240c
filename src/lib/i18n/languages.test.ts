import { describe, expect, it } from 'vitest';
import { htmlLangOf, intlLocaleOf } from './languages';

describe('locales of a language', () => {
  it('gives <html lang> and Intl the locale each wants', () => {
    expect(htmlLangOf('en')).toBe('en');
    expect(htmlLangOf('zh')).toBe('zh-CN');
    // English dates read day-month-year ("1 Jan 2030") for everyone.
    expect(intlLocaleOf('en')).toBe('en-GB');
    expect(intlLocaleOf('zh')).toBe('zh-CN');
  });
});
