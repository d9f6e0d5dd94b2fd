// Shared by the online specs: which screen a page shows, and the simplest legal move a player can make there.
import type { Page } from '@playwright/test';

export const screen = (page: Page) => page.evaluate(() => window.__summit?.screen ?? null);

/** One move if it is this page's turn: accept where it can, else pass. */
export async function move(page: Page): Promise<void> {
  if ((await screen(page)) !== 'summit') return;
  for (const type of ['offer.accept', 'turn.pass']) {
    const b = page.locator(`[data-action="${type}"]`);
    if ((await b.count()) > 0 && (await b.isEnabled().catch(() => false))) {
      await b.click({ timeout: 1000 }).catch(() => undefined);
      return;
    }
  }
}
