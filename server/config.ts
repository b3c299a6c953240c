import path from 'node:path';
import { loadEnv } from 'vite';
import { z } from 'zod';
import { TOKEN_EXPIRE_SECONDS, TOKEN_PATH } from '../src/lib/contract/index.ts';

/**
 * Server-only configuration. Every variable is CCSQM_-prefixed (never VITE_), so Vite never puts
 * one into the browser bundle. Values come from `.env*` files in the project root and from the
 * real environment, which wins. Messages name the variable and never echo its value.
 */

const TIMEOUT_MS = { default: 15_000, min: 1, max: 600_000 } as const;

export type RawEnv = Readonly<Record<string, string | undefined>>;

export interface UpstreamConfig {
  /** Origin only, e.g. https://service.besclouds.com (no trailing slash). */
  baseUrl: string;
  tokenUrl: string;
  appKey: string;
  appSecret: string;
  userId: string;
}

export interface ServerConfig {
  /** null: no upstream configured, the embedded simulator answers. */
  upstream: UpstreamConfig | null;
  /** Operator id for x-UserId in simulator mode (in upstream mode it is upstream.userId). */
  userId: string | undefined;
  tenantSpaceId: string | undefined;
  tokenExpireSeconds: number;
  timeoutMs: number;
  /** Absolute path of the simulator's JSON file, or undefined for memory only. */
  simulatorDataFile: string | undefined;
  allowedHosts: string[] | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The CCSQM server configuration is invalid (see .env.example):\n${problems
        .map((p) => `  - ${p}`)
        .join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads `.env`, `.env.local`, `.env.<mode>`, `.env.<mode>.local` and the real environment. */
export function readServerEnv(mode: string, envDir: string): RawEnv {
  return loadEnv(mode, envDir, 'CCSQM_');
}

export function loadServerConfig(options: {
  mode: string;
  root: string;
  env?: RawEnv;
}): ServerConfig {
  return parseServerConfig(options.env ?? readServerEnv(options.mode, options.root), options.root);
}

// ---- field schemas; the messages follow the variable name ----

/** Header values must be printable: a newline in a header value would split the request. */
const headerSafe = /^[\x21-\x7e]+$/;

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optionalText = (what: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(headerSafe, `must be ${what} made of printable characters without spaces`)
      .optional(),
  );

const httpUrl = z.url({
  protocol: /^https?$/,
  error: 'must be an http:// or https:// URL',
});

const origin = z.preprocess(
  blankToUndefined,
  httpUrl
    .refine((value) => isOriginOnly(value), {
      message:
        'must be an origin only, like https://service.besclouds.com (no path, query or user)',
      when: (payload) => payload.issues.length === 0, // one message per problem
    })
    .transform((value) => new URL(value).origin)
    .optional(),
);

const wholeNumber = (bounds: { default: number; min: number; max: number }) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d+$/, `must be a whole number from ${bounds.min} to ${bounds.max}`)
      .transform(Number)
      .pipe(
        z
          .number()
          .min(bounds.min, `must be at least ${bounds.min}`)
          .max(bounds.max, `must be at most ${bounds.max}`),
      )
      .default(bounds.default),
  );

const hostList = z.preprocess(
  blankToUndefined,
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((host) => host.trim())
        .filter((host) => host !== ''),
    )
    .pipe(
      z.array(z.string().regex(/^\.?[A-Za-z0-9.-]+$/, 'must be host names separated by commas')),
    )
    .optional(),
);

const envSchema = z.object({
  CCSQM_BASE_URL: origin,
  CCSQM_APP_KEY: optionalText('an app key'),
  CCSQM_APP_SECRET: optionalText('an app secret'),
  CCSQM_USER_ID: optionalText('an operator id'),
  CCSQM_TENANT_SPACE_ID: optionalText('a tenant space id'),
  CCSQM_TOKEN_URL: z.preprocess(blankToUndefined, httpUrl.optional()),
  CCSQM_TOKEN_EXPIRE: wholeNumber(TOKEN_EXPIRE_SECONDS),
  CCSQM_TIMEOUT_MS: wholeNumber(TIMEOUT_MS),
  CCSQM_SIMULATOR_DATA: z.preprocess(blankToUndefined, z.string().optional()),
  CCSQM_ALLOWED_HOSTS: hostList,
});

/** Every variable the console server reads (the standalone simulator adds CCSQM_SIMULATOR_PORT). */
export const SERVER_VARIABLES = Object.keys(envSchema.shape);

const REQUIRED_WITH_BASE_URL = ['CCSQM_APP_KEY', 'CCSQM_APP_SECRET', 'CCSQM_USER_ID'] as const;

/** Pure: env in, config out, or a ConfigError listing every bad variable. */
export function parseServerConfig(env: RawEnv, root: string): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`),
    );
  }
  const values = parsed.data;
  const baseUrl = values.CCSQM_BASE_URL;

  let upstream: UpstreamConfig | null = null;
  if (baseUrl !== undefined) {
    const missing = REQUIRED_WITH_BASE_URL.filter((name) => values[name] === undefined);
    if (missing.length > 0) {
      throw new ConfigError(
        missing.map((name) => `${name} is required when CCSQM_BASE_URL is set`),
      );
    }
    upstream = {
      baseUrl,
      tokenUrl: values.CCSQM_TOKEN_URL ?? `${baseUrl}${TOKEN_PATH}`,
      appKey: values.CCSQM_APP_KEY as string,
      appSecret: values.CCSQM_APP_SECRET as string,
      userId: values.CCSQM_USER_ID as string,
    };
  }

  return {
    upstream,
    userId: values.CCSQM_USER_ID,
    tenantSpaceId: values.CCSQM_TENANT_SPACE_ID,
    tokenExpireSeconds: values.CCSQM_TOKEN_EXPIRE,
    timeoutMs: values.CCSQM_TIMEOUT_MS,
    simulatorDataFile:
      values.CCSQM_SIMULATOR_DATA === undefined
        ? undefined
        : path.resolve(root, values.CCSQM_SIMULATOR_DATA),
    allowedHosts: values.CCSQM_ALLOWED_HOSTS,
  };
}

function isOriginOnly(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      url.username === '' &&
      url.password === '' &&
      (url.pathname === '/' || url.pathname === '') &&
      url.search === '' &&
      url.hash === ''
    );
  } catch {
    return false;
  }
}
