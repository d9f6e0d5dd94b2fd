// Shared helpers for the end-to-end tests: collecting console errors and waiting for the game's ready flag.
import type { ConsoleMessage, Page } from '@playwright/test';

/** Starts collecting console errors and uncaught page errors; read the array at the end of the test. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
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
