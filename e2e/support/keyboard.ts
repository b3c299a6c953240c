import type { Locator, Page } from '@playwright/test';

/**
 * Presses Tab until `target` has the focus: proof it is reachable from the keyboard, a keyboard
 * user's way of getting there. Fails after `maxPresses` presses.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}
