// Browser benchmarks: the built game in headless Chromium (the same binary and flags as the e2e tests).
// Five figures (goals in issues 4, 12 and 16): time from navigation to the title being ready — beside the same time for a
// bare Phaser 4 page built with the same Vite (scripts/bench/bare-phaser/), loaded alternately in the same run so
// both see the same machine —, gzipped JavaScript loaded before then, p95 frame interval at the summit table
// (1366×768) while AI turns animate, the JS heap after a full game, and the time the AIs take to answer a human's
// move (ai-answer.ts).
// The game is built into a private temporary folder (not dist/, which an e2e run may be serving) unless --no-build,
// and served by a small static server in this process: no child server to start, wait for or kill.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from '@playwright/test';
import { AI_ANSWER_PARTY, timeAiAnswers, timeHandlers } from './ai-answer';
import { percentile } from './stats';

export interface BrowserFigures {
  chromium: string;
  loads: number;
  /** performance.now() (ms since navigation start) at the first frame where window.__summit.ready is true, seen in the page. */
  titleReadyMedianMs: number;
  titleReadyMs: number[];
  /** The same moment for a bare Phaser 4 page (one scene created), loaded alternately with the game's. */
  bareTitleReadyMedianMs: number;
  bareTitleReadyMs: number[];
  /** titleReadyMedianMs / bareTitleReadyMedianMs (goal ≤ 1.3). */
  titleReadyRatio: number;
  /** Each .js file fetched before the title was ready, gzipped at level 9 here (the server's own gzip may differ). */
  titleJsGzipBytes: number;
  titleJsRawBytes: number;
  titleJsFiles: { file: string; rawBytes: number; gzipBytes: number }[];
  /** requestAnimationFrame intervals over ~3 s of an AI-only game at 1366×768 with motion on (AI turns ~700 ms apart). */
  tableFrameP95Ms: number;
  tableFrameMedianMs: number;
  tableFrameMaxMs: number;
  tableFrames: number;
  /** Runtime.getHeapUsage after a forced GC, on the end screen of an AI-only Alaska game (skipped with Escape). */
  heapAfterGameBytes: number;
  /** The AI's answer to a human move in an Alaska game, reduced motion: see ai-answer.ts. */
  aiAnswerParty: string;
  aiAnswers: number;
  aiAnswerMedianMs: number;
  aiAnswerP95Ms: number;
  aiAnswerMaxMs: number;
  /** 1-minute load average when the browser part started: other work on the machine skews every figure here. */
  loadAverage: number;
  totalMs: number;
}

// The same flags as playwright.config.ts: silent, and none of Chromium's own background connections.
export const ARGS = [
  '--mute-audio',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const LOADS = 5;
/** The table's frames are measured at a common laptop size (issue 16's figure). */
const TABLE_VIEWPORT = { width: 1366, height: 768 };
const FRAME_WINDOW_MS = 3000;
const BUDGET_MS = 170_000; // the whole browser part, build included, must stay under 3 minutes

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
};

export function chromiumPath(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
}

/** Serves `root` on 127.0.0.1 at a free port; uncompressed, so the gzip figure is ours, not the server's. */
export async function serve(root: string): Promise<{ server: Server; url: string }> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
      // Every load in the bench is a fresh context; no-store also keeps Chromium's disk cache out of it.
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** Settings before the first load, as the e2e tests preset them (the guide seen, sound off). */
async function preset(page: Page, reduceMotion: boolean): Promise<void> {
  const text = JSON.stringify({ reduceMotion, guideSeen: true, muted: true });
  await page.addInitScript((value) => localStorage.setItem('summit.settings.v1', value), text);
}

async function newPage(
  browser: Browser,
  reduceMotion: boolean,
  viewport: { width: number; height: number } = { width: 1280, height: 720 },
): Promise<Page> {
  // A fresh context each time: empty cache and storage, like a first visit.
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await preset(page, reduceMotion);
  return page;
}

/**
 * The condition "the title takes input", as a page expression: the game's read-only hook, or the bare page's flag.
 * Strings, not functions: tsx (esbuild keepNames) wraps named inner functions in a __name helper the page lacks.
 */
export const GAME_READY = 'window.__summit && window.__summit.ready === true';
// The bare page's scene sets window.__bare; a string, so the game's Window type need not know it.
const BARE_READY = 'window.__bare && window.__bare.ready === true';

/**
 * Watches the condition from inside the page, on every animation frame from the first one, and keeps the
 * performance.now() of the first frame where it holds in window.__benchReady. Polling from Playwright instead
 * starts only once page.goto has seen the load event and the driver's message has crossed to the page, so on
 * a busy machine it measured the driver's latency and whichever long frame that message waited behind, not the
 * page: the same condition, seen late by a varying amount.
 */
export const watchReady = (condition: string) => `(() => {
  window.__benchReady = null;
  const tick = () => {
    if (${condition}) window.__benchReady = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

interface Load {
  readyMs: number;
  js: { file: string; raw: Buffer }[];
}

async function loadTitle(browser: Browser, url: string, condition = GAME_READY): Promise<Load> {
  const page = await newPage(browser, true);
  await page.addInitScript(watchReady(condition));
  const pending: Promise<{ path: string; file: string; raw: Buffer } | null>[] = [];
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (!/\.m?js$/.test(path)) return;
    pending.push(
      r.body().then(
        (raw) => ({ path, file: path.replace(/^.*\//, ''), raw }),
        () => null,
      ),
    );
  });
  await page.goto(url);
  // The figure is the first frame at which the title can take input, as the page saw it.
  const handle = await page.waitForFunction('window.__benchReady', null, { polling: 100, timeout: 30_000 });
  const readyMs = (await handle.jsonValue()) as number;
  // The scripts that had arrived by then (the page's own resource timing: fetches after ready do not count).
  const before = new Set(
    (await page.evaluate(`performance.getEntriesByType('resource')
      .filter((e) => e.responseEnd <= ${readyMs})
      .map((e) => new URL(e.name).pathname)`)) as string[],
  );
  const js = (await Promise.all(pending)).filter((x) => x !== null && before.has(x.path)) as Load['js'];
  await page.context().close();
  return { readyMs, js };
}

const POLL = { polling: 100, timeout: 60_000 } as const;

/** Starts an Alaska game from the title by clicking, as e2e/game-helpers.ts startGame does: AI only, or one seat. */
async function startWatching(page: Page, url: string, role = 'AI only — watch'): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.__summit?.ready === true, null, POLL);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.locator('[data-scenario="alaska-2025"]').getByRole('button', { name: 'Choose' }).click();
  await page.waitForFunction(() => window.__summit?.screen === 'briefing', null, POLL);
  await page.getByRole('button', { name: 'Choose your role' }).click();
  await page.waitForFunction(() => window.__summit?.screen === 'role', null, POLL);
  await page.getByRole('radio', { name: role, exact: true }).check();
  await page.getByRole('button', { name: 'Start the summit' }).click();
  await page.waitForFunction(() => window.__summit?.screen === 'summit', null, POLL);
}

/**
 * rAF intervals at the table for FRAME_WINDOW_MS, collected inside the page so the driver adds no latency. A string,
 * not a function: tsx (esbuild keepNames) wraps named inner functions in a __name helper the page does not have.
 */
function frameIntervals(page: Page): Promise<number[]> {
  return page.evaluate(`new Promise((done) => {
    const deltas = [];
    let last = -1;
    let start = -1;
    const tick = (t) => {
      if (last >= 0) deltas.push(t - last);
      else start = t;
      last = t;
      if (t - start < ${FRAME_WINDOW_MS}) requestAnimationFrame(tick);
      else done(deltas);
    };
    requestAnimationFrame(tick);
  })`) as Promise<number[]>;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

async function measure(browser: Browser, url: string, bareUrl: string, version: string): Promise<BrowserFigures> {
  const t0 = performance.now();
  const load = loadavg()[0];
  const trace = (what: string) =>
    process.env.BENCH_TRACE && console.error(`${Math.round(performance.now() - t0)} ms ${what}`);
  // One untimed load first: Chromium's own start-up (shader compilers, the GPU process) is not the game's.
  await loadTitle(browser, url);
  await loadTitle(browser, bareUrl, BARE_READY);
  const loads: Load[] = [];
  const bareLoads: Load[] = [];
  // Alternately, so a burst of other work on the machine falls on both.
  for (let i = 0; i < LOADS; i++) {
    loads.push(await loadTitle(browser, url));
    bareLoads.push(await loadTitle(browser, bareUrl, BARE_READY));
  }
  trace('loads');
  const readyMs = loads.map((l) => round1(l.readyMs));
  const bareReadyMs = bareLoads.map((l) => round1(l.readyMs));
  const medianOf = (xs: number[]) =>
    round1(
      percentile(
        [...xs].sort((a, b) => a - b),
        50,
      ),
    );
  // The files of the median load (they are the same each time; the median keeps an odd late fetch out).
  const sortedLoads = [...loads].sort((a, b) => a.readyMs - b.readyMs);
  const median = sortedLoads[Math.floor(sortedLoads.length / 2)];
  const files = median.js.map(({ file, raw }) => ({
    file,
    rawBytes: raw.length,
    gzipBytes: gzipSync(raw, { level: 9 }).length,
  }));
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);

  // Motion on, so AI turns are paced and animated: the table's ordinary load, not reduced motion's instant bursts.
  const page = await newPage(browser, false, TABLE_VIEWPORT);
  await startWatching(page, url);
  trace('summit');
  // After the first AI turn is applied: the canvas has mounted and the paced turns are under way.
  const first = await page.evaluate(() => window.__summit.stateHash());
  await page.waitForFunction((h) => window.__summit.stateHash() !== h, first, POLL);
  const deltas = (await frameIntervals(page)).sort((a, b) => a - b);
  // Escape skips every AI turn to the end of an AI-only game.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.__summit?.screen === 'end', null, POLL);
  trace('end');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await page.context().close();

  // A human seat, reduced motion: each key press applies the move and the AIs' answers at once (ai-answer.ts).
  const seat = await newPage(browser, true, TABLE_VIEWPORT);
  await seat.addInitScript(timeHandlers);
  await startWatching(seat, url, AI_ANSWER_PARTY);
  const answers = (await timeAiAnswers(seat)).sort((a, b) => a - b);
  await seat.context().close();
  trace('answers');

  return {
    chromium: version,
    loads: LOADS,
    titleReadyMedianMs: medianOf(readyMs),
    titleReadyMs: readyMs,
    bareTitleReadyMedianMs: medianOf(bareReadyMs),
    bareTitleReadyMs: bareReadyMs,
    titleReadyRatio: Math.round((medianOf(readyMs) / Math.max(1, medianOf(bareReadyMs))) * 100) / 100,
    titleJsGzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
    titleJsRawBytes: files.reduce((n, f) => n + f.rawBytes, 0),
    titleJsFiles: files,
    tableFrameP95Ms: round1(percentile(deltas, 95)),
    tableFrameMedianMs: round1(percentile(deltas, 50)),
    tableFrameMaxMs: round1(deltas[deltas.length - 1] ?? 0),
    tableFrames: deltas.length,
    heapAfterGameBytes: heap.usedSize,
    aiAnswerParty: AI_ANSWER_PARTY,
    aiAnswers: answers.length,
    aiAnswerMedianMs: round1(percentile(answers, 50)),
    aiAnswerP95Ms: round1(percentile(answers, 95)),
    aiAnswerMaxMs: round1(answers[answers.length - 1] ?? 0),
    loadAverage: round1(load),
    totalMs: Math.round(performance.now() - t0),
  };
}

/** Builds the game (root '.') or the bare Phaser page into outDir, with the game's Vite config. */
function build(outDir: string, root = '.'): string | null {
  const args = ['vite', 'build', root, '--config', 'vite.config.ts', '--logLevel', 'error', '--outDir', outDir];
  const r = spawnSync('npx', [...args, '--emptyOutDir'], {
    encoding: 'utf8',
    timeout: 120_000,
    // The bare page has only its own index.html: the config then leaves out the game's page list (teach.html).
    env: root === '.' ? process.env : { ...process.env, SUMMIT_BARE_PAGE: '1' },
  });
  return r.status === 0 ? null : `vite build failed: ${(r.stderr || r.stdout || String(r.error)).trim().slice(0, 500)}`;
}

/**
 * The browser figures, or `{ skipped: reason }` when there is no Chromium or anything fails: the engine figures
 * are still worth printing. Everything started here (temporary build, server, browser) is gone when it returns.
 */
export async function benchBrowser(
  options: { build?: boolean } = { build: !process.argv.includes('--no-build') },
): Promise<BrowserFigures | { skipped: string }> {
  const executablePath = chromiumPath();
  if (!executablePath) return { skipped: 'no Chromium: set CHROMIUM_PATH or install /usr/bin/chromium' };
  let outDir: string | null = null;
  let bareDir: string | null = null;
  let server: Server | null = null;
  let bareServer: Server | null = null;
  let browser: Browser | null = null;
  let timer: NodeJS.Timeout | undefined;
  try {
    let root = 'dist';
    if (options.build !== false) {
      outDir = mkdtempSync(join(tmpdir(), 'summit-bench-'));
      const failed = build(outDir);
      if (failed) return { skipped: failed };
      root = outDir;
    } else if (!existsSync(join('dist', 'index.html')))
      return { skipped: 'no dist/index.html (run without --no-build)' };
    bareDir = mkdtempSync(join(tmpdir(), 'summit-bench-bare-'));
    const bareFailed = build(bareDir, 'scripts/bench/bare-phaser');
    if (bareFailed) return { skipped: bareFailed };
    const served = await serve(root);
    server = served.server;
    const bare = await serve(bareDir);
    bareServer = bare.server;
    browser = await chromium.launch({ executablePath, args: ARGS, headless: true });
    const version = browser.version();
    const timeout = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new Error(`over ${BUDGET_MS / 1000} s`)), BUDGET_MS);
    });
    return await Promise.race([measure(browser, served.url, bare.url, version), timeout]);
  } catch (e) {
    return { skipped: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => undefined);
    // closeAllConnections: Chromium's keep-alive sockets would otherwise hold the server (and the process) open.
    for (const s of [server, bareServer]) {
      if (!s) continue;
      s.closeAllConnections();
      s.close();
    }
    for (const dir of [outDir, bareDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
