import {
  useEffect,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type CSSProperties,
  type RefObject,
} from 'react';
import classes from './data-table.module.css';

export interface DataTableProps extends Omit<ComponentPropsWithoutRef<'table'>, 'aria-label'> {
  /** The table's accessible name; the scroll box takes it too when it has to scroll. */
  'aria-label': string;
  /** Narrower than this (px), the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  striped?: boolean;
  highlightOnHover?: boolean;
  withTableBorder?: boolean;
  /** Cell padding above and below; Mantine's Table default (7px) when not set. */
  verticalSpacing?: 'xs' | 'sm';
}

/**
 * A `<table>` that looks like Mantine's Table, in a native `overflow-x: auto` box. Children are
 * plain `thead`/`tbody`/`tr`/`th`/`td`. Mantine's Table is not used because it always imports
 * ScrollArea (for `Table.ScrollContainer`), and with it @floating-ui, into the first load.
 */
export function DataTable({
  minWidth,
  striped = false,
  highlightOnHover = false,
  withTableBorder = false,
  verticalSpacing,
  className,
  style,
  children,
  ...tableProps
}: DataTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(scroller);
  const tableStyle = { ...style, '--data-table-min-width': `${minWidth}px` } as CSSProperties;

  return (
    // Only a box that scrolls is a tab stop: the keyboard can then scroll it with the arrow
    // keys, and a focusable region needs a name. A box that fits stays a plain div.
    <div
      ref={scroller}
      className={scrolls ? `${classes.scroller} mantine-focus-auto` : classes.scroller}
      role={scrolls ? 'region' : undefined}
      aria-label={scrolls ? tableProps['aria-label'] : undefined}
      tabIndex={scrolls ? 0 : undefined}
    >
      <table
        {...tableProps}
        className={className ? `${classes.table} ${className}` : classes.table}
        style={tableStyle}
        data-striped={striped || undefined}
        data-highlight-on-hover={highlightOnHover || undefined}
        data-with-table-border={withTableBorder || undefined}
        data-spacing={verticalSpacing}
      >
        {children}
      </table>
    </div>
  );
}

/** True while the box's content is wider than the box (watched as either one resizes). */
function useScrollsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    // The observer reports each element once when observing starts, then on every resize.
    const observer = new ResizeObserver(() => setScrolls(box.scrollWidth > box.clientWidth));
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}
