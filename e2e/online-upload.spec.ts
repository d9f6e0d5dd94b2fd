// A host plays an online game on a scenario file of their own: a broken file's problems are listed as text lines
// (file:line:col; HTML in its name stays text), then scenarios/fixtures/mini.yaml goes to the server, the host
// creates the room on it, a second browser joins, and the two play to the end (the AI holds the third party).
// The end screen's replay verifies against the uploaded file, and so does the one served at /replays/CODE.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { parseReplay, parseScenario } from '../game/content/index';
import { verifyReplay } from '../game/engine/index';
import { collectErrors, waitForReady } from './fixtures';
import { presetSettings } from './game-helpers';
import { move, screen, specServer } from './online-helpers';

// A free port unless $E2E_ONLINE_UPLOAD_PORT names one.
const PORT = process.env.E2E_ONLINE_UPLOAD_PORT;
const server = specServer(PORT, 600);

test('a host uploads a scenario file and two browsers play it to the end', async ({ browser }) => {
  test.setTimeout(90_000);
  const url = server.url();
  const pages: Page[] = [];
  for (let i = 0; i < 2; i++) {
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    await presetSettings(page);
    pages.push(page);
  }
  const errors = pages.map((p) => collectErrors(p));
  const [host, guest] = pages as [Page, Page];

  await host.goto(`${url}/`);
  await waitForReady(host);
  await host.getByRole('button', { name: 'Host an online game' }).click();
  await host.getByLabel('Your name').fill('Ada');
  const picker = host.locator('input[type="file"]');

  // A broken file: its problem as a text line with its position; the name's HTML is not markup.
  const badName = '<img src=x onerror=alert(1)>.yaml';
  await picker.setInputFiles({
    name: badName,
    mimeType: 'text/yaml',
    buffer: readFileSync('scenarios/fixtures/broken/02-wrong-type.yaml'),
  });
  const problem = host.locator('.scenario-file-list li');
  await expect(problem).toHaveText(`${badName}:27:18: "reservation" must be a number, got "high"`);
  await expect(host.locator('.scenario-file-errors img')).toHaveCount(0);
  await host.screenshot({ path: 'e2e/screenshots/online-upload-errors-1280x720.png' });

  // The good file: it becomes the room's scenario.
  await picker.setInputFiles('scenarios/fixtures/mini.yaml');
  await expect(host.locator('[data-online="uploaded"]')).toContainText('mini.yaml is on the server');
  await expect(host.locator('.scenario-file-errors')).toBeHidden();
  await host.locator('[data-online="create"]').click();
  const code = (await host.locator('[data-code]').getAttribute('data-code'))!;

  await guest.goto(`${url}/?join=${code}`);
  await waitForReady(guest);
  await guest.getByLabel('Your name').fill('Bo');
  await guest.locator('[data-online="join"]').click();
  await guest.locator('[data-code]').waitFor();
  await host.locator('[data-party="north"]').click();
  await guest.locator('[data-party="south"]').click();
  await expect(host.locator('.lobby-players')).toContainText('Bo — Southland');
  await host.locator('[data-online="start"]').click();
  for (const page of pages) await page.waitForFunction(() => window.__summit?.screen === 'summit');

  for (let rounds = 0; !(await Promise.all(pages.map(screen))).every((s) => s === 'end'); rounds++) {
    for (const page of pages) await move(page);
    expect(rounds, `screens: ${(await Promise.all(pages.map(screen))).join(', ')}`).toBeLessThan(300);
  }

  const sc = parseScenario(readFileSync('scenarios/fixtures/mini.yaml', 'utf8'), 'mini.yaml');
  if (!sc.ok) throw new Error('mini');
  const download = guest.waitForEvent('download');
  await guest.locator('[data-online="replay"]').click();
  const replay = parseReplay(readFileSync((await (await download).path())!, 'utf8'), 'online');
  if (!replay.ok) throw new Error('the replay did not parse');
  expect(verifyReplay(sc.value, replay.value).ok).toBe(true);
  expect(replay.value.seats).toEqual({ north: 'human', south: 'human', broker: 'ai' });
  const served = parseReplay(await (await fetch(`${url}/replays/${code}`)).text(), 'served');
  expect(served.ok && verifyReplay(sc.value, served.value).ok).toBe(true);
  // The broken file's answer is a 422, which Chromium logs as a failed resource: that one is expected.
  expect(errors.flat().filter((e) => !e.includes('status of 422') || !e.includes('/scenarios?'))).toEqual([]);
});
