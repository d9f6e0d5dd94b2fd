// Replays in the browser: a finished game's share link opened in a fresh browser context shows the same final
// state; "play from here" branches into a live game; bad links get a sentence, never a crash; the debrief opens.
import { expect, type Page, test } from '@playwright/test';
import { waitForReady } from './fixtures';
import { playWithKeys, presetSettings, screenIs, startGame } from './game-helpers';

async function finishWatchGame(page: Page, seed: number): Promise<string> {
  await presetSettings(page);
  await startGame(page, { party: 'watch', seed });
  for (let i = 0; i < 120; i++) {
    if ((await page.evaluate(() => window.__summit.screen)) === 'end') break;
    await page.keyboard.press('Escape');
    await page.waitForTimeout(250);
  }
  await screenIs(page, 'end');
  return (await page.evaluate(() => window.__summit.stateHash())) as string;
}

test('a share link opened in a fresh browser shows the same game, step by step', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const finalHash = await finishWatchGame(page, 7);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain('#r1.');
  expect(link.length).toBeLessThan(2000);

  const fresh = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const p2 = await fresh.newPage();
  await p2.goto(link);
  await p2.waitForFunction(() => window.__summit?.screen === 'replay', undefined, { timeout: 60_000 });
  const start = await p2.evaluate(() => window.__summit.stateHash());
  expect(start).not.toBe(finalHash);
  await p2.keyboard.press('End');
  await expect.poll(() => p2.evaluate(() => window.__summit.stateHash())).toBe(finalHash);
  await p2.keyboard.press('ArrowLeft');
  await expect.poll(() => p2.evaluate(() => window.__summit.stateHash())).not.toBe(finalHash);
  await p2.screenshot({ path: 'e2e/screenshots/replay-viewer-1280x720.png' });
  await fresh.close();
});

test('play from here branches into a live game', async ({ page }) => {
  test.setTimeout(180_000);
  await finishWatchGame(page, 11);
  await page.getByRole('button', { name: 'Watch the replay' }).click();
  await screenIs(page, 'replay');
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  const here = page.getByRole('button', { name: /^Play from here/ });
  // The button and the screen it opens name the same turn, and that screen has a way back.
  const next = /next: turn (\d+)/.exec((await here.textContent()) ?? '')?.[1];
  expect(next).toBeDefined();
  const left = await page.evaluate(() => window.__summit.stateHash());
  await here.click();
  await expect(page.getByRole('heading', { name: `Play from turn ${next}` })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await screenIs(page, 'replay');
  // Back returns to the step the player left, not to the start.
  expect(await page.evaluate(() => window.__summit.stateHash())).toBe(left);
  await expect(page.getByRole('button', { name: /^Play from here/ })).toHaveText(new RegExp(`next: turn ${next}\\b`));
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: /^Play from here/ }).click();
  await page.getByRole('button', { name: 'Play as Ukraine' }).click();
  await screenIs(page, 'summit');
  expect(await page.evaluate(() => window.__summit.stateHash())).toMatch(/^[0-9a-f]{16}$/);
  await playWithKeys(page);
  await screenIs(page, 'end');
});

test('the replay viewer shows the debrief of the step on show', async ({ page }) => {
  test.setTimeout(180_000);
  await finishWatchGame(page, 7);
  await page.getByRole('button', { name: 'Watch the replay' }).click();
  await screenIs(page, 'replay');
  // At a small laptop's size, for the screenshots (the other tests look at 1280×720).
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.keyboard.press('End');
  await page.screenshot({ path: 'e2e/screenshots/replay-viewer-1024x768.png' });
  await page.getByRole('button', { name: 'Debrief', exact: true }).click();
  await expect(page.getByTestId('dance-plot')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/debrief-1024x768.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('debrief')).toHaveCount(0);
});

test('the debrief opens from the end screen with its chart', async ({ page }) => {
  test.setTimeout(180_000);
  await finishWatchGame(page, 7);
  await page.getByRole('button', { name: /^Debrief/ }).click();
  await expect(page.getByTestId('debrief')).toBeVisible();
  await expect(page.getByTestId('dance-plot')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/debrief-1280x720.png' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export chart as PNG' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.png$/);
});

test('bad links and files get a sentence, not a crash', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./#r1.00000000.AAAA');
  await waitForReady(page);
  await expect(page.getByRole('alert')).toContainText(/replay link/i);
  await page.getByRole('button', { name: 'Open a replay' }).click();
  await screenIs(page, 'open-replay');
  await page.getByRole('textbox').first().fill('#r2.abc.def');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('another version');
  await page.locator('input[type=file]').setInputFiles({
    name: 'bad.summit.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "summit-replay", "version": 1, "game": "<b>x</b>"'),
  });
  await expect(page.getByRole('alert')).toContainText('truncated');
  expect(errors).toEqual([]);
});

test('an unfinished game downloads its replay from the table, and the file plays back', async ({ page }) => {
  test.setTimeout(120_000);
  await presetSettings(page);
  await startGame(page, { party: 'Ukraine', seed: 3 });
  await screenIs(page, 'summit');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save replay' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^alaska-2025-ukraine-\d{4}-\d\d-\d\d\.summit\.json$/);
  const { readFileSync } = await import('node:fs');
  const { parseReplay, parseScenario } = await import('../game/content/index');
  const { playReplay } = await import('../game/engine/index');
  const replay = parseReplay(readFileSync((await file.path())!, 'utf8'), 'download');
  expect(replay.ok).toBe(true);
  const sc = parseScenario(readFileSync('scenarios/alaska-2025.yaml', 'utf8'), 'alaska-2025.yaml');
  if (!replay.ok || !sc.ok) return;
  expect(replay.value.outcome).toBeNull();
  expect(playReplay(sc.value, replay.value).ok).toBe(true);
});
