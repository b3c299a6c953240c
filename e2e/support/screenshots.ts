import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const SCREENSHOT_DIR = 'screenshots';

/** Desktop and phone: the two widths every screen must look right at. */
const SCREENSHOT_WIDTHS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

export interface SnapOptions {
  widths?: readonly { width: number; height: number }[];
  /**
   * 'page' (default): the window is made as tall as the page, so the fixed header and sticky bars
   * are drawn where a user sees them (a full-page capture draws them in the middle of the
   * picture). 'viewport': the window as it is, for dialogs fixed to it.
   */
  mode?: 'page' | 'viewport';
}

/**
 * Saves screenshots/<name>-<width>.png at 1440 and 390 px (or the given widths), then restores the
 * viewport the test had.
 */
export async function snap(
  page: Page,
  name: string,
  { widths = SCREENSHOT_WIDTHS, mode = 'page' }: SnapOptions = {},
) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize();
  for (const size of widths) {
    await page.setViewportSize(size);
    if (mode === 'page') await page.evaluate(() => window.scrollTo(0, 0));
    // Let layout settle: fonts finish, media-query hooks re-render (two frames).
    const height = await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return document.documentElement.scrollHeight;
    });
    if (mode === 'page') {
      await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
    }
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, `${name}-${size.width}.png`),
      animations: 'disabled',
    });
  }
  if (original) await page.setViewportSize(original);
}
