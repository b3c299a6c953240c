#!/usr/bin/env node
// The one gate (`npm test`): every check, in order, stopping at the first failure.
// Each step prints a header, its own tool output (vitest's and Playwright's summaries
// included), and a result line; the last line is "gate: N passed, M failed".
// `node scripts/gate.mjs --only=build,"bundle secrets"` runs some steps (to debug one).

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

// Made up per run: if either shows up in dist/, a server secret would have reached the browser.
const sentinels = {
  CCSQM_APP_SECRET: `SENTINEL-SECRET-${randomBytes(12).toString('hex')}`,
  CCSQM_APP_KEY: `SENTINEL-KEY-${randomBytes(12).toString('hex')}`,
};

/** @type {{ name: string, commands: string[][], env?: Record<string, string> }[]} */
const steps = [
  { name: 'typecheck', commands: [[bin('tsc'), '-b', '--noEmit']] },
  { name: 'lint', commands: [[bin('eslint'), '.', '--max-warnings', '0']] },
  { name: 'format', commands: [[bin('prettier'), '--check', '.']] },
  { name: 'unit tests', commands: [[bin('vitest'), 'run']] },
  { name: 'build', commands: [[bin('vite'), 'build']], env: sentinels },
  {
    name: 'bundle secrets',
    commands: [[process.execPath, 'scripts/check-bundle-secrets.mjs']],
    env: sentinels,
  },
  {
    name: 'e2e',
    commands: [
      [process.execPath, 'scripts/ensure-chromium.mjs'],
      [bin('playwright'), 'test'],
    ],
    env: sentinels,
  },
];

const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .map((name) => name.trim());
const unknown = only?.filter((name) => !steps.some((step) => step.name === name)) ?? [];
if (unknown.length > 0) {
  console.error(
    `gate: no step named ${unknown.join(', ')}; steps: ${steps.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}
const selected = only ? steps.filter((step) => only.includes(step.name)) : steps;

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
const line = '─'.repeat(72);

function run(step) {
  for (const [command, ...args] of step.commands) {
    const result = spawnSync(command, args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...step.env },
      // Windows runs node_modules/.bin/*.cmd shims only through a shell.
      shell: process.platform === 'win32',
    });
    if (result.error) {
      console.error(`gate: could not start ${path.basename(command)}: ${result.error.message}`);
      return false;
    }
    if (result.status !== 0) return false;
  }
  return true;
}

const started = Date.now();
let passed = 0;
let failed = null;

for (const [index, step] of selected.entries()) {
  console.log(`\n${line}\ngate ${index + 1}/${selected.length}: ${step.name}\n${line}`);
  const stepStarted = Date.now();
  if (run(step)) {
    passed += 1;
    console.log(`gate: ✔ ${step.name} (${seconds(Date.now() - stepStarted)})`);
  } else {
    failed = step;
    console.log(`gate: ✘ ${step.name} failed (${seconds(Date.now() - stepStarted)})`);
    break;
  }
}

const notRun = selected.length - passed - (failed ? 1 : 0);
console.log(`\n${line}\ngate: took ${seconds(Date.now() - started)}`);
if (failed) {
  const skipped = notRun > 0 ? `, ${notRun} not run` : '';
  console.log(`gate: ${passed} passed, 1 failed (${failed.name})${skipped}`);
  process.exit(1);
}
console.log(`gate: ${passed} passed, 0 failed`);
