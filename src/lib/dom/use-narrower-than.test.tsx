import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PHONE_LAYOUT_QUERY } from '@/config/layout';
import { useNarrowerThan } from './use-narrower-than';

function Probe({ shown = true }: { shown?: boolean }) {
  const [ref, narrower] = useNarrowerThan<HTMLDivElement>(1080);
  const answer = narrower ? 'narrow' : 'wide';
  return shown ? <div ref={ref}>{answer}</div> : <p>{answer}</p>;
}

/** jsdom lays nothing out: the box's width and the observer's reports are played here. */
function layOut(width: number) {
  const box = { width };
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => box.width);
  const observers: Array<() => void> = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(report: () => void) {
        observers.push(report);
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  return {
    resizeTo(next: number) {
      box.width = next;
      act(() => observers.forEach((report) => report()));
    },
  };
}

describe('useNarrowerThan', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('answers as soon as it mounts', () => {
    layOut(712);
    render(<Probe />);
    expect(screen.getByText('narrow')).toBeInTheDocument();
  });

  it('is not narrower at exactly the width', () => {
    layOut(1080);
    render(<Probe />);
    expect(screen.getByText('wide')).toBeInTheDocument();
  });

  it('follows the element as it resizes', () => {
    const layout = layOut(1128);
    render(<Probe />);
    expect(screen.getByText('wide')).toBeInTheDocument();

    layout.resizeTo(1054);
    expect(screen.getByText('narrow')).toBeInTheDocument();
    layout.resizeTo(1200);
    expect(screen.getByText('wide')).toBeInTheDocument();
  });

  it('measures an element that mounts after a first render without it', () => {
    layOut(712);
    const { rerender } = render(<Probe shown={false} />);
    expect(screen.getByText('wide')).toBeInTheDocument(); // the guess: not a phone
    rerender(<Probe shown />);
    expect(screen.getByText('narrow')).toBeInTheDocument();
  });

  it('guesses from the window while the element is not laid out: a phone means narrow', () => {
    layOut(0);
    render(<Probe />);
    expect(screen.getByText('wide')).toBeInTheDocument();
    cleanup();

    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query) => ({ matches: query === PHONE_LAYOUT_QUERY, media: query }) as MediaQueryList,
    );
    render(<Probe />);
    expect(screen.getByText('narrow')).toBeInTheDocument();
  });
});
