// Whole games in the built page, played by clicks and keys only: Alaska as Ukraine and as Russia, hot seat,
// the "AI only — watch" game against Node's own run of the same seed (determinism), and the end screen.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseScenario } from '../game/content';
import { runGame, stateHash } from '../game/engine';
import { collectErrors, SCREENSHOTS } from './fixtures';
import { playWithKeys, presetSettings, screenIs, startGame, waitForTurn } from './game-helpers';

test('a full Alaska game as Ukraine, title to end screen, with clicks and keys', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await presetSettings(page);
  await startGame(page, { party: 'Ukraine', seed: 11 });
  await screenIs(page, 'summit');
  expect(await waitForTurn(page)).toBe('turn');
  await page.screenshot({ path: `${SCREENSHOTS}/summit-1280x720.png` });
  await page.keyboard.press('m');
  await page.screenshot({ path: `${SCREENSHOTS}/summit-map-1280x720.png` });
  await page.keyboard.press('m');
  await playWithKeys(page);
  await screenIs(page, 'end');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Agreement|No deal|walked out/);
  await expect(page.getByRole('rowheader', { name: 'Ukraine (you)' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/end-1280x720.png` });
  expect(errors).toEqual([]);
});

test('a full Alaska game as Russia', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await presetSettings(page);
  await startGame(page, { party: 'Russian Federation', seed: 5, difficulty: 'Easy' });
  await screenIs(page, 'summit');
  await waitForTurn(page);
  await page.screenshot({ path: `${SCREENSHOTS}/summit-easy-russia-1280x720.png` });
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
  const first = await waitForTurn(page);
  if (first === 'privacy') await page.screenshot({ path: `${SCREENSHOTS}/privacy-1280x720.png` });
  const privacy = await playWithKeys(page);
  expect(privacy + (first === 'privacy' ? 1 : 0)).toBeGreaterThan(0);
  await screenIs(page, 'end');
  expect(errors).toEqual([]);
});

test('AI only — watch: the browser reaches the same final state as Node for the same seed', async ({ page }) => {
  const errors = collectErrors(page);
  // Full motion here: Escape (skip) must get to the end without waiting for the AI's pacing.
  await presetSettings(page, { reduceMotion: false });
  const seed = 4242;
  await startGame(page, { party: 'watch', seed });
  await screenIs(page, 'summit');
  await page.keyboard.press('Escape');
  await screenIs(page, 'end');
  const text = readFileSync('scenarios/alaska-2025.yaml', 'utf8');
  const sc = parseScenario(text, 'alaska-2025.yaml');
  if (!sc.ok) throw new Error('scenario did not compile');
  const expected = stateHash(runGame(sc.value, { seed }));
  expect(await page.evaluate(() => window.__summit.stateHash())).toBe(expected);
  expect(errors).toEqual([]);
});
