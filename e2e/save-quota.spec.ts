// A save that fails never fails silently: with the site's storage filled to its quota, starting a new game shows
// a notice that stays at the table, with "Download the game so far" (the replay file); after a reload, Continue
// resumes the older game that is still saved and says that it is the older one.
import { expect, test } from '@playwright/test';
import { collectErrors, SCREENSHOTS, waitForReady } from './fixtures';
import { playTurn, presetSettings, screenIs, startGame, waitForTurn } from './game-helpers';

const hashNow = (page: import('@playwright/test').Page) => page.evaluate(() => window.__summit.stateHash());

test('storage full: a notice with the game so far to download; Continue says the save is of an older game', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await presetSettings(page);

  // An older game, saved as usual.
  await startGame(page, { party: 'Ukraine', seed: 11 });
  await screenIs(page, 'summit');
  expect(await waitForTurn(page)).toBe('turn');
  expect(await playTurn(page, new Set())).toBe('turn');
  const olderHash = await hashNow(page);
  await expect(page.locator('.save-notice')).toBeHidden();

  // Someone else's data fills the storage to the quota (big blocks first, then down to single characters).
  const filled = await page.evaluate(() => {
    let n = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 10, 64, 1]) {
      const block = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler.${n++}`, block);
        } catch {
          break;
        }
      }
    }
    return n;
  });
  expect(filled).toBeGreaterThan(5);

  // A new game: its first autosave does not fit.
  await page.getByRole('button', { name: 'Title', exact: true }).click();
  await startGame(page, { party: 'United States', seed: 12 });
  await screenIs(page, 'summit');
  expect(await waitForTurn(page)).toBe('turn');
  const notice = page.locator('.save-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('could not be saved');
  await expect(notice).toContainText('storage for this site is full');
  expect(await playTurn(page, new Set())).toBe('turn');
  // Still there after the next turn: the storage is still full.
  await expect(notice).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/save-quota-notice.png` });
  const newerHash = await hashNow(page);
  expect(newerHash).not.toBe(olderHash);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download the game so far' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^alaska-2025-us-\d{4}-\d{2}-\d{2}\.summit\.json$/);
  const path = await download.path();
  const replay = JSON.parse(await (await import('node:fs/promises')).readFile(path, 'utf8'));
  expect(replay.format).toBe('summit-replay');
  expect(replay.seats.us).toBe('human');
  expect(replay.actions.length).toBeGreaterThan(0);

  // After a reload, Continue finds only the older game, and says so.
  await page.reload();
  await waitForReady(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await screenIs(page, 'summit');
  await expect(page.getByRole('alert').filter({ hasText: 'older game' })).toHaveText(
    /The game you played last could not be saved .*this is an older game, saved before it\./,
  );
  expect(await waitForTurn(page)).toBe('turn');
  expect(await hashNow(page)).toBe(olderHash);
  expect(errors).toEqual([]);
});
