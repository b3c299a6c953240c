import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { snap } from './support/screenshots';

const mainNav = (page: Page, name = 'Main navigation') => page.getByRole('navigation', { name });

/** Accessibility of the shell itself (pages have their own checks). */
const expectAccessibleShell = (page: Page) =>
  expectNoAxeViolations(page, { include: ['header', 'nav'] });

test.describe('shell', () => {
  test('opens on plans, navigates, and says calls go to the simulator (English)', async ({
    page,
  }) => {
    await page.goto('/');

    await expect(page).toHaveURL(/\/plans$/);
    await expect(page).toHaveTitle('Plans · CCSQM console');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('banner')).toContainText('CCSQM console');
    await expect(page.getByRole('main')).toBeVisible();

    const badge = page.getByTestId('upstream-badge');
    await expect(badge).toHaveAttribute('data-mode', 'simulator');
    await expect(badge).toContainText('Simulator');
    await expect(page.getByTestId('upstream-details')).toContainText('built-in simulator');

    const nav = mainNav(page);
    await expect(nav.getByRole('link', { name: 'Plans' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'Speed rules' }).click();
    await expect(page).toHaveURL(/\/speed-rules$/);
    await expect(nav.getByRole('link', { name: 'Speed rules' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page).toHaveTitle('Speed rules · CCSQM console');
    await nav.getByRole('link', { name: 'Plans' }).click();
    await expect(page).toHaveURL(/\/plans$/);

    await expectAccessibleShell(page);
    await snap(page, 'shell-en');
  });

  test('switches to Simplified Chinese from the header and keeps it after a reload', async ({
    page,
  }) => {
    await page.goto('/plans');
    await expect(page.getByTestId('upstream-badge')).toHaveAttribute('data-mode', 'simulator');

    const languages = page.getByRole('group', { name: 'Language' });
    await expect(languages.getByRole('button', { name: 'EN' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await languages.getByRole('button', { name: '中文' }).click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const nav = mainNav(page, '主导航');
    await expect(nav.getByRole('link', { name: '抽检计划' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByTestId('upstream-badge')).toContainText('模拟器');
    await expect(page).toHaveTitle('抽检计划 · CCSQM 控制台');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(mainNav(page, '主导航').getByRole('link', { name: '语速规则' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('CCSQM 控制台');

    await expectAccessibleShell(page);
    await snap(page, 'shell-zh');

    const languagesInChinese = page.getByRole('group', { name: '语言' });
    await expect(languagesInChinese.getByRole('button', { name: '中文' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await languagesInChinese.getByRole('button', { name: 'EN' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(mainNav(page).getByRole('link', { name: 'Plans' })).toBeVisible();
  });

  test('dark theme: toggles, persists, and stays readable', async ({ page }) => {
    await page.goto('/plans');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();

    await expectAccessibleShell(page);
    await snap(page, 'shell-dark');
  });

  test('phone width: the burger opens and closes the navigation', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/plans');

    const burger = page.getByRole('button', { name: 'Open navigation' });
    await expect(burger).toHaveAttribute('aria-expanded', 'false');
    // Closed, the navbar is slid off-screen and inert: its links are out of the Tab order.
    await expect(page.locator('#main-navigation')).toHaveAttribute('inert', '');
    await expect(page.locator('#main-navigation a').first()).not.toBeInViewport();

    await burger.click();
    const close = page.getByRole('button', { name: 'Close navigation' });
    await expect(close).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#main-navigation')).not.toHaveAttribute('inert');
    await expect(mainNav(page).getByRole('link', { name: 'Speed rules' })).toBeInViewport();
    // The window as a phone has it: the open menu covers the window, not a page-tall picture.
    await snap(page, 'shell-en-nav-open', {
      widths: [{ width: 390, height: 844 }],
      mode: 'viewport',
    });

    await mainNav(page).getByRole('link', { name: 'Speed rules' }).click();
    await expect(page).toHaveURL(/\/speed-rules$/);
    await expect(page.getByRole('button', { name: 'Open navigation' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  test('unknown addresses get a page, not a blank screen', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('/no/such/page');
    await expect(page).toHaveTitle('Page not found · CCSQM console');
    await snap(page, 'not-found');
    await page.getByRole('link', { name: 'Go to plans' }).click();
    await expect(page).toHaveURL(/\/plans$/);
  });
});
