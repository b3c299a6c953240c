/** The root custom property the shell's scroll-padding-bottom reads (src/app/layout). */
const STICKY_BAR_HEIGHT_PROPERTY = '--shell-sticky-bar-height';

/**
 * A callback ref for a bar stuck to the bottom of the window. While the bar is on the page the
 * root's --shell-sticky-bar-height follows its height (it grows when a message shows in it), and
 * the shell's scroll-padding-bottom keeps what the keyboard focuses above the bar, not behind it
 * (WCAG 2.4.11). Module-level, so the ref is stable; React calls the returned cleanup on detach.
 * One such bar at a time: a second would share the one property (the wizard has the only one;
 * what else must stay in view goes into that bar).
 */
export function stickyBottomBar(bar: HTMLElement | null): (() => void) | undefined {
  if (bar === null) return undefined; // not called so by React 19 when a cleanup is returned
  const root = document.documentElement.style;
  const observer = new ResizeObserver(([entry]) => {
    const height = entry?.borderBoxSize[0]?.blockSize;
    if (height !== undefined) root.setProperty(STICKY_BAR_HEIGHT_PROPERTY, `${height}px`);
  });
  observer.observe(bar);
  return () => {
    observer.disconnect();
    root.removeProperty(STICKY_BAR_HEIGHT_PROPERTY);
  };
}
