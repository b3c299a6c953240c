import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadLanguage } from './loading';
import { addResources, setLanguage } from './store';
import { getFixedT, t } from './translate';

// A namespace of its own, so the cases do not depend on the app's wording.
beforeAll(() => {
  addResources('en', {
    test: {
      greeting: 'Hello {{name}}',
      spaced: '{{ a }} and {{b}}',
      nested: { deep: { key: 'Deep' } },
      onlyEnglish: 'Only in English',
      runs_one: '{{count}} run',
      runs_other: '{{count}} runs',
      plain: 'Plain {{count}}',
      empty: '',
    },
    other: { word: 'Other namespace' },
  });
  addResources('zh', {
    test: {
      greeting: '你好 {{name}}',
      runs_other: '{{count}} 次',
      nested: { deep: { key: '深' } },
    },
    other: { word: '另一个' },
  });
});

beforeEach(() => setLanguage('en'));

const en = getFixedT('en', 'test');
const zh = getFixedT('zh', 'test');

describe('t', () => {
  it('fills placeholders, with or without spaces inside the braces', () => {
    expect(en('greeting', { name: 'Ada' })).toBe('Hello Ada');
    expect(en('spaced', { a: 1, b: 'two' })).toBe('1 and two');
  });

  it('does not escape (React does), and never re-reads a value as a placeholder', () => {
    expect(en('greeting', { name: '<b>&{{count}}' })).toBe('Hello <b>&{{count}}');
  });

  it('leaves a placeholder without a value visible, and shows null as nothing', () => {
    expect(en('greeting')).toBe('Hello {{name}}');
    expect(en('greeting', { name: null })).toBe('Hello ');
  });

  it('reads nested keys and keeps an empty string', () => {
    expect(en('nested.deep.key')).toBe('Deep');
    expect(en('empty')).toBe('');
  });

  it('picks English plural forms by count', () => {
    expect(en('runs', { count: 1 })).toBe('1 run');
    expect(en('runs', { count: 0 })).toBe('0 runs');
    expect(en('runs', { count: 2 })).toBe('2 runs');
    expect(en('runs', { count: 1.5 })).toBe('1.5 runs');
  });

  it('uses the one Chinese form for every count', () => {
    expect(zh('runs', { count: 1 })).toBe('1 次');
    expect(zh('runs', { count: 7 })).toBe('7 次');
  });

  it('uses the plain key when a count has no plural forms', () => {
    expect(en('plain', { count: 3 })).toBe('Plain 3');
  });

  it('reads another namespace through a prefix, and the default namespace without one', () => {
    expect(en('other:word')).toBe('Other namespace');
    expect(zh('other:word')).toBe('另一个');
    expect(getFixedT('en')('test:greeting', { name: 'x' })).toBe('Hello x');
  });

  it('falls back to English when Chinese lacks a key, plural forms included', () => {
    expect(zh('onlyEnglish')).toBe('Only in English');
    expect(zh('greeting', { name: 'Ada' })).toBe('你好 Ada');
    addResources('zh', { partial: { a_other: '{{count}} 个' } });
    addResources('en', { partial: { b_one: 'one b', b_other: '{{count}} b' } });
    expect(getFixedT('zh', 'partial')('b', { count: 1 })).toBe('one b');
  });

  it('shows a missing key as the key, without its namespace', () => {
    expect(en('no.such.key')).toBe('no.such.key');
    expect(en('other:nope')).toBe('nope');
    expect(en('nested')).toBe('nested');
    expect(getFixedT('en', 'missingNamespace')('greeting')).toBe('greeting');
  });

  it('uses defaultValue only for a key no language has, filled like any text', () => {
    expect(en('nope', { defaultValue: 'Default {{name}}', name: 'N' })).toBe('Default N');
    expect(en('greeting', { defaultValue: 'unused', name: 'N' })).toBe('Hello N');
    expect(zh('onlyEnglish', { defaultValue: 'unused' })).toBe('Only in English');
  });

  it('outside React, follows the language at the time of the call', () => {
    expect(t('test:greeting', { name: 'A' })).toBe('Hello A');
    setLanguage('zh');
    expect(t('test:greeting', { name: 'A' })).toBe('你好 A');
  });
});

describe("the app's bundles", () => {
  it('load per language as namespaces named after their files', async () => {
    await Promise.all([loadLanguage('en'), loadLanguage('zh')]);
    expect(getFixedT('en')('app.name')).toBe('CCSQM console');
    expect(getFixedT('zh')('app.name')).toBe('CCSQM 控制台');
    // speed-rules.json is the namespace "speedRules".
    expect(getFixedT('zh', 'speedRules')('action.retry')).toBe('重试');
  });
});
