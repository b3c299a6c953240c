import { describe, expect, it } from 'vitest';
import { Cancellation } from '../cancellation.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Cancellation', () => {
  it('tells every listener once, with the first reason', () => {
    const cancellation = new Cancellation();
    const heard: string[] = [];
    cancellation.onCancel((reason) => heard.push(`a:${reason}`));
    cancellation.onCancel((reason) => heard.push(`b:${reason}`));
    cancellation.cancel('client-gone');
    cancellation.cancel('timeout');
    expect(heard).toEqual(['a:client-gone', 'b:client-gone']);
    expect(cancellation.reason).toBe('client-gone');
  });

  it('calls a listener added after the cancel at once', () => {
    const cancellation = new Cancellation();
    cancellation.cancel('timeout');
    const heard: string[] = [];
    cancellation.onCancel((reason) => heard.push(reason));
    expect(heard).toEqual(['timeout']);
  });

  it('a listener that stopped listening is not called', () => {
    const cancellation = new Cancellation();
    const heard: string[] = [];
    const stop = cancellation.onCancel((reason) => heard.push(reason));
    stop();
    cancellation.cancel('client-gone');
    expect(heard).toEqual([]);
  });

  it('times out after the given time, unless the timer was cleared', async () => {
    const timed = new Cancellation();
    timed.timeoutAfter(10);
    const cleared = new Cancellation();
    cleared.timeoutAfter(10)();
    expect(timed.reason).toBeUndefined();
    await wait(30);
    expect(timed.reason).toBe('timeout');
    expect(cleared.reason).toBeUndefined();
  });
});
