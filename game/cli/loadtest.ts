// `summit loadtest --url http://HOST:PORT [--url …] --rooms R [--scenario ID] [--drops F] [--json]`: R rooms on
// running servers, one bot per party over real WebSockets (a room made on the first URL is joined through the others
// in turn), random legal moves to the end, reconnecting when a connection drops (up to 60 s, like the browser), and
// every room's replay downloaded and verified. Reports the round trip of intents (p95), errors, actions
// acknowledged but missing from the final replay ("lost"), verified replays and joins through another URL.
// `--drops F`: that fraction of the bots drop their connection once at a random moment and reconnect (faults);
// an intent cut off by a drop or a server restart is not an error (it was never acknowledged), only counted.

import { parseReplay } from '../content/index';
import type { CompiledScenario } from '../engine/index';
import { verifyReplay } from '../engine/index';
import type { RemoteMatch } from '../session/online/index';
import { botMove } from '../session/online/index';
import { EXIT, type Io } from './io';
import { loadScenarioFile } from './load-scenario';

export const LOADTEST_USAGE =
  'summit loadtest --url http://HOST:PORT [--url …] --rooms R [--scenario ID] [--drops F] [--json]';

export interface LoadtestReport {
  rooms: number;
  clients: number;
  actions: number;
  p95Ms: number;
  errors: number;
  lost: number;
  verified: number;
  crossProcessJoins: number;
  /** Bots that dropped their connection on purpose (--drops), and intents cut off by a drop or a restart. */
  drops?: number;
  cutOff?: number;
}

export interface LoadtestOptions {
  urls: string[];
  rooms: number;
  scenario: string;
  json: boolean;
  /** The fraction of bots that drop their connection once, at random (0: none). */
  drops: number;
}

/** What a harness may watch while the load runs (the fault run kills a server halfway). */
export interface LoadtestHooks {
  onAcknowledged?: (total: number) => void;
  /** Why rooms could not be played (each distinct reason once). */
  onRoomFailed?: (why: string) => void;
}

type Options = LoadtestOptions;

function parseArgs(argv: readonly string[]): Options | string {
  const o: Options = { urls: [], rooms: 1, scenario: 'alaska-2025', json: false, drops: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--json') {
      o.json = true;
      continue;
    }
    i++;
    if (a === '--url' && v) o.urls.push(v.replace(/\/$/, ''));
    else if (a === '--rooms' && v && /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 10_000) o.rooms = Number(v);
    else if (a === '--scenario' && v) o.scenario = v;
    else if (a === '--drops' && v && /^(0(\.\d+)?|1(\.0+)?)$/.test(v)) o.drops = Number(v);
    else return `bad option ${a ?? ''}`;
  }
  return o.urls.length === 0 ? 'give at least one --url' : o;
}

const percentile = (xs: number[], p: number): number => {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** One room: its bots play until every one of them holds the replay; answers the room's figures. */
async function playRoom(
  opts: Options,
  sc: CompiledScenario,
  file: string,
  index: number,
  latencies: number[],
  acked: () => void,
) {
  const { RemoteMatch } = await import('../session/online/index');
  const figures = {
    clients: 0,
    actions: 0,
    errors: 0,
    lost: 0,
    verified: 0,
    crossProcessJoins: 0,
    drops: 0,
    cutOff: 0,
  };
  const hostUrl = opts.urls[index % opts.urls.length]!;
  const host = await RemoteMatch.host(hostUrl, file, { name: 'bot 1' });
  const bots: RemoteMatch[] = [host];
  for (let i = 1; i < sc.parties.length; i++) {
    const url = opts.urls[(index + i) % opts.urls.length]!;
    if (url !== hostUrl) figures.crossProcessJoins++;
    bots.push(await RemoteMatch.join(url, host.code, { name: `bot ${i + 1}` }));
  }
  figures.clients = bots.length;
  for (const [i, b] of bots.entries()) b.pick(sc.parties[i]!.id);
  await waitFor(() => host.lobby()?.players.every((p) => p.party !== null) ?? false, 30_000);
  host.start();
  let acknowledged = 0;
  const ack = () => {
    acknowledged++;
    acked();
  };
  await Promise.all(
    bots.map(
      (bot, i) =>
        new Promise<void>((resolve) => {
          let busy = false;
          // Every (1/drops)th bot of the run loses its connection once, a random few of its own moves in (it
          // reconnects by itself): the share of dropping bots is exact, the moment random.
          const every = opts.drops > 0 ? Math.max(1, Math.round(1 / opts.drops)) : 0;
          const drops = every > 0 && (index * bots.length + i) % every === 0;
          let dropAfter = drops ? 1 + Math.floor(Math.random() * 6) : -1;
          const move = async () => {
            if (busy || bot.replayFile() !== null) return;
            const party = bot.party();
            const s = bot.state();
            const scenario = bot.scenario();
            if (party === null || s === null || scenario === null || bot.toMove() !== party || s.outcome) return;
            if (bot.seats()[party] !== 'human') return;
            busy = true;
            const t0 = performance.now();
            const r = await bot.act(botMove(scenario, s, party, bot.legal(party), 'random'));
            const cut = !r.ok && ['timeout', 'dropped'].includes(r.error.code);
            if (!cut) latencies.push(performance.now() - t0);
            if (r.ok) ack();
            else if (cut) figures.cutOff++;
            else if (r.error.code === 'error') figures.errors++;
            else if (r.error.code !== 'not-your-turn') {
              // A random move the rules refuse (the referee at work): pass instead.
              const p = await bot.act({ type: 'turn.pass', party });
              if (p.ok) ack();
            }
            busy = false;
            if (dropAfter > 0 && --dropAfter === 0) {
              dropAfter = -1;
              figures.drops++;
              bot.dropForTest();
              return;
            }
            void move();
          };
          bot.subscribe((e) => {
            if (e.type === 'view') void move();
            if (e.type === 'end') resolve();
            if (e.type === 'connection' && e.status === 'lost') {
              figures.errors++;
              resolve();
            }
          });
          void move();
        }),
    ),
  );
  figures.actions = acknowledged;
  const text = bots.find((b) => b.replayFile() !== null)?.replayFile() ?? null;
  const replay = text === null ? null : parseReplay(text, `room ${host.code}`);
  if (replay?.ok) {
    figures.lost = Math.max(0, acknowledged - replay.value.actions.length);
    if (verifyReplay(sc, replay.value).ok) figures.verified++;
    else figures.errors++;
  } else figures.errors++;
  await Promise.all(bots.map((b) => b.leave()));
  return figures;
}

async function waitFor(ok: () => boolean, ms: number) {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('the room did not fill in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Runs the load and answers its report (or why it could not start). */
export async function loadtest(opts: LoadtestOptions, hooks: LoadtestHooks = {}): Promise<LoadtestReport | string> {
  const loaded = loadScenarioFile(opts.scenario);
  if (!loaded.ok) return loaded.failure.kind === 'io' ? loaded.failure.message : loaded.failure.lines.join('\n');
  const file = loaded.path.split(/[\\/]/).pop() ?? `${opts.scenario}.yaml`;
  const latencies: number[] = [];
  const report: LoadtestReport = {
    rooms: opts.rooms,
    clients: 0,
    actions: 0,
    p95Ms: 0,
    errors: 0,
    lost: 0,
    verified: 0,
    crossProcessJoins: 0,
  };
  let acknowledged = 0;
  const acked = () => hooks.onAcknowledged?.(++acknowledged);
  const results = await Promise.allSettled(
    Array.from({ length: opts.rooms }, (_, i) => playRoom(opts, loaded.scenario, file, i, latencies, acked)),
  );
  let drops = 0;
  let cutOff = 0;
  const reasons: string[] = [];
  for (const r of results) {
    if (r.status === 'rejected') {
      report.errors++;
      // Why a room could not be played (its joins failed): told once per distinct reason, on stderr.
      const why = r.reason instanceof Error ? r.reason.message : String(r.reason);
      if (!reasons.includes(why)) reasons.push(why);
      continue;
    }
    for (const k of ['clients', 'actions', 'errors', 'lost', 'verified', 'crossProcessJoins'] as const)
      report[k] += r.value[k];
    drops += r.value.drops;
    cutOff += r.value.cutOff;
  }
  report.p95Ms = Math.round(percentile(latencies, 95) * 10) / 10;
  if (opts.drops > 0 || cutOff > 0) Object.assign(report, { drops, cutOff });
  for (const why of reasons.slice(0, 5)) hooks.onRoomFailed?.(why);
  return report;
}

export async function runLoadtest(argv: readonly string[], io: Io): Promise<number> {
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    io.err(`summit loadtest: ${opts}\n${LOADTEST_USAGE}`);
    return EXIT.usage;
  }
  const report = await loadtest(opts, { onRoomFailed: (why) => io.err(`summit loadtest: a room failed: ${why}`) });
  if (typeof report === 'string') {
    io.err(report);
    return EXIT.usage;
  }
  if (opts.json) io.out(JSON.stringify(report));
  else
    io.out(
      `${report.rooms} rooms, ${report.clients} bots, ${report.actions} actions: p95 ${report.p95Ms} ms, ` +
        `${report.errors} errors, ${report.lost} lost, ${report.verified} replays verified, ` +
        `${report.crossProcessJoins} joins through another URL` +
        (report.drops === undefined ? '' : `; ${report.drops} bots dropped, ${report.cutOff} intents cut off`),
    );
  return report.errors === 0 && report.lost === 0 && report.verified === report.rooms ? EXIT.ok : EXIT.failed;
}
