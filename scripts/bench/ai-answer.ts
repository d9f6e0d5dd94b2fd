// The AI's answer in the browser (issue 12's figure: ≤ 50 ms): a human seat in an Alaska game in Chromium, with
// reduced motion so that no pacing delay or animation stands between the player's move and the answer. The player
// moves with a key (accept when possible, propose once per phase, else pass, as e2e/game-helpers.ts plays); the
// page applies the move and then every AI turn up to the player's next move synchronously, in the key's event
// handlers, and redraws the panel. Each figure is the time those handlers took, measured inside the page between a
// window listener in the capture phase and one in the bubble phase, for every event the key press dispatched
// (keydown, keyup, and the click a key may cause): the player's own move, the AIs' answers and the panel's redraw.
// The canvas is drawn later, on the next animation frame, and is not counted (the frame figures cover it).
import type { Page } from '@playwright/test';

/** The seat the bench plays (a label of the role screen). */
export const AI_ANSWER_PARTY = 'United States';

const POLL = { polling: 50, timeout: 60_000 } as const;
const MAX_MOVES = 30;

/** Installed before the page's own scripts: the time each key or click event spends in the page's handlers. */
export function timeHandlers(): void {
  const w = window as unknown as { __benchHandlerMs: number[] };
  w.__benchHandlerMs = [];
  let start = 0;
  for (const type of ['keydown', 'keyup', 'click']) {
    addEventListener(
      type,
      () => {
        start = performance.now();
      },
      true,
    );
    addEventListener(type, () => {
      w.__benchHandlerMs.push(performance.now() - start);
    });
  }
}

type At = 'turn' | 'end' | 'other';

async function waitForTurn(page: Page, before: string | null): Promise<At> {
  const handle = await page.waitForFunction(
    (hash) => {
      const api = window.__summit;
      if (hash !== null && api.stateHash() === hash) return false;
      if (api.screen === 'end') return 'end';
      if (api.screen !== 'summit') return 'other';
      const title = document.getElementById('actions-title')?.textContent ?? '';
      return title.startsWith('Your move') ? 'turn' : false;
    },
    before,
    POLL,
  );
  return (await handle.jsonValue()) as At;
}

/**
 * Plays the party's moves on a page already at the summit (reduced motion, timeHandlers installed) and returns the
 * handler time of each key press, in ms.
 */
export async function timeAiAnswers(page: Page): Promise<number[]> {
  const times: number[] = [];
  const proposedIn = new Set<string>();
  let at = await waitForTurn(page, null);
  for (let i = 0; i < MAX_MOVES && at === 'turn'; i++) {
    // A string, not a function: tsx (esbuild keepNames) would wrap a named inner function in a __name helper the
    // page does not have.
    const turn = (await page.evaluate(`(() => {
      const enabled = (type) => document.querySelector('[data-action="' + type + '"]')?.disabled === false;
      window.__benchHandlerMs.length = 0;
      return {
        hash: window.__summit.stateHash(),
        phase: document.getElementById('summit-title')?.textContent ?? '',
        accept: enabled('offer.accept'),
        propose: enabled('offer.propose'),
      };
    })()`)) as { hash: string | null; phase: string; accept: boolean; propose: boolean };
    if (turn.accept) await page.keyboard.press('a');
    else if (turn.propose && !proposedIn.has(turn.phase)) {
      proposedIn.add(turn.phase);
      await page.keyboard.press('p');
    } else await page.keyboard.press(' ');
    at = await waitForTurn(page, turn.hash);
    const spent = await page.evaluate(() =>
      (window as unknown as { __benchHandlerMs: number[] }).__benchHandlerMs.reduce((a, b) => a + b, 0),
    );
    times.push(spent);
  }
  return times;
}
