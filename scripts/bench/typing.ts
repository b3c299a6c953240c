import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/support/chromium.ts';
import { freePort, start, stop, timeCommand, waitForHttp } from './processes';
import { percentiles } from './percentile';
import { installCommitRecorder } from './react-commits';

export interface TypingFigures {
  rows: number;
  keystrokes: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** keydown until React has the new total in the DOM (the app's own work, before painting). */
  updateP50Ms: number;
  updateP95Ms: number;
  commitsPerKey: number;
  /** Components that rendered during the keystrokes, most often first, with counts per key. */
  renderedComponents: string[];
  onlyExpectedRendered: boolean;
}

const ROWS = 50;
const KEYSTROKES = 240;
const BENCH_DIST = 'node_modules/.tmp/bench-dist';
/**
 * What may render when one count changes: the edited row and the controls inside it, the live
 * total. Names are matched as substrings of component names; Mantine's own input parts count as
 * part of the row.
 */
const EXPECTED_RENDERS = ['InspectorRow', 'PercentTotal', 'Preview'];

// Frames are produced as soon as there is something to paint, not on a 60 Hz vsync tick: the
// figure is the time the app needs to get a keystroke painted, without the display's phase
// (up to 16.7 ms of waiting that no code can remove) mixed in.
// Added to whichever Chromium runs, the system's or Playwright's own.
const NO_VSYNC_ARGS = ['--disable-gpu-vsync', '--disable-frame-rate-limit'];

/** In the page: time from keydown until the total shows the expected sum, painted. */
function installKeyTimer(): void {
  const w = window as unknown as {
    __benchExpect: string;
    __benchTimes: number[];
    __benchUpdates: number[];
  };
  w.__benchTimes = [];
  w.__benchUpdates = [];
  document.addEventListener(
    'keydown',
    () => {
      const t0 = performance.now();
      const total = document.querySelector('[data-testid="percent-total"]');
      // When React has put the new sum into the DOM (before the frame that paints it).
      const observer = new MutationObserver(() => {
        if ((total?.textContent ?? '').includes(w.__benchExpect)) {
          w.__benchUpdates.push(performance.now() - t0);
          observer.disconnect();
        }
      });
      if (total) observer.observe(total, { subtree: true, childList: true, characterData: true });
      const check = () => {
        const total = document.querySelector('[data-testid="percent-total"]')?.textContent ?? '';
        if (!total.includes(w.__benchExpect)) {
          requestAnimationFrame(check);
          return;
        }
        // The frame that shows it: a task posted from rAF runs once that frame's main-thread work
        // (paint, commit) is done. User-blocking priority, so it runs right then and does not
        // queue behind unrelated tasks: Chromium's autofill posts a ~6 ms form scan on every
        // keystroke that a plain message would wait for, though the compositor has already
        // drawn the frame by then (decision 061). Without postTask, a message.
        const done = () => w.__benchTimes.push(performance.now() - t0);
        if ('scheduler' in window) {
          void window.scheduler.postTask(done, { priority: 'user-blocking' });
        } else {
          const channel = new MessageChannel();
          channel.port1.onmessage = done;
          channel.port2.postMessage(0);
        }
      };
      requestAnimationFrame(check);
    },
    true,
  );
}

async function openInspectorsStep(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/plans/new`);
  await page.getByLabel('Plan name').fill('Typing bench');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('By percentage').click();
  const ids = Array.from({ length: ROWS }, (_, i) => `inspector-${String(i + 1).padStart(2, '0')}`);
  await page.getByLabel('Inspector 1 ID').evaluate((input, text) => {
    const data = new DataTransfer();
    data.setData('text', text);
    input.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, ids.join('\n'));
  await page.getByLabel(`Inspector ${ROWS} ID`).waitFor();
  await page.getByRole('button', { name: 'Split evenly' }).click();
  await page.getByTestId('percent-total').getByText('100 of 100%').waitFor();
}

/**
 * The wizard's inspectors step with 50 rows, by percentage: type into one share field and time
 * each keystroke until the field's error and the live total are on screen. Runs a copy of the
 * app built with readable component names, so the commit report can say who rendered.
 */
export async function measureTyping(): Promise<TypingFigures> {
  await timeCommand('npx', [
    'vite',
    'build',
    '--mode',
    'bench',
    '--outDir',
    BENCH_DIST,
    '--emptyOutDir',
  ]);
  const port = await freePort();
  const preview = start(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      BENCH_DIST,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    {
      CCSQM_BASE_URL: '',
      CCSQM_SIMULATOR_DATA: '',
    },
  );
  const launch = chromiumLaunchOptions();
  const browser = await chromium.launch({
    ...launch,
    args: [...(launch.args ?? []), ...NO_VSYNC_ARGS],
  });
  try {
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHttp(baseUrl, preview);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx compiles this file with esbuild's keepNames, whose `__name(fn)` calls travel with
    // functions serialized into the page: give the page a no-op one.
    await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
    await page.addInitScript(installCommitRecorder);
    await openInspectorsStep(page, baseUrl);

    const field = page.getByLabel('Inspector 1 share (%)');
    await field.focus();
    await page.keyboard.press('End');
    const first = await field.inputValue();
    await page.evaluate(installKeyTimer);
    await page.evaluate(() => {
      const w = window as unknown as {
        __benchCommits: { count: number; rendered: Record<string, number> };
      };
      w.__benchCommits = { count: 0, rendered: {} };
    });

    const base = 100 - Number(first);
    for (let i = 0; i < KEYSTROKES; i++) {
      // Alternate "2" -> "21" -> "2": every key changes the sum (100 <-> 119) and the error.
      const typing = i % 2 === 0;
      const value = typing ? `${first}1` : first;
      const expected = `${base + Number(value)} of 100%`;
      await page.evaluate((text) => {
        (window as unknown as { __benchExpect: string }).__benchExpect = text;
      }, expected);
      await page.keyboard.press(typing ? '1' : 'Backspace');
      try {
        await page.waitForFunction(
          (n) => (window as unknown as { __benchTimes: number[] }).__benchTimes.length >= n,
          i + 1,
          { timeout: 10_000 },
        );
      } catch (error) {
        const shown = await page.getByTestId('percent-total').textContent();
        const now = await field.inputValue();
        throw new Error(
          `After key ${i + 1} the total shows "${shown}", expected "${expected}" (field "${now}").`,
          { cause: error },
        );
      }
    }

    const { times, updates, commits } = await page.evaluate(() => {
      const w = window as unknown as {
        __benchTimes: number[];
        __benchUpdates: number[];
        __benchCommits: { count: number; rendered: Record<string, number> };
      };
      return { times: w.__benchTimes, updates: w.__benchUpdates, commits: w.__benchCommits };
    });
    const rendered = Object.entries(commits.rendered).sort((a, b) => b[1] - a[1]);
    const ownComponents = rendered.filter(([name]) => /^[A-Z]/.test(name));
    const unexpected = ownComponents.filter(
      ([name]) =>
        !EXPECTED_RENDERS.some((expected) => name.includes(expected)) && isAppComponent(name),
    );
    const keyTime = percentiles(times);
    const updateTime = percentiles(updates);
    return {
      rows: ROWS,
      keystrokes: times.length,
      p50Ms: keyTime(50) ?? Number.NaN,
      p95Ms: keyTime(95) ?? Number.NaN,
      maxMs: keyTime(100) ?? Number.NaN,
      updateP50Ms: updateTime(50) ?? Number.NaN,
      updateP95Ms: updateTime(95) ?? Number.NaN,
      commitsPerKey: commits.count / KEYSTROKES,
      renderedComponents: ownComponents
        .slice(0, 12)
        .map(([name, n]) => `${name}×${(n / KEYSTROKES).toFixed(1)}`),
      onlyExpectedRendered: unexpected.length === 0,
    };
  } finally {
    await browser.close();
    await stop(preview);
  }
}

/** Our own components (Mantine's and React's internals render inside them and are not judged). */
const MANTINE_OR_LIBRARY =
  /^(Mantine|Box|Input|TextInput|Text|Group|Stack|Progress|ActionIcon|UnstyledButton|CloseButton|Transition|Portal|OptionalPortal|Tooltip|Popover|Floating|Provider|Context|Anonymous|Fragment|Suspense|Outlet|Router|Route|RenderedRoute|DataRoutes|Controller)/;
function isAppComponent(name: string): boolean {
  return !MANTINE_OR_LIBRARY.test(name);
}
