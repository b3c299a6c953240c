#!/usr/bin/env node
// Fails if a server-side secret ended up in the browser build. The gate builds with sentinel
// values in CCSQM_APP_SECRET / CCSQM_APP_KEY and then runs this with the same environment:
// every file under dist/ (maps and assets included) is searched for each value, as is, base64-
// and URL-encoded. Messages name the variable, never its value.
//
// Usage: CCSQM_APP_SECRET=... CCSQM_APP_KEY=... node scripts/check-bundle-secrets.mjs [distDir]

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SECRET_VARIABLES = ['CCSQM_APP_SECRET', 'CCSQM_APP_KEY'];
const MIN_LENGTH = 8;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.resolve(root, process.argv[2] ?? 'dist');

function fail(code, message) {
  console.error(`check-bundle-secrets: ${message}`);
  process.exit(code);
}

const secrets = SECRET_VARIABLES.flatMap((name) => {
  const value = process.env[name]?.trim();
  if (!value) return [];
  if (value.length < MIN_LENGTH) {
    fail(2, `${name} is shorter than ${MIN_LENGTH} characters: too short to search for reliably`);
  }
  const forms = new Set([value, Buffer.from(value).toString('base64'), encodeURIComponent(value)]);
  return [{ name, needles: [...forms].map((form) => Buffer.from(form)) }];
});

if (secrets.length === 0) {
  fail(
    2,
    `none of ${SECRET_VARIABLES.join(', ')} is set: nothing to look for (the gate sets sentinels)`,
  );
}
if (!existsSync(distDir)) fail(2, `${path.relative(root, distDir)}/ does not exist: build first`);

function* filesUnder(dir) {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) yield* filesUnder(full);
    else yield full;
  }
}

let scanned = 0;
const leaks = [];
for (const file of filesUnder(distDir)) {
  scanned += 1;
  const content = readFileSync(file);
  for (const { name, needles } of secrets) {
    if (needles.some((needle) => content.includes(needle))) {
      leaks.push(`${path.relative(root, file)} contains the value of ${name}`);
    }
  }
}

if (leaks.length > 0) {
  fail(1, `server secrets found in the browser build:\n${leaks.map((l) => `  - ${l}`).join('\n')}`);
}
console.log(
  `check-bundle-secrets: ${scanned} files under ${path.relative(root, distDir)}/ checked, ` +
    `no trace of ${secrets.map((s) => s.name).join(' or ')}`,
);
