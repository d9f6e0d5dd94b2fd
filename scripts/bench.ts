// `npm run bench [-- --json] [-- --no-build]`: measures speed and size, prints a table or one JSON document.
// Figures are medians. Unit tests never assert times; this is where the figures quoted in issues come from.
// The browser part builds the game into a temporary folder first; --no-build serves the existing dist/ instead.
import { benchBalance } from './bench/balance';
import { benchBrowser } from './bench/browser';
import { benchCluster, CLASS_THINK_MS } from './bench/cluster';
import { benchDebrief } from './bench/debrief';
import { benchDomains } from './bench/domains';
import { benchEngine } from './bench/engine';
import { benchCapacity, benchOnline } from './bench/online';
import { benchReplay } from './bench/replay';
import { benchStudio } from './bench/studio';

const json = process.argv.includes('--json');
const log = (text: string) => {
  if (!json) process.stdout.write(`${text}\n`);
};

async function main(): Promise<void> {
  log('engine: compiling scenarios and playing AI-only games…');
  const engine = benchEngine(500);
  log('negotiation: benchmark domains and Alaska variety (all AI)…');
  const negotiation = benchDomains();
  log('debrief: analysing finished Alaska games…');
  const debrief = benchDebrief();
  log('replay: verifying replays, share links…');
  const replay = benchReplay();
  log('balance: `summit balance` on Alaska, about 1,000 games on every core…');
  const balance = benchBalance();
  log('studio: the live check of an Alaska-size file…');
  const studio = benchStudio();
  log('browser: building, then loading the title and watching a game in Chromium…');
  const browser = await benchBrowser();
  log('online: 50 rooms × 4 bots of `summit loadtest` against one server process…');
  const online = await benchOnline(50);
  log('online: how many rooms one process holds before p95 passes 100 ms…');
  const capacity = await benchCapacity();
  log(
    'online: 30 class tables with the dashboard on one process; two processes with Redis (50 rooms split), then 30 class tables with dashboards and faults…',
  );
  const cluster = await benchCluster();
  const figures = {
    node: process.version,
    engine,
    negotiation,
    debrief,
    replay,
    balance,
    studio,
    browser,
    online,
    capacity,
    cluster,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    return;
  }
  log(
    `  largest scenario: ${engine.scenario} (${engine.parties} parties, ${engine.issues} issues, ${engine.phases} phases, ${engine.packages} packages)`,
  );
  log(
    `  full AI-only game: median ${engine.gameMedianMs} ms, p95 ${engine.gameP95Ms} ms, ${engine.gamesPerSecond} games/s, ${engine.meanTurns} turns`,
  );
  for (const d of negotiation.domains) {
    log(
      `  ${d.domain} (50 seeds): agreements ${Math.round(d.agreementRate * 100)}%, Pareto-optimal ${Math.round(d.paretoRate * 100)}%, mean Nash distance ${d.meanNashDistance}`,
    );
  }
  for (const m of negotiation.margins) {
    const ok = m.overRandom >= 5 && m.overPushover >= 5 && m.overHardliner >= 0;
    log(
      `  ${m.scenario} ${m.party} (${m.games} seeds): AI surplus ${m.aiSurplus}, over random ${m.overRandom}, over pushover ${m.overPushover}, over hardliner ${m.overHardliner}${ok ? '' : ' (below the bar: 5, 5, 0)'}`,
    );
  }
  const al = negotiation.alaska;
  log(
    `  Alaska all-AI (${al.games} seeds): ${al.distinctOutcomes} distinct outcomes, the most common ${Math.round(al.topOutcomeRate * 100)}%, deals at Anchorage ${al.anchorageDeals}`,
  );
  for (const [file, ms] of Object.entries(engine.compileMs)) log(`  load + compile ${file}: median ${ms} ms`);
  log(
    `  debrief of a full ${debrief.scenario} game: median ${debrief.analyzeMedianMs} ms (p95 ${debrief.analyzeP95Ms} ms), cold ${debrief.analyzeColdMedianMs} ms`,
  );
  log(
    `  verify a ${replay.scenario} replay: median ${replay.verifyMedianMs} ms (p95 ${replay.verifyP95Ms} ms, ${replay.verifyReplays} replays)`,
  );
  log(
    `  share link over ${replay.linkGames} games: median ${replay.linkMedianChars} chars, max ${replay.linkMaxChars} chars`,
  );
  log(
    `  summit balance (${balance.games} games, ${balance.threads} threads): median ${balance.balance1000Ms} ms wall of ${balance.runsMs.join(', ')} ms (load average ${balance.loadAverage})`,
  );
  log(
    `  studio live check (validate + lint) of ${studio.scenario} (${studio.bytes} bytes): median ${studio.checkMedianMs} ms, p95 ${studio.checkP95Ms} ms`,
  );
  log(
    `  online, ${online.rooms} rooms × ${online.clients / Math.max(1, online.rooms)} bots: p95 ${online.p95Ms} ms intent → result, ${online.actions} actions, ${online.errors} errors, ${online.lost} lost, ${online.verified} replays verified; heap ${online.heapPerRoomKb} kB and resident ${online.rssPerRoomKb} kB per live room (idle server ${online.rssIdleMb} MB), server CPU ${online.serverCpuMsPerAction} ms and the bots' ${online.clientCpuMsPerAction} ms per action (load average ${online.loadAverage})`,
  );
  log(
    `  one process holds ${capacity.heldRooms} rooms × 4 bots at p95 ${capacity.heldP95Ms} ms (p95 ≤ 100 ms${capacity.heldRssPerRoomKb === null ? '' : `, resident ${capacity.heldRssPerRoomKb} kB per room`})${capacity.brokenAt === null ? '' : `; ${capacity.brokenAt} rooms: p95 ${capacity.brokenP95Ms} ms`} (load average ${capacity.loadAverage})`,
  );
  const c = cluster.oneProcessClass;
  log(
    `  classroom on one process, ${c.tables} tables × 4 bots in one class with its dashboard connected, bots thinking ${CLASS_THINK_MS} ms a move: p95 ${c.p95Ms} ms intent → result, ${c.actions} actions, ${c.errors} errors, ${c.lost} lost, ${c.verified} replays verified (${c.zipVerified} from the zip); dashboard: ${c.dashboards.updates} updates, p95 ${c.dashboards.p95Ms} ms, ${c.dashboards.finishedSeen} tables seen finished`,
  );
  if ('skipped' in cluster) log(`  two processes: skipped (${cluster.skipped})`);
  else {
    const t = cluster.twoProcesses;
    log(
      `  two processes + Redis, ${t.rooms} rooms split: p95 ${t.p95Ms} ms, ${t.crossProcessJoins} cross-process joins, ${t.errors} errors, ${t.lost} lost, ${t.verified} verified`,
    );
    const f = cluster.faults;
    log(
      `  classroom with faults, ${f.tables} tables × 4 bots in two classes with dashboards (${f.drops} bots dropped, one process SIGKILLed and back in ${f.restartMs} ms): ${f.verified} replays verified (${f.zipVerified} from the zips), ${f.lost} lost, ${f.errors} errors, ${f.cutOff} intents cut off, p95 ${f.p95Ms} ms; dashboards: ${f.dashboards.updates} updates, p95 ${f.dashboards.p95Ms} ms, ${f.dashboards.finishedSeen} tables seen finished`,
    );
  }
  if ('skipped' in browser) log(`  browser: skipped (${browser.skipped})`);
  else {
    log(
      `  title ready: median ${browser.titleReadyMedianMs} ms after navigation (${browser.loads} loads, Chromium ${browser.chromium}, load average ${browser.loadAverage})`,
    );
    log(
      `  bare Phaser 4 page, same Vite, loaded alternately: median ${browser.bareTitleReadyMedianMs} ms; the title takes ${browser.titleReadyRatio}× (goal ≤ 1.3×)`,
    );
    log(
      `  JS before the title: ${Math.round(browser.titleJsGzipBytes / 1024)} kB gzipped (${browser.titleJsFiles.map((f) => `${f.file} ${Math.round(f.gzipBytes / 1024)} kB`).join(', ')})`,
    );
    log(
      `  frame interval at the table (1366×768, AI turns, motion on): p95 ${browser.tableFrameP95Ms} ms, median ${browser.tableFrameMedianMs} ms, max ${browser.tableFrameMaxMs} ms over ${browser.tableFrames} frames`,
    );
    log(`  JS heap after a full game (after GC): ${(browser.heapAfterGameBytes / 1024 / 1024).toFixed(1)} MB`);
    log(
      `  AI answer to a move (${browser.aiAnswerParty}, reduced motion, key → every AI turn applied and the panel redrawn): median ${browser.aiAnswerMedianMs} ms, p95 ${browser.aiAnswerP95Ms} ms, max ${browser.aiAnswerMaxMs} ms over ${browser.aiAnswers} moves (goal ≤ 50 ms)`,
    );
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
