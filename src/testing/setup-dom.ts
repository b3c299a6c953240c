import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { SUPPORTED_LANGUAGES, loadLanguage, setLanguage } from '@/lib/i18n';

// The app loads one language's strings per visit; tests switch freely, so both are loaded here.
await Promise.all(SUPPORTED_LANGUAGES.map(loadLanguage));

/**
 * What jsdom lacks and Mantine (or the router) touches. Plain functions, not vi.fn(): the
 * console-error setup restores mocks after every test and these must survive that.
 */

// Mantine's getComputedStyle calls pass a pseudo-element jsdom does not implement (it would log).
const { getComputedStyle } = window;
window.getComputedStyle = (element: Element) => getComputedStyle(element);

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  configurable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub implements ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;

class IntersectionObserverStub {
  readonly root = null;
  readonly rootMargin = '0px';
  readonly scrollMargin = '0px';
  readonly thresholds = [0];
  observe() {}
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
}
// Cast: lib.dom's interface grows with every TypeScript release; the stub need not follow.
window.IntersectionObserver = IntersectionObserverStub as unknown as typeof IntersectionObserver;

// jsdom logs "Not implemented" for these; Mantine's Combobox and ScrollArea call them.
Element.prototype.scrollIntoView = () => {};
Element.prototype.scrollTo = () => {};
window.scrollTo = () => {};

// Blob downloads (JSON preview) create object URLs.
URL.createObjectURL ??= () => 'blob:test';
URL.revokeObjectURL ??= () => {};

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
  // The language is module state: every test starts in English whatever the last one chose.
  setLanguage('en');
});
