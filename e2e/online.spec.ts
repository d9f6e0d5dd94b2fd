// Online rooms in four browsers: the United States hosts, Russia, Ukraine and Europe join with the link and take
// their parties, the host starts, and all four play a whole Alaska game by clicks (accept where they can, else
// pass). Ukraine reloads mid-game and carries on with its seat token. Every WebSocket frame the United States
// receives is recorded and checked for the other parties' briefs; the end screen's replay verifies.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { parseReplay, parseScenario } from '../game/content/index';
import { verifyReplay } from '../game/engine/index';
import { collectErrors, seriousViolations, waitForReady } from './fixtures';
import { presetSettings } from './game-helpers';
import { move, screen, specServer } from './online-helpers';

// A free port unless $E2E_ONLINE_PORT names one.
const PORT = process.env.E2E_ONLINE_PORT;
const server = specServer(PORT, 600);

test('four browsers play a whole online Alaska game; a reload keeps the seat; nothing private leaks', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const url = server.url();
  const names = [
    ['us', 'Washington'],
    ['russia', 'Moscow'],
    ['ukraine', 'Kyiv'],
    ['europe', 'Brussels'],
  ] as const;
  const pages: Page[] = [];
  for (let i = 0; i < names.length; i++) {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await presetSettings(page);
    pages.push(page);
  }
  const errors = pages.map((p) => collectErrors(p));
  const frames: Buffer[] = [];
  pages[0]!.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(Buffer.from(f.payload))));

  // The host opens a room.
  const host = pages[0]!;
  await host.goto(`${url}/`);
  await waitForReady(host);
  await host.getByRole('button', { name: 'Host an online game' }).click();
  await host.getByLabel('Your name').fill('Washington');
  await host.getByLabel('Summit').selectOption('alaska-2025.yaml');
  await host.locator('[data-online="create"]').click();
  const code = (await host.locator('[data-code]').getAttribute('data-code'))!;
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  await expect(host.getByAltText(`QR code of the link ${url}/?join=${code}`)).toBeVisible();

  // The others join with the link.
  for (let i = 1; i < pages.length; i++) {
    const page = pages[i]!;
    await page.goto(`${url}/?join=${code}`);
    await waitForReady(page);
    await page.getByLabel('Your name').fill(names[i]![1]);
    await page.locator('[data-online="join"]').click();
    await page.locator('[data-code]').waitFor();
  }
  // Russia, Ukraine and Europe take their parties; the host seats itself through the host's seat list.
  for (let i = 1; i < pages.length; i++) await pages[i]!.locator(`[data-party="${names[i]![0]}"]`).click();
  await expect(host.locator('[data-party]:not([disabled])')).toHaveCount(1);
  await host.getByLabel('Seat Washington').selectOption('us');
  await expect(host.locator('.lobby-players li')).toHaveCount(4);
  await expect(host.locator('.lobby-players')).toContainText('Kyiv — Ukraine');
  expect(await seriousViolations(host), 'lobby').toEqual([]);
  await host.screenshot({ path: 'e2e/screenshots/online-lobby-1280x720.png' });
  await host.locator('[data-online="start"]').click();
  for (const page of pages) await page.waitForFunction(() => window.__summit?.screen === 'summit');
  await pages[2]!.screenshot({ path: 'e2e/screenshots/online-summit-ukraine-1280x720.png' });

  // Play to the end; Ukraine reloads once, mid-game.
  let reloaded = false;
  let rounds = 0;
  while (true) {
    const screens = await Promise.all(pages.map(screen));
    if (screens.every((s) => s === 'end')) break;
    rounds++;
    if (!reloaded && rounds === 20) {
      const before = await pages[2]!.evaluate(() => window.__summit.stateHash());
      await pages[2]!.reload();
      await pages[2]!.waitForFunction(() => window.__summit?.screen === 'summit' || window.__summit?.screen === 'end');
      expect(before).not.toBeNull();
      reloaded = true;
    }
    for (const page of pages) await move(page);
    expect(rounds).toBeLessThan(2000);
  }
  expect(reloaded).toBe(true);

  expect(await seriousViolations(pages[2]!), 'end').toEqual([]);
  await pages[2]!.screenshot({ path: 'e2e/screenshots/online-end-1280x720.png' });
  // The end screen's replay verifies.
  const download = pages[2]!.waitForEvent('download');
  await pages[2]!.locator('[data-online="replay"]').click();
  const text = readFileSync((await (await download).path())!, 'utf8');
  const replay = parseReplay(text, 'online');
  if (!replay.ok) throw new Error('the replay did not parse');
  const sc = parseScenario(readFileSync('scenarios/alaska-2025.yaml', 'utf8'), 'alaska-2025.yaml');
  if (!sc.ok) throw new Error('alaska');
  expect(verifyReplay(sc.value, replay.value).ok).toBe(true);
  expect(Object.values(replay.value.seats)).toEqual(['human', 'human', 'human', 'human']);

  // Nothing private in anything the United States received.
  const all = Buffer.concat(frames);
  expect(frames.length).toBeGreaterThan(20);
  for (const p of sc.value.parties) {
    const found = p.brief.split(/\n\s*\n/).some((para) => all.includes(Buffer.from(para.slice(0, 50))));
    expect(found, `${p.id}'s brief in the United States' frames`).toBe(p.id === 'us');
  }
  expect(errors.flat()).toEqual([]);
});
