// `summit loadtest --url http://HOST:PORT [--url …] --rooms R [--scenario ID] [--json]`: R rooms on running
// servers, one bot per party over real WebSockets (a room made on the first URL is joined through the others in
// turn), random legal moves to the end, reconnecting when a connection drops (up to 60 s, like the browser), and
// every room's replay downloaded and verified. Reports the round trip of intents (p95), errors, actions
// acknowledged but missing from the final replay ("lost"), verified replays and joins through another URL.

import { parseReplay } from '../content/index';
import type { CompiledScenario } from '../engine/index';
import { verifyReplay } from '../engine/index';
import type { RemoteMatch } from '../session/online/index';
import { botMove } from '../session/online/index';
import { EXIT, type Io } from './io';
import { loadScenarioFile } from './load-scenario';

export const LOADTEST_USAGE = 'summit loadtest --url http://HOST:PORT [--url …] --rooms R [--scenario ID] [--json]';

export interface LoadtestReport {
  rooms: number;
  clients: number;
  actions: number;
  p95Ms: number;
  errors: number;
  lost: number;
  verified: number;
  crossProcessJoins: number;
}

interface Options {
  urls: string[];
  rooms: number;
  scenario: string;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Options | string {
  const o: Options = { urls: [], rooms: 1, scenario: 'alaska-2025', json: false };
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
async function playRoom(opts: Options, sc: CompiledScenario, file: string, index: number, latencies: number[]) {
  const { RemoteMatch } = await import('../session/online/index');
  const figures = { clients: 0, actions: 0, errors: 0, lost: 0, verified: 0, crossProcessJoins: 0 };
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
  await Promise.all(
    bots.map(
      (bot) =>
        new Promise<void>((resolve) => {
          let busy = false;
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
            latencies.push(performance.now() - t0);
            if (r.ok) acknowledged++;
            else if (['timeout', 'dropped', 'error'].includes(r.error.code)) figures.errors++;
            else if (r.error.code !== 'not-your-turn') {
              // A random move the rules refuse (the referee at work): pass instead.
              const p = await bot.act({ type: 'turn.pass', party });
              if (p.ok) acknowledged++;
            }
            busy = false;
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

export async function runLoadtest(argv: readonly string[], io: Io): Promise<number> {
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    io.err(`summit loadtest: ${opts}\n${LOADTEST_USAGE}`);
    return EXIT.usage;
  }
  const loaded = loadScenarioFile(opts.scenario);
  if (!loaded.ok) {
    io.err(loaded.failure.kind === 'io' ? loaded.failure.message : loaded.failure.lines.join('\n'));
    return EXIT.usage;
  }
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
  const results = await Promise.allSettled(
    Array.from({ length: opts.rooms }, (_, i) => playRoom(opts, loaded.scenario, file, i, latencies)),
  );
  for (const r of results) {
    if (r.status === 'rejected') {
      report.errors++;
      continue;
    }
    for (const k of ['clients', 'actions', 'errors', 'lost', 'verified', 'crossProcessJoins'] as const)
      report[k] += r.value[k];
  }
  report.p95Ms = Math.round(percentile(latencies, 95) * 10) / 10;
  if (opts.json) io.out(JSON.stringify(report));
  else
    io.out(
      `${report.rooms} rooms, ${report.clients} bots, ${report.actions} actions: p95 ${report.p95Ms} ms, ` +
        `${report.errors} errors, ${report.lost} lost, ${report.verified} replays verified, ` +
        `${report.crossProcessJoins} joins through another URL`,
    );
  return report.errors === 0 && report.lost === 0 && report.verified === report.rooms ? EXIT.ok : EXIT.failed;
}
