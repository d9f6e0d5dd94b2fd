// The title screen in the built game: ready flag, disclaimer, read-only test hook, keyboard, accessibility,
// and a screenshot of every screen at the two sizes we design for, each checked for what it shows.
import { mkdirSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { collectErrors, openTitle, SCREENSHOTS, waitForReady } from './fixtures';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

test('the title screen is ready, says what it is, and logs no errors', async ({ page }) => {
  const errors = collectErrors(page);
  await openTitle(page);
  expect(await page.evaluate(() => window.__summit.screen)).toBe('title');
  expect(await page.evaluate(() => window.__summit.stateHash())).toBeNull();
  await expect(page).toHaveTitle(/Summit/);
  await expect(page.getByRole('heading', { level: 1, name: 'Summit' })).toBeVisible();
  await expect(page.getByText('An educational simulation, not a prediction.')).toBeVisible();
  await expect(page.locator('canvas')).toBeVisible();
  expect(errors).toEqual([]);
});

// Run in the page as a classic script, so that the 'use strict' directive holds (a serialised arrow function
// would lose it to the formatter and run sloppy, where failed assignments are silent).
const TRY_TO_CHANGE_SUMMIT = `(() => {
  'use strict';
  const api = window.__summit;
  const attempts = {};
  const attempt = (name, change) => {
    try {
      change();
      attempts[name] = false;
    } catch (e) {
      attempts[name] = e instanceof TypeError;
    }
  };
  attempt('ready', () => { api.ready = false; });
  attempt('screen', () => { api.screen = 'boot'; });
  attempt('stateHash', () => { api.stateHash = () => 'forged'; });
  attempt('new field', () => { api.extra = 1; });
  attempt('delete', () => { delete api.ready; });
  attempt('define', () => { Object.defineProperty(api, 'ready', { value: false }); });
  attempt('replace window.__summit', () => { window.__summit = {}; });
  attempt('redefine window.__summit', () => { Object.defineProperty(window, '__summit', { value: {} }); });
  return attempts;
})()`;

test('window.__summit is read-only', async ({ page }) => {
  await openTitle(page);
  const attempts = await page.evaluate(TRY_TO_CHANGE_SUMMIT);
  expect(attempts).toEqual({
    ready: true,
    screen: true,
    stateHash: true,
    'new field': true,
    delete: true,
    define: true,
    'replace window.__summit': true,
    'redefine window.__summit': true,
  });
  // Sloppy-mode assignments fail silently; either way nothing changed.
  await page.evaluate(() => {
    const api = window.__summit as unknown as Record<string, unknown>;
    try {
      api.ready = false;
      api.screen = 'boot';
      api.extra = 1;
    } catch {
      // strict callers get a TypeError; that is fine too
    }
  });
  const after = await page.evaluate(() => ({
    keys: Object.keys(window.__summit).sort(),
    ready: window.__summit.ready,
    screen: window.__summit.screen,
    hash: window.__summit.stateHash(),
    frozen:
      Object.isFrozen(window.__summit) &&
      Object.isFrozen(window.__summit.stateHash) &&
      Object.isFrozen(window.__summit.tableBoxes),
  }));
  expect(after).toEqual({
    keys: ['ready', 'screen', 'stateHash', 'tableBoxes'],
    ready: true,
    screen: 'title',
    hash: null,
    frozen: true,
  });
});

test('Play is reachable by keyboard with a visible focus', async ({ page }) => {
  await openTitle(page);
  const play = page.getByRole('button', { name: 'Play', exact: true });
  await page.keyboard.press('Tab');
  await expect(play).toBeFocused();
  const outline = await play.evaluate((node) => {
    const style = getComputedStyle(node);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
  await page.screenshot({ path: `${SCREENSHOTS}/title-focus-1280x720.png` });

  // Enter opens the scenario choice; Escape brings focus back to Play.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Choose a summit' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__summit.screen)).toBe('scenarios');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(play).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.__summit.screen)).toBe('title');
});

test('no serious or critical accessibility violations on the title and its panels', async ({ page }) => {
  await openTitle(page);
  const serious = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  };
  expect(await serious()).toEqual([]);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Choose a summit' })).toBeVisible();
  await expect(page.getByRole('status')).not.toHaveText('Loading scenarios…');
  expect(await serious()).toEqual([]);
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  expect(await serious()).toEqual([]);
});

test('settings apply at once and are remembered', async ({ page }) => {
  await openTitle(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect.poll(() => page.evaluate(() => window.__summit.screen)).toBe('settings');
  await page.getByLabel('Large').check();
  await page.getByLabel('Reduce motion').check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await page.reload();
  await waitForReady(page);
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
  await expect(page.locator('html')).toHaveAttribute('data-reduce-motion', 'true');
});

/** Colours of the game's palette that the screens below are expected to show (game/view/palette.ts). */
const COLOURS = {
  wood: [0x24160f, 0x3b2618, 0x5a3a22], // the table
  brass: [0xc9a55a, 0xe2c98e], // inlay, poles, the loading screen's name
  track: [0x1d3555], // the progress bar's empty track
};
type ColourName = keyof typeof COLOURS;

/** What a screenshot shows, measured in the page: distinct colours (4 bits a channel) and each colour's share. */
async function pixelStats(page: Page, png: Buffer): Promise<{ colours: number } & Record<ColourName, number>> {
  return page.evaluate(
    async ({ data, targets }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = new OffscreenCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      const near = (i: number, c: number) =>
        Math.abs(px[i]! - ((c >> 16) & 255)) <= 10 &&
        Math.abs(px[i + 1]! - ((c >> 8) & 255)) <= 10 &&
        Math.abs(px[i + 2]! - (c & 255)) <= 10;
      const seen = new Set<number>();
      const counts: Record<string, number> = Object.fromEntries(Object.keys(targets).map((k) => [k, 0]));
      for (let i = 0; i < px.length; i += 4) {
        seen.add(((px[i]! >> 4) << 8) | ((px[i + 1]! >> 4) << 4) | (px[i + 2]! >> 4));
        for (const [name, colours] of Object.entries(targets)) if (colours.some((c) => near(i, c))) counts[name]!++;
      }
      const n = px.length / 4;
      return { colours: seen.size, ...Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v / n])) };
    },
    { data: png.toString('base64'), targets: COLOURS },
  ) as Promise<{ colours: number } & Record<ColourName, number>>;
}

const menuButton = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

for (const size of SIZES) {
  test(`screenshots of every screen at ${size.width}×${size.height}`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.setViewportSize(size);
    const tag = `${size.width}x${size.height}`;
    // Hold the fonts back for a moment so the progress bar can be photographed mid-load.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/*.woff2', async (route) => {
      await held;
      await route.continue();
    });
    // 'commit': the load event itself waits for the held fonts.
    await page.goto('./', { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__summit?.screen === 'preload');
    // Playwright's screenshot waits for web fonts, which are held back here: ask Chromium directly.
    const cdp = await page.context().newCDPSession(page);
    const shot = await cdp.send('Page.captureScreenshot', { format: 'png' });
    mkdirSync(SCREENSHOTS, { recursive: true });
    const preload = Buffer.from(shot.data, 'base64');
    writeFileSync(`${SCREENSHOTS}/preload-${tag}.png`, preload);
    // Mid-load: the progress bar (and its accessible twin) is there, the menu is not yet.
    await expect(page.getByRole('progressbar', { name: 'Loading Summit' })).toBeAttached();
    const loading = await pixelStats(page, preload);
    expect(loading.track, 'the progress bar').toBeGreaterThan(0);
    expect(loading.brass, "the game's name above it").toBeGreaterThan(0);
    await expect(menuButton(page, 'Play')).toHaveCount(0);
    release();
    await waitForReady(page);
    await page.evaluate(() => document.fonts.ready);
    // The menu takes input first; the room behind it is drawn when the page is next idle (title-scene.ts).
    let title = await page.screenshot();
    const woodShown = async () => {
      title = await page.screenshot();
      return (await pixelStats(page, title)).wood;
    };
    await expect.poll(woodShown, { timeout: 10_000 }).toBeGreaterThan(0.01);
    writeFileSync(`${SCREENSHOTS}/title-${tag}.png`, title);

    // The title: its name, disclaimer and menu in HTML, and the summit table drawn on the canvas behind them.
    await expect(page.getByRole('heading', { level: 1, name: 'Summit' })).toBeVisible();
    await expect(page.getByText('An educational simulation, not a prediction.')).toBeVisible();
    for (const name of ['Play', 'Settings']) {
      await expect(menuButton(page, name)).toBeVisible();
      await expect(menuButton(page, name)).toBeEnabled();
    }
    const canvas = page.locator('canvas');
    await expect(canvas).toBeVisible();
    const box = (await canvas.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(size.width - 1);
    expect(box.height).toBeGreaterThanOrEqual(size.height - 1);
    const pixels = await pixelStats(page, title);
    expect(pixels.colours, 'a drawn room, not a flat fill').toBeGreaterThan(40);
    expect(pixels.wood, 'the table top').toBeGreaterThan(0.01);
    expect(pixels.brass, 'brass inlay, plates and poles').toBeGreaterThan(0);

    await menuButton(page, 'Play').click();
    const scenarios = page.getByRole('dialog', { name: 'Choose a summit' });
    await expect(scenarios).toBeVisible();
    await expect(page.getByRole('status')).not.toHaveText('Loading scenarios…');
    await expect(page.getByRole('status')).toHaveText(/^(One scenario|\d+ scenarios)\.$/);
    await expect(scenarios.getByRole('heading', { name: /Alaska/ }).first()).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/scenarios-${tag}.png` });
    await page.keyboard.press('Escape');
    await expect(scenarios).toHaveCount(0);

    await menuButton(page, 'Settings').click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await expect(settings).toBeVisible();
    await expect(settings.getByLabel('Large')).toBeVisible();
    await expect(settings.getByLabel('Reduce motion')).toBeEnabled();
    await page.screenshot({ path: `${SCREENSHOTS}/settings-${tag}.png` });
    expect(errors).toEqual([]);
  });
}
