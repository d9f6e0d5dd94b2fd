// Whole games in the built page, played by clicks and keys only: Alaska as Ukraine and as Russia, hot seat,
// and the "AI only — watch" game against Node's own run of the same seed (determinism). On the way: axe-core on
// every screen's panels, screenshots of every screen, and no console errors anywhere.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { parseScenario } from '../game/content/index';
import { runGame, stateHash } from '../game/engine/index';
import { collectErrors, SCREENSHOTS, seriousViolations } from './fixtures';
import { passPrivacy, playTurn, playWithKeys, presetSettings, screenIs, startGame, waitForTurn } from './game-helpers';

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });

/** Screenshot at 1024×768 too, then back to the test's 1280×720. */
async function shotSmall(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.waitForFunction(() => window.innerWidth === 1024);
  await shot(page, `${name}-1024x768`);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.waitForFunction(() => window.innerWidth === 1280);
}

test('a full Alaska game as Ukraine, title to end screen, with clicks and keys', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  await presetSettings(page);
  await startGame(page, {
    party: 'Ukraine',
    seed: 11,
    onScreen: async (name) => {
      await shot(page, `${name}-1280x720`);
      expect(await seriousViolations(page), name).toEqual([]);
    },
  });
  await screenIs(page, 'summit');
  expect(await waitForTurn(page)).toBe('turn');
  await expect(page.locator('#actions-title')).toHaveText('Your move, Ukraine');
  // No AI turn to skip at the player's move: the skip button is gone.
  await expect(page.getByRole('button', { name: 'Skip AI turns (Esc)' })).toBeHidden();
  await shot(page, 'summit-1280x720');
  expect(await seriousViolations(page), 'summit').toEqual([]);
  await shotSmall(page, 'summit');
  await page.keyboard.press('m');
  await shot(page, 'summit-map-1280x720');
  await page.keyboard.press('m');
  await playWithKeys(page);
  await screenIs(page, 'end');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Agreement|No deal|walked out/);
  await expect(page.getByRole('rowheader', { name: 'Ukraine (you)' })).toBeVisible();
  await shot(page, 'end-1280x720');
  expect(await seriousViolations(page), 'end').toEqual([]);
  await shotSmall(page, 'end');
  expect(errors).toEqual([]);
});

test('a full Alaska game as Russia, on easy', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await presetSettings(page);
  await startGame(page, { party: 'Russian Federation', seed: 5, difficulty: 'Easy' });
  await screenIs(page, 'summit');
  await waitForTurn(page);
  await expect(page.locator('#actions-title')).toHaveText('Your move, Russian Federation');
  await expect(page.getByRole('heading', { name: 'Hints (easy)' })).toBeVisible();
  await shot(page, 'summit-easy-russia-1280x720');
  await playWithKeys(page);
  await screenIs(page, 'end');
  await expect(page.getByRole('rowheader', { name: 'Russian Federation (you)' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('hot seat: two human parties, with a privacy screen between them', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await presetSettings(page);
  await startGame(page, { party: 'Ukraine', hotSeat: ['United States'], seed: 3 });
  await screenIs(page, 'summit');
  // Play until the seat changes hands: the privacy screen hides the panel (and both briefs) until Enter.
  const proposedIn = new Set<string>();
  let at = await waitForTurn(page);
  while (at === 'turn') at = await playTurn(page, proposedIn);
  expect(at).toBe('privacy');
  const next = page.getByRole('heading', { name: /^Pass the device to (Ukraine|United States)$/ });
  await expect(next).toBeVisible();
  const first = ((await next.textContent()) ?? '').replace('Pass the device to ', '');
  await expect(page.getByText(/Your confidential brief/)).toHaveCount(0);
  await shot(page, 'privacy-1280x720');
  expect(await seriousViolations(page), 'privacy').toEqual([]);
  await passPrivacy(page);
  expect(await waitForTurn(page)).toBe('turn');
  await expect(page.locator('#actions-title')).toHaveText(`Your move, ${first}`);
  await expect(page.getByText(`Your confidential brief (${first})`)).toBeAttached();
  // Round the table once more, back to the other seat; a full-length game is the single-player tests' job.
  at = await playTurn(page, proposedIn);
  while (at === 'turn') at = await playTurn(page, proposedIn);
  expect(at).toBe('privacy');
  const second = first === 'Ukraine' ? 'United States' : 'Ukraine';
  await expect(next).toHaveText(`Pass the device to ${second}`);
  await passPrivacy(page);
  expect(await waitForTurn(page)).toBe('turn');
  // The second seat ends it: walking out (X) asks first, then is the end of the game.
  const hash = await page.evaluate(() => window.__summit.stateHash());
  await page.keyboard.press('x');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Walk out' }).click();
  expect(await waitForTurn(page, hash)).toBe('end');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${second} walked out`);
  await expect(page.getByRole('rowheader', { name: 'Ukraine (you)' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'United States (you)' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('AI only — watch: Escape skips to the end, and the browser reaches the same final state as Node', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const errors = collectErrors(page);
  // Full motion here: Escape (skip) must get to the end without waiting for the AI's pacing.
  await presetSettings(page, { reduceMotion: false });
  const seed = 4242;
  await startGame(page, { party: 'watch', seed });
  await screenIs(page, 'summit');
  await expect(page.locator('#actions-title')).toHaveText('Watching');
  await page.keyboard.press('Escape');
  await screenIs(page, 'end');
  const sc = parseScenario(readFileSync('scenarios/alaska-2025.yaml', 'utf8'), 'alaska-2025.yaml');
  if (!sc.ok) throw new Error('alaska-2025.yaml did not compile');
  const expected = stateHash(runGame(sc.value, { seed }));
  expect(await page.evaluate(() => window.__summit.stateHash())).toBe(expected);
  expect(errors).toEqual([]);
});
