// `npx tsx scripts/bench/title.ts [dist …] [--loads N] [--width W --height H]`: the title alone, without the rest of
// the browser bench (which builds twice and plays a game). Loads the built game's title N times in fresh contexts
// and prints, as medians: when it took input (window.__summit.ready, as the bench's browser part measures it),
// how long the room's bake took in the page (the 'summit:title-room' measure), and when the frame after the bake
// was shown (the room on screen). For comparing a change to the title's drawing before and after, on one machine:
// given several builds, it loads them in turn (a burst of other work on the machine falls on each alike).
import { performance } from 'node:perf_hooks';
import { type Browser, chromium } from '@playwright/test';
import { ARGS, chromiumPath, GAME_READY, serve, watchReady } from './browser';
import { percentile } from './stats';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const flags = new Set(['--loads', '--width', '--height']);
const roots = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !flags.has(all[i - 1] ?? ''));
if (roots.length === 0) roots.push('dist');
const loads = arg('--loads', 9);
const viewport = { width: arg('--width', 1280), height: arg('--height', 720) };

// After the room's bake, two animation frames: the first draws it, the second starts once that one is shown.
const watchRoom = `(() => {
  window.__roomShown = null;
  new PerformanceObserver((list) => {
    const m = list.getEntries().find((e) => e.name === 'summit:title-room');
    if (!m || window.__roomShown !== null) return;
    window.__roomBake = m.duration;
    window.__roomStart = m.startTime;
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__roomShown = performance.now(); }));
  }).observe({ entryTypes: ['measure'] });
})();`;

interface Sample {
  ready: number;
  bake: number;
  start: number;
  shown: number;
}

async function loadOnce(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const settings = JSON.stringify({ reduceMotion: true, guideSeen: true, muted: true });
  await page.addInitScript((value) => localStorage.setItem('summit.settings.v1', value), settings);
  await page.addInitScript(watchReady(GAME_READY));
  await page.addInitScript(watchRoom);
  await page.goto(url);
  const poll = { polling: 50, timeout: 30_000 };
  const ready = (await (await page.waitForFunction('window.__benchReady', null, poll)).jsonValue()) as number;
  const shown = (await (await page.waitForFunction('window.__roomShown', null, poll)).jsonValue()) as number;
  const bake = (await page.evaluate('window.__roomBake')) as number;
  const start = (await page.evaluate('window.__roomStart')) as number;
  await context.close();
  return { ready, bake, start, shown };
}

const median = (xs: number[]) =>
  Math.round(
    percentile(
      [...xs].sort((a, b) => a - b),
      50,
    ) * 10,
  ) / 10;

async function main(): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium: set CHROMIUM_PATH or install /usr/bin/chromium');
  const servers = await Promise.all(roots.map((root) => serve(root)));
  const browser = await chromium.launch({ executablePath, args: ARGS, headless: true });
  const samples: Sample[][] = roots.map(() => []);
  try {
    // One untimed load of each first: Chromium's own start-up (shader compilers) is not the game's.
    for (const { url } of servers) await loadOnce(browser, url);
    for (let i = 0; i < loads; i++)
      for (const [j, { url }] of servers.entries()) samples[j]!.push(await loadOnce(browser, url));
  } finally {
    await browser.close();
    for (const { server } of servers) {
      server.closeAllConnections();
      server.close();
    }
  }
  const out = roots.map((root, j) => {
    const xs = samples[j]!;
    return {
      root,
      viewport,
      loads,
      titleReadyMedianMs: median(xs.map((x) => x.ready)),
      roomBakeStartMedianMs: median(xs.map((x) => x.start)),
      /** The bake's JavaScript: drawing into Graphics and the render texture's commands. */
      roomBakeMedianMs: median(xs.map((x) => x.bake)),
      /** From the bake's start to the frame after it shown: the bake and the GPU's (here software) work on it. */
      roomDrawMedianMs: median(xs.map((x) => x.shown - x.start)),
      roomShownMedianMs: median(xs.map((x) => x.shown)),
      titleReadyMs: xs.map((x) => Math.round(x.ready)),
      roomDrawMs: xs.map((x) => Math.round(x.shown - x.start)),
    };
  });
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

const t0 = performance.now();
main().then(
  () => process.stderr.write(`${Math.round(performance.now() - t0)} ms\n`),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
