import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The e2e tests run against `vite preview`, i.e. against dist/. The gate builds right before
 * them; when Playwright is run on its own, a missing or outdated dist/ would test old code, so
 * it is (re)built here first.
 */
const SOURCES = ['src', 'public', 'server', 'index.html', 'vite.config.ts', 'package-lock.json'];
const IGNORED = /(^|[/\\])(node_modules|__tests__)([/\\]|$)|\.test\.tsx?$/;

function newestChange(entry: string): number {
  if (!existsSync(entry) || IGNORED.test(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestChange(path.join(entry, name))),
    stats.mtimeMs,
  );
}

export function ensureFreshBuild(root: string) {
  const builtIndex = path.join(root, 'dist', 'index.html');
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((entry) => newestChange(path.join(root, entry))));
  if (builtAt > changedAt) return;

  console.log(
    builtAt === 0
      ? 'e2e: dist/ is missing, building it first (vite build)…'
      : 'e2e: sources changed since the last build, rebuilding dist/ (vite build)…',
  );
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
