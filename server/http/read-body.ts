import type { IncomingMessage } from 'node:http';
import { joinChunks } from './join-chunks.ts';

/** The largest request body either server accepts. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * After refusing a body as too large we keep reading (and dropping) what the client still sends,
 * so it gets to see the 413 instead of a reset connection; past this much we hang up.
 */
const DISCARD_LIMIT_BYTES = 16 * MAX_BODY_BYTES;

export type BodyResult =
  | { ok: true; body: Buffer }
  | { ok: false; reason: 'too-large' }
  | { ok: false; reason: 'broken'; message: string };

/**
 * Reads a request body, counting bytes as they arrive: a body over `limit` is refused as soon as
 * the count (or the declared Content-Length) passes it, never after buffering all of it.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      discardRest(req, 0);
      resolve({ ok: false, reason: 'too-large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    // Listeners stay on after settling (the request is done with either way): taking four off
    // again cost more than the guard below.
    let settled = false;
    const settle = (result: BodyResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        settle({ ok: false, reason: 'too-large' });
        discardRest(req, size);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => settle({ ok: true, body: joinChunks(chunks, size) }));
    req.on('error', (error: Error) =>
      settle({ ok: false, reason: 'broken', message: error.message }),
    );
    req.on('aborted', () =>
      settle({ ok: false, reason: 'broken', message: 'the client closed the request' }),
    );
  });
}

function discardRest(req: IncomingMessage, alreadyRead: number): void {
  let dropped = alreadyRead;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DISCARD_LIMIT_BYTES) req.socket.destroy();
  });
  req.on('error', () => undefined);
  req.resume();
}
