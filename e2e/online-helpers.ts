// Shared by the online specs: the game server a spec plays on, which screen a page shows, and the simplest legal
// move a player can make there.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page, test } from '@playwright/test';
import { freePort } from '../game/server/free-port.testkit';
import { type SpawnedServer, spawnServer } from '../game/server/spawn';

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

/**
 * Starts the game server (the built game from $E2E_DIST or dist/, AI moves without delay, a fresh data folder) before
 * the spec's tests and stops it after them; `url()` is its address. `port`: a fixed port if given (an environment
 * variable's), else one free right now (free-port.testkit.ts), so parallel runs and checkouts never clash. `grace`:
 * seconds an empty seat waits for its player before the AI takes it.
 */
export function specServer(port: string | undefined, grace: number): { url(): string } {
  let server: SpawnedServer | null = null;
  let dataDir: string | null = null;
  test.beforeAll(async () => {
    test.setTimeout(120_000); // the server starts under tsx: slow on a busy machine
    const dist = process.env.E2E_DIST ?? 'dist';
    const listen = port ?? String(await freePort());
    dataDir = mkdtempSync(join(tmpdir(), `summit-e2e-${listen}-`));
    server = await spawnServer([
      '--port',
      listen,
      '--data',
      dataDir,
      '--dist',
      dist,
      '--ai-delay',
      '0',
      '--grace',
      String(grace),
    ]);
  });
  test.afterAll(() => {
    server?.child.kill('SIGKILL');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  return { url: () => server!.url };
}
