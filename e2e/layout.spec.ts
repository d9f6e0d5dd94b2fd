// The screens at common laptop sizes (1024×768, 1280×800, 1366×768, 1920×1080) and at 768 px wide, checked on
// their boxes: the end screen's results one line a row (then the debrief's and the replay viewer's lines at
// 1024×768), the summit header's buttons in one row while "Skip AI turns" shows, the studio's balance report not
// cut at its right edge, and Settings' volume a usable range. Screenshots of each go to
// e2e/screenshots/ (layout-*).
import { expect, type Page, test } from '@playwright/test';
import { collectErrors, SCREENSHOTS, waitForReady } from './fixtures';
import { playWithKeys, presetSettings, screenIs, startGame } from './game-helpers';
import { cutAtRight, wrappedText } from './layout-checks';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 768, height: 1024 },
] as const;

/** Resizes the page and waits two frames, so whatever measures itself on resize has done so. */
async function resize(page: Page, size: { width: number; height: number }): Promise<string> {
  await page.setViewportSize(size);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return `${size.width}x${size.height}`;
}

test('the end screen: each result on one line, nothing cut, at every size', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const errors = collectErrors(page);
  await presetSettings(page);
  await startGame(page, { party: 'Ukraine', seed: 11 });
  await screenIs(page, 'summit');
  await playWithKeys(page);
  await screenIs(page, 'end');
  for (const size of SIZES) {
    const name = await resize(page, size);
    await page.screenshot({ path: `${SCREENSHOTS}/layout-end-${name}.png` });
    expect(await wrappedText(page, '.results-table th, .results-table td'), `results at ${name}`).toEqual([]);
    expect(await cutAtRight(page, '.results-table, .final-package'), `results at ${name}`).toEqual([]);
    // Screen readers get the full name wherever the short one is shown.
    await expect(page.getByRole('rowheader', { name: 'Ukraine (you)' })).toHaveCount(1);
    await expect(page.getByRole('rowheader', { name: 'Russian Federation' })).toHaveCount(1);
  }
  // From the end screen at 1024×768: the debrief keeps each party with its points on one line ("United States +17"),
  // and the replay viewer's step text is not squeezed beside "Play from here".
  await resize(page, { width: 1024, height: 768 });
  await page.getByRole('button', { name: /^Debrief/ }).click();
  await expect(page.getByTestId('debrief')).toBeVisible();
  expect(await wrappedText(page, '.who li'), 'debrief at 1024x768').toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Watch the replay' }).click();
  await screenIs(page, 'replay');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.replay-happened')).toHaveText('Turn 10 · United States accepts the package');
  await page.screenshot({ path: `${SCREENSHOTS}/layout-replay-1024x768.png` });
  expect(await wrappedText(page, '.replay-happened, .replay-head button'), 'replay at 1024x768').toEqual([]);
  expect(await cutAtRight(page, '.replay-head, .replay-timeline button'), 'replay at 1024x768').toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test('while the AI plays, "Skip AI turns" leaves the header buttons in one row, at every size', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const errors = collectErrors(page);
  // AI turns paced (not at once), so the AI is playing and Skip shows; watching keeps it so for the whole game.
  await presetSettings(page, { reduceMotion: false });
  await startGame(page, { party: 'watch', seed: 11 });
  await screenIs(page, 'summit');
  const skip = page.getByRole('button', { name: 'Skip AI turns (Esc)' });
  await expect(skip).toBeVisible();
  for (const size of SIZES) {
    const name = await resize(page, size);
    await expect(skip).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/layout-skip-${name}.png` });
    const rows = await page.evaluate(() => {
      const tops = [...document.querySelectorAll<HTMLElement>('.header-buttons > *')]
        .filter((n) => n.getClientRects().length > 0)
        .map((n) => Math.round(n.getBoundingClientRect().top));
      const line = document.querySelector<HTMLElement>('.round-line');
      return {
        rows: new Set(tops).size,
        // Skip fits the round's line as it is without it: showing it makes nothing jump.
        lineGrows:
          line === null ||
          line.getBoundingClientRect().height > Number.parseFloat(getComputedStyle(line).minHeight) + 1,
      };
    });
    expect(rows, `header at ${name}`).toEqual({ rows: 1, lineGrows: false });
    expect(await wrappedText(page, '.summit-header button'), `header at ${name}`).toEqual([]);
    expect(await cutAtRight(page, '.summit-header button, .summit-header input'), `header at ${name}`).toEqual([]);
  }
  expect(errors).toEqual([]);
  await page.close();
});

test('the studio: the balance report is not cut at its right edge, at every size', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const errors = collectErrors(page);
  await presetSettings(page);
  await page.goto('./?studio');
  await screenIs(page, 'studio');
  await page.getByLabel('Runs per cell').selectOption('20');
  await page.getByRole('button', { name: 'Run balance' }).click();
  await expect(page.locator('.studio-progress')).toHaveAttribute('data-done', 'true', { timeout: 60_000 });
  const report = page.locator('.balance-table');
  await expect(report).toContainText('Balance of my-summit 0.1.0: 20 runs per cell');
  await expect(report).toContainText('All AI: deals');
  for (const size of SIZES) {
    const name = await resize(page, size);
    await report.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/layout-studio-${name}.png` });
    expect(await cutAtRight(page, '.balance-table, .balance-table *'), `balance at ${name}`).toEqual([]);
    expect(await wrappedText(page, '.balance-table th, .balance-table td'), `balance at ${name}`).toEqual([]);
    expect(await cutAtRight(page, '.studio-side .studio-table'), `package space at ${name}`).toEqual([]);
  }
  expect(errors).toEqual([]);
  await page.close();
});

test('Settings: the volume is a range wide enough to use', async ({ page }) => {
  await presetSettings(page);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./');
  await waitForReady(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  const volume = page.getByRole('slider', { name: 'Volume' });
  await expect(volume).toBeVisible();
  expect((await volume.boundingBox())!.width).toBeGreaterThan(100);
});
