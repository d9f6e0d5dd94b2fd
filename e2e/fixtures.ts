// Shared helpers for the end-to-end tests: collecting console errors, waiting for the game's ready flag, and
// asking axe-core about the HTML panels.
import AxeBuilder from '@axe-core/playwright';
import type { ConsoleMessage, Page } from '@playwright/test';

/** Starts collecting console errors and uncaught page errors; read the array at the end of the test. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    // "Failed to load resource" says nothing of which: name it.
    const url = message.location().url;
    errors.push(url ? `${message.text()} (${url})` : message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Waits on the game's own flag (never on a timeout): true once the title can take input. */
export async function waitForReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__summit?.ready === true);
}

export async function openTitle(page: Page): Promise<void> {
  await page.goto('./');
  await waitForReady(page);
}

export const SCREENSHOTS = 'e2e/screenshots';

/** axe-core's serious and critical violations in the HTML panels (the canvas stage is aria-hidden art). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('#stage').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
