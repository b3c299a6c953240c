import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ProxyProcess {
  url: string;
  /** The access-log lines it printed so far. */
  lines: () => string[];
  /** process.memoryUsage() of the proxy process. */
  memory: () => Promise<NodeJS.MemoryUsage>;
  stop(): Promise<void>;
}

/** server/testing/proxy-main.ts as a child process, pointed at `baseUrl` (upstream mode). */
export async function startProxyProcess(options: {
  baseUrl: string;
  appKey: string;
  appSecret: string;
}): Promise<ProxyProcess> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'server/testing/proxy-main.ts'],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        CCSQM_BASE_URL: options.baseUrl,
        CCSQM_APP_KEY: options.appKey,
        CCSQM_APP_SECRET: options.appSecret,
        CCSQM_USER_ID: 'load-operator',
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  const lines: string[] = [];
  let partial = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  const nextMessage = <T>(pick: (message: unknown) => T | undefined) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the proxy process did not answer')), 20_000);
      const onExit = (code: number | null) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        reject(new Error(`the proxy process exited with ${String(code)}: ${stderr.slice(0, 500)}`));
      };
      const onMessage = (message: unknown) => {
        const picked = pick(message);
        if (picked === undefined) return;
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(picked);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const field =
    <K extends string>(key: K) =>
    (message: unknown) =>
      typeof message === 'object' && message !== null && key in message
        ? (message as Record<K, unknown>)[key]
        : undefined;

  const url = String(await nextMessage(field('url')));
  return {
    url,
    lines: () => lines,
    memory: () => {
      const answer = nextMessage(field('memory'));
      child.send('report');
      return answer as Promise<NodeJS.MemoryUsage>;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}
