// Autosave in the built page: a reload in the middle of a game continues at the very same state, a damaged save
// falls back to the previous good one with a message, and a save that cannot be used at all is a message on
// the title — never a crash.
import { expect, test } from '@playwright/test';
import { collectErrors, waitForReady } from './fixtures';
import {
  PREVIOUS_SAVE_KEY,
  playTurn,
  presetSettings,
  SAVE_KEY,
  screenIs,
  startGame,
  waitForTurn,
} from './game-helpers';

const hashNow = (page: import('@playwright/test').Page) => page.evaluate(() => window.__summit.stateHash());

test('reload mid-game and Continue: the same state hash; a damaged save falls back to the previous one', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await presetSettings(page);
  await startGame(page, { party: 'Ukraine', seed: 11 });
  await screenIs(page, 'summit');
  expect(await waitForTurn(page)).toBe('turn');
  const proposedIn = new Set<string>();
  for (let i = 0; i < 2; i++) expect(await playTurn(page, proposedIn)).toBe('turn');
  const saved = await hashNow(page);
  expect(saved).not.toBeNull();

  await page.reload();
  await waitForReady(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await screenIs(page, 'summit');
  expect(await waitForTurn(page)).toBe('turn');
  expect(await hashNow(page)).toBe(saved);

  // Garbage in the current slot; the previous slot holds the game just after the player's last action.
  const previousHash = await page.evaluate(
    ([current, previous]) => {
      const before = JSON.parse(localStorage.getItem(previous) ?? 'null');
      localStorage.setItem(current, '{"format":"summit-save","replay": garbage');
      return before?.replay?.finalHash ?? null;
    },
    [SAVE_KEY, PREVIOUS_SAVE_KEY],
  );
  expect(previousHash).not.toBeNull();
  await page.reload();
  await waitForReady(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await screenIs(page, 'summit');
  await expect(page.getByRole('alert').filter({ hasText: 'damaged' })).toHaveText(
    /The last save is damaged.*Resumed from the previous save\./,
  );
  expect(await waitForTurn(page)).toBe('turn');
  // The AI plays its turns after the player's action again, the same way: the same game as before.
  expect(await hashNow(page)).toBe(saved);
  expect(errors).toEqual([]);
});

test('a save that is only garbage: a message on the title, no crash, and the game still plays', async ({ page }) => {
  const errors = collectErrors(page);
  await presetSettings(page);
  await page.addInitScript(
    ([current, previous]) => {
      if (!sessionStorage.getItem('summit.e2e.garbage')) {
        localStorage.setItem(current, '\u0000not a save at all {{{');
        localStorage.removeItem(previous);
        sessionStorage.setItem('summit.e2e.garbage', '1');
      }
    },
    [SAVE_KEY, PREVIOUS_SAVE_KEY],
  );
  await page.goto('./');
  await waitForReady(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(/The last save is damaged.*No saved game could be resumed\./);
  expect(await page.evaluate(() => window.__summit.screen)).toBe('title');
  // Nothing left to continue, and Play still works.
  await expect(page.getByRole('button', { name: 'Continue', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Choose a summit' })).toBeVisible();
  expect(errors).toEqual([]);
});
