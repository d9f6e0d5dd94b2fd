// Helpers for the game tests: start a scenario from the title by clicking, and play it to the end with keys.
// The page is slow to answer while the canvas draws (software WebGL), so each turn reads the panel once and
// waits once, on the game's own state, never on a timer.
import type { Page } from '@playwright/test';
import { waitForReady } from './fixtures';

export interface StartOptions {
  scenario?: string;
  party: string | 'watch'; // the label of the party radio, or "watch" for AI only
  hotSeat?: string[]; // labels of other human parties
  seed?: number;
  difficulty?: 'Easy' | 'Normal' | 'Hard';
  /** Called on the briefing and on the role screen, once each is showing (screenshots, axe). */
  onScreen?: (name: 'briefing' | 'role') => Promise<void>;
}

export const SAVE_KEY = 'summit.save.v1';
export const PREVIOUS_SAVE_KEY = 'summit.save.previous.v1';

/**
 * Settings before the page first loads: reduced motion (a run of AI turns is applied at once), the guide
 * already seen and the sound off, unless asked otherwise. Only once per tab, so a reload keeps what the game saved.
 */
export async function presetSettings(page: Page, settings: Record<string, unknown> = {}): Promise<void> {
  const text = JSON.stringify({ reduceMotion: true, guideSeen: true, muted: true, ...settings });
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('summit.e2e.preset')) {
      localStorage.setItem('summit.settings.v1', value);
      sessionStorage.setItem('summit.e2e.preset', '1');
    }
  }, text);
}

const POLL = { polling: 100 } as const;

export const screenIs = (page: Page, name: string) =>
  page.waitForFunction((n) => window.__summit?.screen === n, name, POLL);

export async function startGame(page: Page, o: StartOptions): Promise<void> {
  await page.goto('./');
  await waitForReady(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const card = page.locator(`[data-scenario="${o.scenario ?? 'alaska-2025'}"]`);
  await card.getByRole('button', { name: 'Choose' }).click();
  await screenIs(page, 'briefing');
  await o.onScreen?.('briefing');
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
  await o.onScreen?.('role');
  await page.getByRole('button', { name: 'Start the summit' }).click();
}

export type At = 'turn' | 'privacy' | 'end';

/**
 * Waits until the player can act, a privacy screen shows, or the game ended; returns which. With `after`, only
 * once the state hash differs from it (the key pressed has been applied).
 */
export async function waitForTurn(page: Page, after: string | null = null): Promise<At> {
  const handle = await page.waitForFunction(
    (before) => {
      const api = window.__summit;
      if (before !== null && api.stateHash() === before) return false;
      if (api.screen === 'end' || api.screen === 'privacy') return api.screen;
      const title = document.getElementById('actions-title')?.textContent ?? '';
      return api.screen === 'summit' && title.startsWith('Your move') ? 'turn' : false;
    },
    after,
    POLL,
  );
  return (await handle.jsonValue()) as At;
}

/** What the summit panel shows the player about to move: read in one go (each call waits for the page). */
function readTurn(page: Page) {
  return page.evaluate(() => {
    const enabled = (type: string) =>
      document.querySelector<HTMLButtonElement>(`[data-action="${type}"]`)?.disabled === false;
    return {
      hash: window.__summit.stateHash(),
      phase: document.getElementById('summit-title')?.textContent ?? '',
      who: document.getElementById('actions-title')?.textContent ?? '',
      accept: enabled('offer.accept'),
      propose: enabled('offer.propose'),
    };
  });
}

/** Presses Enter on the privacy screen and waits until the seat shows. */
export async function passPrivacy(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__summit.screen !== 'privacy', null, POLL);
}

/**
 * Plays one turn with a key: accept (A) when possible, propose (P) the first time each seat is in a phase, else
 * pass (Space). Returns where the game is once the key has been applied.
 */
export async function playTurn(page: Page, proposedIn: Set<string>): Promise<At> {
  const turn = await readTurn(page);
  if (turn.accept) await page.keyboard.press('a');
  else if (turn.propose && !proposedIn.has(turn.phase + turn.who)) {
    proposedIn.add(turn.phase + turn.who);
    await page.keyboard.press('p');
  } else await page.keyboard.press(' ');
  return waitForTurn(page, turn.hash);
}

/** Plays to the end with keys only (see playTurn). Returns how many privacy screens were passed. */
export async function playWithKeys(page: Page, maxTurns = 150): Promise<number> {
  let privacy = 0;
  const proposedIn = new Set<string>();
  let at = await waitForTurn(page);
  for (let i = 0; i < maxTurns; i++) {
    if (at === 'end') return privacy;
    if (at === 'privacy') {
      privacy++;
      await passPrivacy(page);
      at = await waitForTurn(page);
      continue;
    }
    at = await playTurn(page, proposedIn);
  }
  throw new Error(`the game did not end within ${maxTurns} turns`);
}
