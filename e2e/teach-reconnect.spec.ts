// The class dashboard when its server process restarts: the instructor has a class open at /teach; the server is
// killed (SIGKILL) and the page says "Reconnecting…" with its controls held; the server starts again on the same
// data and port, and the page is connected again by itself (nobody reloads): the line goes, the controls come back,
// and the live view resumes — a student who joins after the restart shows on the table's card.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort } from '../game/server/free-port.testkit';
import { type SpawnedServer, spawnServer } from '../game/server/spawn';
import { RemoteMatch } from '../game/session/online/index';

const dataDir = mkdtempSync(join(tmpdir(), 'summit-e2e-teach-reconnect-'));
const servers: SpawnedServer[] = [];
test.afterAll(() => {
  for (const s of servers) s.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

test('the dashboard reconnects by itself after its server restarts', async ({ page }) => {
  test.setTimeout(240_000);
  const dist = process.env.E2E_DIST ?? 'dist';
  const args = ['--port', String(await freePort()), '--data', dataDir, '--dist', dist, '--ai-delay', '0'];
  const first = await spawnServer(args);
  servers.push(first);

  await page.goto(`${first.url}/teach`);
  await page.locator('[data-teach="scenario"]').selectOption('tutorial.yaml');
  await expect(page.locator('[data-teach="humans"] [data-party="millford"]')).toBeChecked();
  await page.locator('[data-teach="tables"]').fill('1');
  await page.locator('[data-teach="create"]').click();
  const code = (await page.locator('[data-teach="code"]').textContent())!;
  await expect(page.locator('[data-table="0"]')).toBeVisible();
  const connection = page.locator('[data-teach="connection"]');
  await expect(connection).toBeHidden();
  await expect(page.locator('[data-teach="start"]')).toBeEnabled();

  first.child.kill('SIGKILL');
  await expect(connection).toBeVisible({ timeout: 30_000 });
  await expect(connection).toHaveText(/Reconnecting…/);
  await expect(page.locator('[data-teach="start"]')).toBeDisabled();

  const again = await spawnServer(args);
  servers.push(again);
  await expect(connection).toBeHidden({ timeout: 60_000 });
  await expect(page.locator('[data-teach="start"]')).toBeEnabled();

  // Live updates resume: a student joining now shows on the card.
  const student = await RemoteMatch.join(again.url, code, { name: 'Late student' });
  try {
    await expect(page.locator('[data-table="0"]')).toContainText('Late student', { timeout: 30_000 });
  } finally {
    await student.leave();
  }
});
