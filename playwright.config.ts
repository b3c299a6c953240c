import { defineConfig, devices } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from './e2e/support/chromium';
import { ensureFreshBuild } from './e2e/support/ensure-build';

const isCI = Boolean(process.env.CI);
// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env['E2E_PORT'] ?? 4173);
const baseURL = `http://127.0.0.1:${PORT}`;

// Only the runner process builds; its workers load this file too.
if (process.env.TEST_WORKER_INDEX === undefined) {
  ensureFreshBuild(fileURLToPath(new URL('.', import.meta.url)));
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  // A retry would hide flakiness; a flaky test is a bug to fix.
  retries: 0,
  // CI has two cores; more workers only contend for them.
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  outputDir: 'test-results',
  use: {
    baseURL,
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
  ],
  webServer: {
    command: `npm run preview -- --port ${PORT} --strictPort --host 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: !isCI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      // Always the embedded simulator, in memory: e2e never touches a real tenant, whatever
      // .env.local says (real variables win over .env files; blank means "not set").
      CCSQM_BASE_URL: '',
      CCSQM_SIMULATOR_DATA: '',
    },
  },
});
