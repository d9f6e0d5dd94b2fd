// Helpers for the game tests: start a scenario from the title by clicking, and play it to the end with keys.
import { expect, type Page } from '@playwright/test';
import { waitForReady } from './fixtures';

export interface StartOptions {
  scenario?: string;
  party: string | 'watch'; // the label of the party radio, or "watch" for AI only
  hotSeat?: string[]; // labels of other human parties
  seed?: number;
  difficulty?: 'Easy' | 'Normal' | 'Hard';
}

/** Settings before the page loads: reduced motion (AI turns at once) and the guide already seen, unless asked. */
export async function presetSettings(page: Page, settings: Record<string, unknown> = {}): Promise<void> {
  const text = JSON.stringify({ reduceMotion: true, guideSeen: true, muted: true, ...settings });
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('summit.e2e.preset')) {
      localStorage.setItem('summit.settings.v1', value);
      sessionStorage.setItem('summit.e2e.preset', '1');
    }
  }, text);
}

export const screenIs = (page: Page, name: string) => page.waitForFunction((n) => window.__summit?.screen === n, name);

export async function startGame(page: Page, o: StartOptions): Promise<void> {
  await page.goto('./');
  await waitForReady(page);
  await page.getByRole('button', { name: 'Play' }).click();
  const card = page.locator(`[data-scenario="${o.scenario ?? 'alaska-2025'}"]`);
  await card.getByRole('button', { name: 'Choose' }).click();
  await screenIs(page, 'briefing');
  await page.getByRole('button', { name: 'Choose your role' }).click();
  await screenIs(page, 'role');
  await page.getByRole('radio', { name: o.party === 'watch' ? 'AI only — watch' : o.party, exact: true }).check();
  for (const other of o.hotSeat ?? []) {
    await page
      .getByRole('group', { name: /hot seat/ })
      .getByLabel(other, { exact: true })
      .check();
  }
  if (o.difficulty) await page.getByRole('radio', { name: o.difficulty, exact: true }).check();
  if (o.seed !== undefined) {
    await page.getByText('Advanced: seed').click();
    await page.getByLabel(/^Seed/).fill(String(o.seed));
  }
  await page.getByRole('button', { name: 'Start the summit' }).click();
}

/** Waits until the player can act, a privacy screen shows, or the game ended; returns which. */
export async function waitForTurn(page: Page): Promise<'turn' | 'privacy' | 'end'> {
  const handle = await page.waitForFunction(() => {
    const screen = window.__summit.screen;
    if (screen === 'end' || screen === 'privacy') return screen;
    const title = document.getElementById('actions-title')?.textContent ?? '';
    return screen === 'summit' && title.startsWith('Your move') ? 'turn' : false;
  });
  return (await handle.jsonValue()) as 'turn' | 'privacy' | 'end';
}

/**
 * Plays to the end with keys only: accept (A) when possible, propose (P) the first time each phase, else pass
 * (Space). Escape skips any AI turns still playing. Returns how many privacy screens were passed.
 */
export async function playWithKeys(page: Page, maxTurns = 120): Promise<number> {
  let privacy = 0;
  const proposedIn = new Set<string>();
  for (let i = 0; i < maxTurns; i++) {
    const at = await waitForTurn(page);
    if (at === 'end') return privacy;
    if (at === 'privacy') {
      privacy++;
      await page.keyboard.press('Enter');
      continue;
    }
    const phase = (await page.locator('#summit-title').textContent()) ?? '';
    const who = (await page.locator('#actions-title').textContent()) ?? '';
    const turn = await page.evaluate(() => window.__summit.stateHash());
    const accept = page.locator('[data-action="offer.accept"]');
    const propose = page.locator('[data-action="offer.propose"]');
    if (await accept.isEnabled()) await page.keyboard.press('a');
    else if ((await propose.isEnabled()) && !proposedIn.has(phase + who)) {
      proposedIn.add(phase + who);
      await page.keyboard.press('p');
    } else await page.keyboard.press(' ');
    // Each key is one action: wait until the state moved on.
    await page.waitForFunction((h) => window.__summit.stateHash() !== h, turn);
  }
  await expect(page.locator('body')).toHaveText(/never/, { timeout: 1 }); // fail: the game did not end
  return privacy;
}
