import { useCallback, useState } from 'react';
import { PHONE_LAYOUT_QUERY } from '@/config/layout';

/**
 * Whether an element is narrower than `width` px. It is measured when React attaches it (in the
 * commit, before the browser paints, so a page never shows one layout and then the other) and
 * again whenever it resizes. A list picks a table or cards by the room it has, not by the window:
 * beside the navbar a 1366 px laptop leaves about 1050 px (decision 069).
 *
 * Until then, and while the element has no width (jsdom lays nothing out), a phone-sized window
 * is the guess, read once: it only matters until the first measurement. The returned callback
 * ref also measures an element that mounts later (after a loading or empty state).
 */
export function useNarrowerThan<T extends HTMLElement>(
  width: number,
): [(element: T | null) => (() => void) | undefined, boolean] {
  const [guess] = useState(() => window.matchMedia(PHONE_LAYOUT_QUERY).matches);
  const [measured, setMeasured] = useState<boolean>();
  const ref = useCallback(
    (element: T | null) => {
      if (element === null) return undefined; // not called so by React 19 when a cleanup is returned
      const measure = () => {
        const box = element.clientWidth;
        setMeasured(box === 0 ? undefined : box < width);
      };
      measure();
      // Height changes report too; the same answer re-renders nothing.
      const observer = new ResizeObserver(measure);
      observer.observe(element);
      return () => observer.disconnect();
    },
    [width],
  );
  return [ref, measured ?? guess];
}
