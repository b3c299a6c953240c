/**
 * Collects log lines and hands them on together: at most `delayMs` after the first waiting line,
 * or at once when `maxLines` wait. Under load the access log is one line per call, and a
 * synchronous terminal write per line (or per turn of the event loop) cost the proxy about a
 * tenth of its time (decision 065). A quiet server prints a line within a tenth of a second.
 */
export interface BatchedLog {
  (line: string): void;
  /** Writes what is waiting now (on close, so nothing is lost). */
  flush(): void;
}

export function batchedLog(
  write: (lines: readonly string[]) => void,
  { delayMs = 100, maxLines = 500 }: { delayMs?: number; maxLines?: number } = {},
): BatchedLog {
  let pending: string[] = [];
  let timer: NodeJS.Timeout | undefined;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return;
    const lines = pending;
    pending = [];
    write(lines);
  };

  const log = (line: string) => {
    pending.push(line);
    if (pending.length >= maxLines) flush();
    // Unref'd: a line waiting to be written never keeps the process alive (close flushes it).
    else timer ??= setTimeout(flush, delayMs).unref();
  };
  return Object.assign(log, { flush });
}
