import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNarrowerThan } from './use-narrower-than';

function Probe({ shown = true }: { shown?: boolean }) {
  const [ref, narrower] = useNarrowerThan<HTMLDivElement>(1080);
  const answer = narrower === undefined ? 'unmeasured' : narrower ? 'narrow' : 'wide';
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
    expect(screen.getByText('unmeasured')).toBeInTheDocument();
    rerender(<Probe shown />);
    expect(screen.getByText('narrow')).toBeInTheDocument();
  });

  it('says nothing for an element that is not laid out', () => {
    layOut(0);
    render(<Probe />);
    expect(screen.getByText('unmeasured')).toBeInTheDocument();
  });
});
