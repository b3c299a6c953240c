import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, screen, within } from '@/testing/test-utils';
import { DataTable } from './data-table';

function Plans() {
  return (
    <DataTable aria-label="Plans" minWidth={1080} striped highlightOnHover verticalSpacing="sm">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>Weekly check</td>
          <td>Running</td>
        </tr>
      </tbody>
    </DataTable>
  );
}

/**
 * jsdom lays nothing out: the box's widths and the observer's first report, which a browser
 * sends as soon as observing starts, are played here (e2e checks a real layout).
 */
function layOut({ content, box }: { content: number; box: number }) {
  vi.spyOn(Element.prototype, 'scrollWidth', 'get').mockReturnValue(content);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(box);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly report: () => void) {}
      observe() {
        this.report();
      }
      unobserve() {}
      disconnect() {}
    },
  );
}

describe('DataTable', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a named table with its header and rows', () => {
    renderWithProviders(<Plans />);

    const table = screen.getByRole('table', { name: 'Plans' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Name', 'Status']);
    expect(within(table).getByRole('row', { name: 'Weekly check Running' })).toBeInTheDocument();
  });

  it('adds no tab stop while the table fits its box', () => {
    layOut({ content: 1080, box: 1128 });
    renderWithProviders(<Plans />);

    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.getByRole('table').parentElement).not.toHaveAttribute('tabindex');
  });

  it('makes a box that scrolls sideways a named, focusable region', () => {
    layOut({ content: 1080, box: 488 });
    renderWithProviders(<Plans />);

    const region = screen.getByRole('region', { name: 'Plans' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table', { name: 'Plans' })).toBeInTheDocument();
  });
});
