import { useLayoutEffect, useState } from 'react';

/**
 * Whether an element is narrower than `width` px. It is measured before the first paint (a layout
 * effect), so a page never shows one layout and then the other, and again whenever it resizes.
 * A list picks a table or cards by the room it has, not by the window: beside the navbar a
 * 1366 px laptop leaves about 1050 px. Undefined until an element is attached, and while it has
 * no width (not laid out, as under jsdom): the caller then keeps its own guess.
 *
 * Returns a callback ref, so an element that mounts later (after a loading state) is measured too.
 */
export function useNarrowerThan<T extends HTMLElement>(
  width: number,
): [(element: T | null) => void, boolean | undefined] {
  const [element, setElement] = useState<T | null>(null);
  const [narrower, setNarrower] = useState<boolean>();
  useLayoutEffect(() => {
    if (!element) return undefined;
    const measure = () => {
      const box = element.clientWidth;
      setNarrower(box === 0 ? undefined : box < width);
    };
    measure();
    // Height changes report too; the same answer re-renders nothing.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, width]);
  return [setElement, narrower];
}
