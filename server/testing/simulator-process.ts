import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LISTENING = /CCSQM simulator listening on (http:\/\/[^\s]+)/;

export interface SimulatorProcess {
  url: string;
  child: ChildProcess;
  /** Lines the simulator printed, one per request it answered (`[simulator] POST /path 200 1ms`). */
  lines: () => string[];
  stop(): Promise<void>;
}

/**
 * `npm run simulator` as a separate process on an ephemeral loopback port, in memory, whatever
 * the .env files say: its memory and CPU are not the test's.
 */
export async function startSimulatorProcess(credentials: {
  appKey: string;
  appSecret: string;
}): Promise<SimulatorProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/simulator/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CCSQM_SIMULATOR_PORT: '0',
      CCSQM_SIMULATOR_DATA: '',
      CCSQM_APP_KEY: credentials.appKey,
      CCSQM_APP_SECRET: credentials.appSecret,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the simulator did not start in 20 s')),
      20_000,
    );
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const text = partial + chunk;
      const parts = text.split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        const found = LISTENING.exec(line)?.[1];
        if (found !== undefined) {
          clearTimeout(timer);
          resolve(found);
        }
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the simulator exited with ${String(code)}: ${stderr.slice(0, 500)}`));
    });
  });

  return {
    url,
    child,
    lines: () => lines,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
