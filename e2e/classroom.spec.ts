// A class in the browser: the instructor makes a class of two Alaska tables at /teach; eight students join with the
// one class code and are seated four to a table; the instructor starts the class (six students then leave: the AI
// takes their seats), pauses a table (its student sees it), injects a world event into every table, sends a notice
// (shown as text), watches one table live and read-only, ends the class and downloads the zip of replays — every
// replay in it verifies and records the interventions. The dashboard's latency after a student's move is measured.
import { readFileSync } from 'node:fs';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { parseReplay, parseScenario } from '../game/content/index';
import { verifyReplay } from '../game/engine/index';
import { collectErrors, waitForReady } from './fixtures';
import { presetSettings } from './game-helpers';
import { specServer } from './online-helpers';

// A free port unless $E2E_CLASSROOM_PORT names one.
const PORT = process.env.E2E_CLASSROOM_PORT;
const server = specServer(PORT, 1);

const card = (page: Page, table: number) => page.locator(`[data-table="${table}"]`);
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};

test('an instructor runs a class of two tables of four students', async ({ browser }) => {
  test.setTimeout(240_000);
  const url = server.url();
  const teachContext = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
  const teach = await teachContext.newPage();
  const teachErrors = collectErrors(teach);
  teach.on('dialog', (d) => void d.accept());

  // A new class: Alaska, two tables, students play every party, ten minutes a phase.
  await teach.goto(`${url}/teach`);
  await teach.locator('[data-teach="scenario"]').selectOption('alaska-2025.yaml');
  await expect(teach.locator('[data-teach="humans"] input[type=checkbox]')).toHaveCount(4);
  await teach.locator('[data-teach="tables"]').fill('2');
  await teach.locator('[data-teach="minutes"]').fill('10');
  await teach.locator('[data-teach="create"]').click();
  const code = (await teach.locator('[data-teach="code"]').textContent())!;
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  await expect(teach.locator('[data-teach="key-link"]')).toContainText(`class=${code}&key=`);
  await expect(teach.getByAltText(`QR code of ${url}/?join=${code}`)).toBeVisible();
  await expect(card(teach, 0)).toBeVisible();
  await expect(card(teach, 1)).toBeVisible();
  // The join code is not public: without the class's key the server lists no class; with it, this one.
  const open = await teach.request.get(`${url}/classes`);
  expect(open.status()).toBe(403);
  expect(await open.text()).not.toContain(code);
  const key = decodeURIComponent(
    /key=([^&]+)/.exec((await teach.locator('[data-teach="key-link"]').textContent())!)![1]!,
  );
  const listed = await teach.request.post(`${url}/classes/mine`, { data: { keys: [{ code, key: 'not-the-key' }] } });
  expect(await listed.json()).toEqual([]);
  const mine = await teach.request.post(`${url}/classes/mine`, { data: { keys: [{ code, key }] } });
  expect(((await mine.json()) as { code: string }[]).map((c) => c.code)).toEqual([code]);

  // Eight students join with the class's code and are seated four to a table.
  const students: { context: BrowserContext; page: Page }[] = [];
  for (let i = 0; i < 8; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await presetSettings(page);
    await page.goto(`${url}/?join=${code}`);
    await waitForReady(page);
    await page.getByLabel('Your name').fill(`Student ${i + 1}`);
    await page.locator('[data-online="join"]').click();
    await page.locator('[data-code]').waitFor();
    students.push({ context, page });
  }
  for (const t of [0, 1]) await expect(card(teach, t)).not.toContainText('waiting', { timeout: 15_000 });
  await teach.evaluate(() => window.scrollTo(0, 0)); // the sticky controls at the top of a full-page shot
  await teach.screenshot({ path: 'e2e/screenshots/classroom-dashboard-lobby.png', fullPage: true });

  // The class starts; six students leave (the AI takes their seats after the grace period), one stays per table.
  await teach.locator('[data-teach="start"]').click();
  const tableOf = async (p: Page) =>
    (await p
      .locator('[data-code]')
      .getAttribute('data-code')
      .catch(() => null)) ?? '';
  for (const s of students) await s.page.waitForFunction(() => window.__summit?.screen === 'summit');
  const codes = await Promise.all(
    students.map((s) => s.page.evaluate(() => sessionStorage.getItem('summit.online.current') ?? '')),
  );
  const tableCodes = [...new Set(codes)];
  expect(tableCodes).toHaveLength(2);
  const stay = tableCodes.map((c) => students[codes.indexOf(c)]!);
  for (const s of students) if (!stay.includes(s)) await s.context.close();
  void tableOf;

  // Latency: a remaining student's move, until the dashboard shows the table's new turn.
  const latency: number[] = [];
  for (let round = 0; round < 40 && latency.length < 8; round++) {
    for (const s of stay) {
      const pass = s.page.locator('[data-action="turn.pass"]');
      if (!(await pass.isEnabled().catch(() => false))) continue;
      const tableNo = tableCodes.indexOf(codes[students.indexOf(s)]!);
      const before = (await card(teach, tableNo).locator('[data-field="phase"]').textContent()) ?? '';
      const t0 = Date.now();
      await pass.click();
      await teach.waitForFunction(
        ([t, b]) => (document.querySelector(`[data-table="${t}"] [data-field="phase"]`)?.textContent ?? '') !== b,
        [tableNo, before] as const,
        { polling: 10, timeout: 5000 },
      );
      latency.push(Date.now() - t0);
    }
    await teach.waitForTimeout(100);
  }
  expect(latency.length).toBeGreaterThan(2);
  console.log(
    `dashboard latency after a move: median ${percentile(latency, 50)} ms, p95 ${percentile(latency, 95)} ms (n=${latency.length})`,
  );
  const transit = await teach.evaluate(
    () => (window as unknown as { __teach: { latencies: number[] } }).__teach.latencies,
  );
  console.log(
    `table summary, server to dashboard: median ${percentile(transit, 50)} ms, p95 ${percentile(transit, 95)} ms (n=${transit.length})`,
  );
  // What the server adds after a move (batching, presence, the dashboard's socket) stays well under a second; the
  // click-to-screen figure also holds the browsers' own work on a shared machine, so it is reported, not bounded.
  expect(percentile(transit, 95)).toBeLessThan(1000);

  // Pause table 1: its student sees it.
  const student0 = stay[0]!.page;
  const t0No = tableCodes.indexOf(codes[students.indexOf(stay[0]!)]!);
  await card(teach, t0No).locator('[data-action="pause"]').click();
  await expect(card(teach, t0No).locator('.tag')).toHaveText('paused');
  await expect(student0.locator('[data-class="paused"]')).toHaveText('Paused by the instructor');
  await expect(student0.locator('[data-class="clock"]')).toContainText('Phase ends in');
  await teach.locator('[data-teach="resume-all"]').click();
  await expect(card(teach, t0No).locator('.tag')).not.toHaveText('paused');

  // A world event into every table; a notice, as text.
  // Both controls have visible labels (their accessible names); a fired event shows by its headline, id aside.
  await teach.getByLabel('World event', { exact: true }).selectOption('sanctions-package');
  await teach.locator('[data-teach="inject-all"]').click();
  for (const t of [0, 1]) {
    const fired = card(teach, t).locator('[data-field="events"]');
    await expect(fired).toContainText('The EU prepares a 19th package of sanctions on Russia');
    await expect(fired).toContainText('(sanctions-package)');
  }
  await expect(teach.locator('label', { hasText: 'Notice to every player' })).toBeVisible();
  await teach.getByLabel('Notice to every player', { exact: true }).fill('<b>Five</b> minutes left');
  await teach.locator('[data-teach="notice"]').click();
  await expect(student0.locator('[data-class="notice"]')).toHaveText('Notice: <b>Five</b> minutes left');
  await teach.evaluate(() => window.scrollTo(0, 0)); // the sticky controls at the top of a full-page shot
  await teach.screenshot({ path: 'e2e/screenshots/classroom-dashboard-running.png', fullPage: true });

  // Watch table 2 live, read-only, in the game's own view.
  const watchPromise = teachContext.waitForEvent('page');
  await card(teach, 1).locator('[data-action="watch"]').click();
  const watcher = await watchPromise;
  await watcher.waitForFunction(() => window.__summit?.screen === 'summit', undefined, { timeout: 20_000 });
  await expect(watcher.locator('[data-action="turn.pass"]:enabled')).toHaveCount(0);
  await watcher.screenshot({ path: 'e2e/screenshots/classroom-watch.png' });
  await watcher.close();

  // The end: every table finishes, the report comes, the zip holds two replays that verify.
  await teach.locator('[data-teach="end"]').click();
  for (const t of [0, 1]) await expect(card(teach, t).locator('.tag')).toHaveText('finished', { timeout: 20_000 });
  await expect(teach.locator('[data-teach="report-table"]')).toContainText('table-2', { timeout: 20_000 });
  // The class scatter draws: the image decoded (an SVG that fails to load has no natural size), it is on screen,
  // and its points are in the picture (the outcomes' rings, #246, drawn nowhere else in the plot).
  const plot = teach.locator('img[data-teach="plot"]');
  await expect(plot).toBeVisible();
  await expect
    .poll(() => plot.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && img.naturalHeight > 0))
    .toBe(true);
  await plot.scrollIntoViewIfNeeded();
  expect((await plot.boundingBox())!.width).toBeGreaterThan(300);
  const pointPixels = await plot.evaluate((img: HTMLImageElement) => {
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const near = (i: number, rgb: number[]) => rgb.every((v, k) => Math.abs(d[i + k]! - v) < 40);
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (near(i, [0x22, 0x44, 0x66])) n++;
    return n;
  });
  expect(pointPixels).toBeGreaterThan(20);
  await plot.screenshot({ path: 'e2e/screenshots/classroom-scatter.png' });
  await teach.evaluate(() => window.scrollTo(0, 0)); // the sticky controls at the top of a full-page shot
  await teach.screenshot({ path: 'e2e/screenshots/classroom-dashboard-report.png', fullPage: true });
  const download = teach.waitForEvent('download');
  await teach.locator('[data-teach="zip"]').click();
  const files = unzipSync(new Uint8Array(readFileSync((await (await download).path())!)));
  const names = Object.keys(files).sort();
  expect(names).toEqual([`class-${code}-table-1.summit.json`, `class-${code}-table-2.summit.json`]);
  const sc = parseScenario(readFileSync('scenarios/alaska-2025.yaml', 'utf8'), 'alaska-2025.yaml');
  if (!sc.ok) throw new Error('alaska');
  for (const name of names) {
    const replay = parseReplay(strFromU8(files[name]!), name);
    if (!replay.ok) throw new Error(`${name} does not read`);
    expect(verifyReplay(sc.value, replay.value).ok, name).toBe(true);
    expect(replay.value.chair?.map((c) => c.chair.type)).toContain('world.event');
    expect(replay.value.chair?.map((c) => c.chair.type)).toContain('phase.end');
  }
  expect(teachErrors).toEqual([]);
  for (const s of stay) await s.context.close();
  await teachContext.close();
});
