import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderWithProviders, screen, waitFor } from '@/testing/test-utils';
import { scaleEndFor, SpeedBand } from './speed-band';

/** The frame's size as a browser's ResizeObserver reports it (jsdom lays nothing out). */
function frameMeasures(width: number) {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly report: ResizeObserverCallback) {}
      observe(target: Element) {
        const box = [{ inlineSize: width, blockSize: 80 }];
        const entry = { target, borderBoxSize: box, contentBoxSize: box, contentRect: {} };
        this.report([entry as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
      }
      unobserve() {}
      disconnect() {}
    },
  );
}

describe('SpeedBand', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws the allowed band and says it in words', () => {
    renderWithProviders(<SpeedBand min={90} max={100} />);
    expect(
      screen.getByRole('img', { name: 'Allowed speed: 90 to 100 words per minute' }),
    ).toBeInTheDocument();
    expect(screen.getByText('90')).toBeInTheDocument();
  });

  it('reads numbers typed as text', () => {
    renderWithProviders(<SpeedBand min="120" max="180" />);
    expect(screen.getByRole('img', { name: /120 to 180/ })).toBeInTheDocument();
  });

  it.each([
    ['', 100],
    [150, 120],
    [0, 100],
  ])('asks for a valid band when min=%j and max=%j', (min, max) => {
    renderWithProviders(<SpeedBand min={min} max={max} />);
    expect(
      screen.getByRole('img', { name: 'Enter a valid min and max to see the band' }),
    ).toBeInTheDocument();
  });

  it('marks a maximum beyond the scale as open-ended', () => {
    renderWithProviders(<SpeedBand min={100} max={2_147_483_647} />);
    expect(screen.getByText('2147483647 →')).toBeInTheDocument();
  });

  it('draws at the frame’s width', async () => {
    frameMeasures(640);
    renderWithProviders(<SpeedBand min={80} max={170} />);
    const band = screen.getByRole('img', { name: /80 to 170/ });
    await waitFor(() => expect(band).toHaveAttribute('viewBox', '0 0 640 56'));
  });

  // A browser resizing its window can pass through a width of a pixel or so (seen in e2e runs):
  // the frame is then only its padding and border wide, and the bars must not get negative widths.
  it('draws at its usual width in a frame too narrow to draw in', async () => {
    frameMeasures(26);
    renderWithProviders(<SpeedBand min={80} max={170} />);
    const band = screen.getByRole('img', { name: /80 to 170/ });
    // The measure lands a frame later (Mantine's useElementSize): let it, and React, finish.
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(band).toHaveAttribute('viewBox', '0 0 400 56');
    for (const rect of band.querySelectorAll('rect')) {
      expect(Number(rect.getAttribute('width'))).toBeGreaterThanOrEqual(0);
    }
  });

  it('scales to a round number past the band, within 250..600 wpm', () => {
    expect(scaleEndFor(90, 100)).toBe(250);
    expect(scaleEndFor(100, 300)).toBe(350);
    expect(scaleEndFor(100, 2_147_483_647)).toBe(600);
  });
});
