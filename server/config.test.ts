import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  SERVER_VARIABLES,
  loadServerConfig,
  parseServerConfig,
  type RawEnv,
} from './config.ts';

const ROOT = '/project';
const UPSTREAM: RawEnv = {
  CCSQM_BASE_URL: 'https://service.besclouds.com',
  CCSQM_APP_KEY: 'key-123',
  CCSQM_APP_SECRET: 'Secret-Value-9',
  CCSQM_USER_ID: 'op-1',
};

function problemsOf(env: RawEnv): string {
  try {
    parseServerConfig(env, ROOT);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('server configuration', () => {
  it('defaults to the simulator with documented defaults', () => {
    expect(parseServerConfig({}, ROOT)).toEqual({
      upstream: null,
      userId: undefined,
      tenantSpaceId: undefined,
      tokenExpireSeconds: 600,
      timeoutMs: 15_000,
      simulatorDataFile: undefined,
      allowedHosts: undefined,
    });
    expect(parseServerConfig({ CCSQM_BASE_URL: '  ' }, ROOT).upstream).toBeNull();
  });

  it('reads an upstream, deriving the token URL from the origin', () => {
    const config = parseServerConfig(
      {
        ...UPSTREAM,
        CCSQM_BASE_URL: 'https://service.besclouds.com/',
        CCSQM_TENANT_SPACE_ID: 'tenant-1',
        CCSQM_TOKEN_EXPIRE: '3600',
        CCSQM_TIMEOUT_MS: '2500',
        CCSQM_SIMULATOR_DATA: 'data/sim.json',
        CCSQM_ALLOWED_HOSTS: 'console.example.com, .corp.example',
      },
      ROOT,
    );
    expect(config).toEqual({
      upstream: {
        baseUrl: 'https://service.besclouds.com',
        tokenUrl: 'https://service.besclouds.com/apigovernance/api/oauth/tokenByAkSk',
        appKey: 'key-123',
        appSecret: 'Secret-Value-9',
        userId: 'op-1',
      },
      userId: 'op-1',
      tenantSpaceId: 'tenant-1',
      tokenExpireSeconds: 3600,
      timeoutMs: 2500,
      simulatorDataFile: path.resolve(ROOT, 'data/sim.json'),
      allowedHosts: ['console.example.com', '.corp.example'],
    });
    const custom = parseServerConfig(
      { ...UPSTREAM, CCSQM_TOKEN_URL: 'https://iam.example/token' },
      ROOT,
    );
    expect(custom.upstream?.tokenUrl).toBe('https://iam.example/token');
  });

  const bad: Array<[string, string]> = [
    ['CCSQM_BASE_URL', 'ccsqm.internal.example'],
    ['CCSQM_BASE_URL', 'ftp://ccsqm.internal.example'],
    ['CCSQM_BASE_URL', 'https://ccsqm.internal.example/apiaccess'],
    ['CCSQM_BASE_URL', 'https://user:pw@ccsqm.internal.example'],
    ['CCSQM_APP_KEY', 'two words'],
    ['CCSQM_APP_SECRET', 'Secret\nInjected: 1'],
    ['CCSQM_USER_ID', 'op 1'],
    ['CCSQM_TENANT_SPACE_ID', 'tenant\t1'],
    ['CCSQM_TOKEN_URL', '/relative/path'],
    ['CCSQM_TOKEN_EXPIRE', '0'],
    ['CCSQM_TOKEN_EXPIRE', '3601'],
    ['CCSQM_TOKEN_EXPIRE', 'ten'],
    ['CCSQM_TIMEOUT_MS', '0'],
    ['CCSQM_TIMEOUT_MS', '1.5'],
    ['CCSQM_TIMEOUT_MS', '600001'],
    ['CCSQM_ALLOWED_HOSTS', 'good.example, bad host'],
  ];
  it.each(bad)('%s=%j stops the server with a message naming the variable', (name, value) => {
    const message = problemsOf({ ...UPSTREAM, [name]: value });
    expect(message).toContain(name);
    expect(message).not.toContain(value.trim());
    expect(message).not.toContain(UPSTREAM.CCSQM_APP_SECRET);
  });

  it.each(['CCSQM_APP_KEY', 'CCSQM_APP_SECRET', 'CCSQM_USER_ID'])(
    '%s is required when CCSQM_BASE_URL is set',
    (name) => {
      expect(problemsOf({ ...UPSTREAM, [name]: '' })).toContain(
        `${name} is required when CCSQM_BASE_URL is set`,
      );
    },
  );

  it('says one thing per bad variable', () => {
    const message = problemsOf({ CCSQM_BASE_URL: 'not a url' });
    expect(message.match(/CCSQM_BASE_URL/g)).toHaveLength(1);
  });

  it('lists every bad variable at once', () => {
    const message = problemsOf({ CCSQM_TOKEN_EXPIRE: '0', CCSQM_TIMEOUT_MS: 'x' });
    expect(message).toContain('CCSQM_TOKEN_EXPIRE');
    expect(message).toContain('CCSQM_TIMEOUT_MS');
  });

  it('reads .env.local from the project root, and the real environment wins', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ccsqm-env-'));
    const saved = process.env.CCSQM_TIMEOUT_MS;
    try {
      writeFileSync(
        path.join(root, '.env.local'),
        'CCSQM_TOKEN_EXPIRE=900\nCCSQM_TIMEOUT_MS=1000\nVITE_SOMETHING=x\n',
      );
      process.env.CCSQM_TIMEOUT_MS = '2000';
      const config = loadServerConfig({ mode: 'development', root });
      expect(config.tokenExpireSeconds).toBe(900);
      expect(config.timeoutMs).toBe(2000);
    } finally {
      if (saved === undefined) delete process.env.CCSQM_TIMEOUT_MS;
      else process.env.CCSQM_TIMEOUT_MS = saved;
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('.env.example documents every variable', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    for (const name of [...SERVER_VARIABLES, 'CCSQM_SIMULATOR_PORT']) {
      expect(example).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
    }
  });
});
