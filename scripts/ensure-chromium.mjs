#!/usr/bin/env node
// Makes sure the Chromium that playwright.config.ts will use exists. The rule (keep in step
// with e2e/support/chromium.ts): CHROMIUM_PATH if set; else /usr/bin/chromium if present; else
// Playwright's own downloaded browser; else /usr/bin/chromium, installed here with apt when
// running as root (CI containers), or a one-line instruction otherwise. With the system
// Chromium it also adds a CJK font when none is installed (root only): without one the Chinese
// screens render as empty boxes.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const CJK_FONT_PACKAGE = 'fonts-wqy-microhei';
const require = createRequire(import.meta.url);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function playwrightHasOwnChromium() {
  try {
    const { chromium } = require('@playwright/test');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

function hasCjkFont() {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  // No fontconfig to ask: do not hold the tests up over a font.
  if (result.error) return true;
  return result.stdout.trim() !== '';
}

function aptInstall(packages) {
  const options = {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  };
  console.log(`ensure-chromium: installing ${packages.join(' ')} with apt-get`);
  execFileSync('apt-get', ['update'], options);
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], options);
}

function main() {
  const configured = process.env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (existsSync(configured)) return;
    console.error(`ensure-chromium: CHROMIUM_PATH is set to ${configured}, which does not exist.`);
    process.exit(1);
  }

  const usesSystemChromium = existsSync(SYSTEM_CHROMIUM) || !playwrightHasOwnChromium();
  if (!usesSystemChromium) return;

  const missing = [];
  if (!existsSync(SYSTEM_CHROMIUM)) missing.push('chromium');
  if (!hasCjkFont()) missing.push(CJK_FONT_PACKAGE);
  if (missing.length === 0) return;

  if (isRoot && existsSync('/usr/bin/apt-get')) {
    aptInstall(missing);
  } else if (missing.includes('chromium')) {
    console.error(
      'ensure-chromium: no Chromium found; run `sudo apt-get install -y chromium` ' +
        '(or `npx playwright install chromium`, or set CHROMIUM_PATH).',
    );
    process.exit(1);
  } else {
    console.warn(
      `ensure-chromium: no CJK font, Chinese screenshots will show boxes ` +
        `(sudo apt-get install -y ${CJK_FONT_PACKAGE}).`,
    );
  }

  if (!existsSync(SYSTEM_CHROMIUM)) {
    console.error(`ensure-chromium: ${SYSTEM_CHROMIUM} is still missing after apt-get install.`);
    process.exit(1);
  }
}

main();
