import { describe, expect, it } from 'vitest';
import { batchedLog } from './batched-log.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('batchedLog', () => {
  it('writes the lines that arrive within the delay together, in order', async () => {
    const writes: string[][] = [];
    const log = batchedLog((lines) => writes.push([...lines]), { delayMs: 20 });
    log('a');
    log('b');
    await wait(5);
    log('c');
    expect(writes).toEqual([]);
    await wait(40);
    expect(writes).toEqual([['a', 'b', 'c']]);
  });

  it('prints a lone line after the delay, without waiting for more', async () => {
    const writes: string[][] = [];
    const log = batchedLog((lines) => writes.push([...lines]), { delayMs: 10 });
    log('first');
    await wait(30);
    log('second');
    await wait(30);
    expect(writes).toEqual([['first'], ['second']]);
  });

  it('writes at once when the batch is full', () => {
    const writes: string[][] = [];
    const log = batchedLog((lines) => writes.push([...lines]), { delayMs: 10_000, maxLines: 3 });
    log('1');
    log('2');
    expect(writes).toEqual([]);
    log('3');
    expect(writes).toEqual([['1', '2', '3']]);
  });

  it('flush writes what waits at once, and nothing twice', async () => {
    const writes: string[][] = [];
    const log = batchedLog((lines) => writes.push([...lines]), { delayMs: 10 });
    log('closing');
    log.flush();
    expect(writes).toEqual([['closing']]);
    await wait(30);
    log.flush();
    expect(writes).toEqual([['closing']]);
  });
});
