import { useMediaQuery } from '@mantine/hooks';
import { useLayoutEffect, useState } from 'react';
import { PHONE_LAYOUT_QUERY } from '@/config/layout';

/**
 * Whether an element is narrower than `width` px. It is measured before the first paint (a layout
 * effect), so a page never shows one layout and then the other, and again whenever it resizes.
 * A list picks a table or cards by the room it has, not by the window: beside the navbar a
 * 1366 px laptop leaves about 1050 px (decision 069).
 *
 * Until an element is attached and laid out (jsdom lays nothing out), a phone-sized window is the
 * guess, read on the first render. Returns a callback ref, so an element that mounts later (after
 * a loading or empty state) is measured too.
 */
export function useNarrowerThan<T extends HTMLElement>(
  width: number,
): [(element: T | null) => void, boolean] {
  const [element, setElement] = useState<T | null>(null);
  const [measured, setMeasured] = useState<boolean>();
  const phone = useMediaQuery(PHONE_LAYOUT_QUERY, undefined, { getInitialValueInEffect: false });
  useLayoutEffect(() => {
    if (!element) return undefined;
    const measure = () => {
      const box = element.clientWidth;
      setMeasured(box === 0 ? undefined : box < width);
    };
    measure();
    // Height changes report too; the same answer re-renders nothing.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, width]);
  return [setElement, measured ?? phone];
}
