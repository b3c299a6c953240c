import http, { type IncomingHttpHeaders } from 'node:http';
import { JSON_CONTENT_TYPE, parseLosslessJson } from '../../src/lib/contract/index.ts';

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
  /** The body parsed losslessly, or undefined when it is not JSON. */
  json: Record<string, unknown> | undefined;
}

export interface RawRequest {
  method?: string;
  /** Sent exactly as written (fetch would normalise "..", "%2e%2e" and "//"). */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** One request over a fresh connection, the path untouched. */
export function send(baseUrl: string, request: RawRequest): Promise<RawAnswer> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: url.hostname,
      port: url.port,
      method: request.method ?? 'POST',
      path: request.path,
      headers: request.headers ?? {},
      agent: false,
    });
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const text = body.toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body,
          text,
          json: tryJson(text),
        });
      });
    });
    req.end(request.body);
  });
}

export const JSON_HEADERS = { 'Content-Type': JSON_CONTENT_TYPE };

/** POST a JSON body (an object is stringified; a string is sent as written). */
export function postJson(
  baseUrl: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  return send(baseUrl, {
    path,
    headers: { ...JSON_HEADERS, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function tryJson(text: string): Record<string, unknown> | undefined {
  try {
    const value = parseLosslessJson(text);
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
