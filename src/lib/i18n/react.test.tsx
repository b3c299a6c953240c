import { act, render, screen } from '@testing-library/react';
import { memo } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  LANGUAGE_STORAGE_KEY,
  Trans,
  loadInitialLanguage,
  onLanguageChange,
  setLanguage,
  switchLanguage,
  useTranslation,
  type TFunction,
} from '.';
import { detectLanguage } from './languages';
import { getLanguage } from './store';

// setup-dom.ts has loaded both languages' bundles (these tests use the app's own strings), and
// sets the language back to English after each test.

describe('useTranslation', () => {
  it('re-renders with the new language on a switch, memoised components included', () => {
    const seen: TFunction[] = [];
    const Title = memo(function Title() {
      const { t, language } = useTranslation();
      seen.push(t);
      return <h1 lang={language}>{t('app.name')}</h1>;
    });
    render(<Title />);
    expect(screen.getByRole('heading')).toHaveTextContent('CCSQM console');

    act(() => setLanguage('zh'));

    expect(screen.getByRole('heading')).toHaveTextContent('CCSQM 控制台');
    expect(screen.getByRole('heading')).toHaveAttribute('lang', 'zh');
    // A new t after a switch, so memos that depend on it recompute.
    expect(new Set(seen).size).toBe(2);
  });

  it('binds the namespace it is given', () => {
    function Retry() {
      const { t } = useTranslation('speedRules');
      return <button type="button">{t('action.retry')}</button>;
    }
    render(<Retry />);
    expect(screen.getByRole('button')).toHaveTextContent('Try again');
  });
});

describe('Trans', () => {
  const NotFound = ({ path }: { path: string }) => (
    <p data-testid="body">
      <Trans i18nKey="notFound.body" values={{ path }} components={{ path: <code /> }} />
    </p>
  );

  it('puts an element in the middle of a sentence, in each language’s word order', () => {
    render(<NotFound path="/no/such" />);
    expect(screen.getByTestId('body').innerHTML).toBe('There is no page at <code>/no/such</code>.');

    act(() => setLanguage('zh'));

    expect(screen.getByTestId('body').innerHTML).toBe('<code>/no/such</code> 没有对应的页面。');
  });

  it('renders a value as text, even one that looks like a tag', () => {
    render(<NotFound path="<path>x</path><img src=x>" />);
    const body = screen.getByTestId('body');
    expect(body.querySelectorAll('code')).toHaveLength(1);
    expect(body.querySelector('img')).toBeNull();
    expect(body).toHaveTextContent('There is no page at <path>x</path><img src=x>.');
  });
});

describe('language changes', () => {
  it('tell listeners until they unsubscribe, and only on a real change', () => {
    const listener = vi.fn();
    const unsubscribe = onLanguageChange(listener);
    setLanguage('en');
    expect(listener).not.toHaveBeenCalled();
    setLanguage('zh');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(getLanguage()).toBe('zh');
    unsubscribe();
    setLanguage('en');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('set <html lang>', () => {
    setLanguage('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
    setLanguage('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('save a user’s choice, and only that', async () => {
    setLanguage('zh');
    await loadInitialLanguage();
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();

    await act(() => switchLanguage('zh'));
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh');
    await act(() => switchLanguage('en'));
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(getLanguage()).toBe('en');
  });
});

describe('detectLanguage', () => {
  it('prefers the saved choice, then the browser’s languages, then English', () => {
    const languages = vi.spyOn(navigator, 'languages', 'get');
    const language = vi.spyOn(navigator, 'language', 'get').mockReturnValue('fr-FR');

    languages.mockReturnValue(['fr-FR', 'zh-Hans-CN', 'en-GB']);
    expect(detectLanguage()).toBe('zh');
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    expect(detectLanguage()).toBe('en');
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingon');
    expect(detectLanguage()).toBe('zh');
    languages.mockReturnValue(['fr-FR', 'de']);
    expect(detectLanguage()).toBe('en');
    language.mockReturnValue('zh-TW');
    expect(detectLanguage()).toBe('zh');
  });
});
