import { freePort, start, stop, timeCommand, waitForHttp } from './processes';

export interface StartupFigures {
  devFirstAnswerMs: number;
  buildMs: number;
}

/** `npm run dev` until its first answer, and a full `npm run build`. */
export async function measureStartup(): Promise<StartupFigures> {
  const port = await freePort();
  const dev = start('npm', [
    'run',
    'dev',
    '--',
    '--port',
    String(port),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ]);
  let devFirstAnswerMs: number;
  try {
    devFirstAnswerMs = await waitForHttp(`http://127.0.0.1:${port}/`, dev);
  } finally {
    await stop(dev);
  }
  const buildMs = await timeCommand('npm', ['run', 'build']);
  return { devFirstAnswerMs, buildMs };
}
