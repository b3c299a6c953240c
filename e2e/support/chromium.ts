import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium the tests drive. Keep the rule in step with scripts/ensure-chromium.mjs:
 * CHROMIUM_PATH if set; else the distribution's /usr/bin/chromium if it exists; else
 * Playwright's own browser if it was downloaded; else /usr/bin/chromium (ensure-chromium
 * installs it before the tests run).
 */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep a distribution Chromium quiet and working in containers and CI. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function playwrightHasOwnChromium(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

/** undefined: let Playwright use the browser it downloaded. */
function chromiumExecutable(): string | undefined {
  const configured = process.env.CHROMIUM_PATH?.trim();
  if (configured) return configured;
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  return playwrightHasOwnChromium() ? undefined : SYSTEM_CHROMIUM;
}

export function chromiumLaunchOptions() {
  const executablePath = chromiumExecutable();
  return executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {};
}
