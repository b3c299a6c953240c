import { afterEach, describe, expect, it } from 'vitest';
import { closeAfterTest, closeAll } from '../../testing/servers.ts';
import { Cancellation } from '../cancellation.ts';
import { createUpstreamClient, UpstreamError, type UpstreamClient } from '../upstream-client.ts';

/**
 * A connection that never opens (a firewall that drops the packets): undici gives no way to
 * abort a call until it has a connection, so these check that a cancel still ends it at once.
 */

afterEach(closeAll);

function neverConnecting(): { client: UpstreamClient; attempts: () => number } {
  let attempts = 0;
  const client = createUpstreamClient({
    connect: () => {
      attempts += 1; // and never calls back
    },
  });
  closeAfterTest(() => client.close());
  return { client, attempts: () => attempts };
}

const post = (client: UpstreamClient, cancellation: Cancellation) =>
  client.post('http://ccsqm.invalid/call', [], Buffer.from('{}'), cancellation);

describe('upstream client: cancelled while connecting', () => {
  it('a timeout ends the call at once, as a timeout', async () => {
    const { client, attempts } = neverConnecting();
    const cancellation = new Cancellation();
    cancellation.timeoutAfter(30);
    const started = performance.now();
    const failure = await post(client, cancellation).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UpstreamError);
    expect((failure as UpstreamError).kind).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(attempts()).toBe(1);
  });

  it('a browser that left ends the call as aborted', async () => {
    const { client } = neverConnecting();
    const cancellation = new Cancellation();
    const call = post(client, cancellation).catch((error: unknown) => error);
    cancellation.cancel('client-gone');
    const failure = await call;
    expect((failure as UpstreamError).kind).toBe('aborted');
  });

  it('a call cancelled before it starts is not sent at all', async () => {
    const { client, attempts } = neverConnecting();
    const cancellation = new Cancellation();
    cancellation.cancel('client-gone');
    const failure = await post(client, cancellation).catch((error: unknown) => error);
    expect((failure as UpstreamError).kind).toBe('aborted');
    expect(attempts()).toBe(0);
  });
});
