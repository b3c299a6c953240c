import { useEffect, type RefObject } from 'react';

/** Room left between a focused field and the sticky bar, in px. */
const GAP_PX = 8;

/**
 * Keeps what the keyboard focuses clear of a bar stuck to the bottom of the window: the page's
 * scroll-padding-bottom follows the bar's height (it grows when a send failure shows in it), so
 * the browser scrolls a focused field above the bar rather than behind it (WCAG 2.4.11).
 */
export function useScrollClearOf(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const follow = () =>
      root.style.setProperty('scroll-padding-bottom', `${element.offsetHeight + GAP_PX}px`);
    follow();
    const observer = new ResizeObserver(follow);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('scroll-padding-bottom');
    };
  }, [bar]);
}
