import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const SCREENSHOT_DIR = 'screenshots';

/** Desktop and phone: the two widths every screen must look right at. */
export const SCREENSHOT_WIDTHS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

/**
 * Saves full-page PNGs of the current page as screenshots/<name>-<width>.png at 1440 and 390 px
 * (or the given widths), then restores the viewport the test had.
 */
export async function snap(
  page: Page,
  name: string,
  widths: readonly { width: number; height: number }[] = SCREENSHOT_WIDTHS,
) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize();
  for (const size of widths) {
    await page.setViewportSize(size);
    // Let layout settle: fonts finish, media-query hooks re-render (two frames).
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, `${name}-${size.width}.png`),
      fullPage: true,
      animations: 'disabled',
    });
  }
  if (original) await page.setViewportSize(original);
}
