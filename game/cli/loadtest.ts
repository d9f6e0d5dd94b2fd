// `summit loadtest --url http://HOST:PORT [--url …] --rooms R [--scenario ID] [--drops F] [--json]`: R rooms on
// running servers, one bot per party over real WebSockets (a room made on the first URL is joined through the others
// in turn), random legal moves to the end, reconnecting when a connection drops (up to 60 s, like the browser), and
// every room's replay downloaded and verified. Reports the round trip of intents (p95), errors, actions
// acknowledged but missing from the final replay ("lost"), verified replays and joins through another URL.
// `--drops F`: that fraction of the bots drop their connection once at a random moment and reconnect (faults);
// an intent cut off by a drop or a server restart is not an error (it was never acknowledged), only counted.
// `--deadline S` (600 by default): the whole run's limit. Past it the rooms still playing are left, each counted as
// an error and told on stderr (where it stood), and the report says what was measured until then: a stalled
// server or room ends the run with a failure instead of hanging it.
// A run has three phases: every room made and its bots joined, then every game started, then play: no intent is
// sent before the last bot has joined, so the p95 is that of moves in games under way. `--think MS`: each bot waits
// a random time (uniform 0..2×MS) before each of its moves, the pace of a student; 0 (the default) answers at once,
// which makes the run a saturation test (every room always has an intent in flight).

import { parseReplay } from '../content/index';
import type { CompiledScenario } from '../engine/index';
import { verifyReplay } from '../engine/index';
import type { RemoteMatch } from '../session/online/index';
import { type BotTally, newTally, playRandomBot } from '../session/online/index';
import { type HttpFetch, httpFetch } from './http-fetch';
import { EXIT, type Io } from './io';
import { loadScenarioFile } from './load-scenario';

export const LOADTEST_USAGE =
  'summit loadtest --url http://HOST:PORT [--url …] --rooms R [--scenario ID] [--drops F] [--think MS] [--deadline S] [--json]';

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
  /** The bots' mean wait before each move (--think, ms; 0: they answer at once, a saturation test). */
  thinkMs?: number;
  /**
   * The phases (ms): every room made, its bots joined and its game started (setupMs), then the games played, from
   * the first intent to the last room's end (playMs). No intent is sent before every room is ready, so p95Ms is
   * the round trip of moves in games under way, never of one waiting behind joins; the scenario's load comes before
   * both and the replays' verification after.
   */
  setupMs?: number;
  playMs?: number;
  /** Rooms still playing when the deadline passed (absent when every room finished in time). */
  unfinished?: number;
  /**
   * The command's own CPU time (user + system, its start included) per acknowledged action: the bots' cost, which
   * shares the machine with the server's. Only the command sets it (its process holds nothing but the bots).
   */
  clientCpuMsPerAction?: number;
  /**
   * The same, counted only while the rooms played (from the first room's start to the last room's end): the load of
   * the scenario, most joins and the replays' verification left out. What the bots take from the machine while the
   * p95 is measured. Only the command sets it.
   */
  playCpuMsPerAction?: number;
}

export interface LoadtestOptions {
  urls: string[];
  rooms: number;
  scenario: string;
  json: boolean;
  /** The fraction of bots that drop their connection once, at random (0: none). */
  drops: number;
  /** The whole run's limit in seconds (default DEFAULT_DEADLINE_S). */
  deadlineS?: number;
  /** Each bot's mean wait before its moves, in ms (uniform 0..2×; 0, the default: at once, the saturation test). */
  thinkMs?: number;
}

/** Long enough for hundreds of rooms on a busy machine; a healthy 50-room run takes well under a minute. */
export const DEFAULT_DEADLINE_S = 600;

/** What a harness may watch while the load runs (the fault run kills a server halfway). */
export interface LoadtestHooks {
  onAcknowledged?: (total: number) => void;
  /** Why rooms could not be played (each distinct reason once). */
  onRoomFailed?: (why: string) => void;
  /** Every room is ready (made, joined, started): play begins now, and no intent was sent before. */
  onPlay?: () => void;
  /** The process's CPU (µs, user + system) from the first room's start to the last room's end of play. */
  onPlayCpu?: (us: number) => void;
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
    else if (a === '--think' && v && /^\d+$/.test(v) && Number(v) <= 600_000) o.thinkMs = Number(v);
    else if (a === '--deadline' && v && /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 86_400)
      o.deadlineS = Number(v);
    else return `bad option ${a ?? ''}`;
  }
  return o.urls.length === 0 ? 'give at least one --url' : o;
}

const percentile = (xs: number[], p: number): number => {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** One room's figures, counted as it plays (a room stopped by the deadline reports what it had); `acked`: actions. */
interface RoomFigures extends BotTally {
  clients: number;
  lost: number;
  verified: number;
  crossProcessJoins: number;
}

/** One room's run as the whole load sees it: its figures, its bots, where it stands, and whether it is over. */
interface RoomRun {
  figures: RoomFigures;
  bots: RemoteMatch[];
  code: string | null;
  stage: string;
  /** Set when the deadline passed: the room's bots stop moving and leave. */
  stopped: boolean;
  /** 'ok' once played to the end; the reason when it could not be played; undefined while it plays. */
  done?: 'ok' | unknown;
  /** The room's replay as its bots received it (checked once every room has played: see loadtest). */
  replay?: string | null;
}

const newRun = (): RoomRun => ({
  figures: { ...newTally(), clients: 0, lost: 0, verified: 0, crossProcessJoins: 0 },
  bots: [],
  code: null,
  stage: 'creating the room',
  stopped: false,
});

/** Where an unfinished room stood, for the line that reports it. */
function whereStood(run: RoomRun): string {
  const host = run.bots[0];
  const s = host?.state();
  if (run.stage !== 'playing' || host === undefined || s === null || s === undefined) return run.stage;
  const finished = run.bots.filter((b) => b.replayFile() !== null).length;
  return `playing: turn ${s.turn}, ${host.toMove() ?? 'nobody'} to move, ${finished} of ${run.bots.length} bots hold the replay`;
}

/**
 * The first phase of a room: made, one bot a party joined, every party picked. The game is not started yet: every
 * room is ready before any game starts (see loadtest), so that no move waits behind another room's joins.
 */
async function joinRoom(
  opts: Options,
  sc: CompiledScenario,
  file: string,
  index: number,
  run: RoomRun,
  http: HttpFetch,
) {
  const { RemoteMatch } = await import('../session/online/index');
  const figures = run.figures;
  // A bot that connects after the deadline leaves at once (nobody else will close it).
  const enlist = (b: RemoteMatch) => {
    run.bots.push(b);
    if (run.stopped) {
      void b.leave();
      throw new Error('stopped by the deadline');
    }
  };
  const hostUrl = opts.urls[index % opts.urls.length]!;
  const host = await RemoteMatch.host(hostUrl, file, { name: 'bot 1', fetch: http.fetch });
  run.code = host.code;
  enlist(host);
  for (let i = 1; i < sc.parties.length; i++) {
    const url = opts.urls[(index + i) % opts.urls.length]!;
    if (url !== hostUrl) figures.crossProcessJoins++;
    run.stage = `joining bot ${i + 1}`;
    enlist(await RemoteMatch.join(url, host.code, { name: `bot ${i + 1}`, classCode: false, fetch: http.fetch }));
  }
  const bots = run.bots;
  figures.clients = bots.length;
  for (const [i, b] of bots.entries()) b.pick(sc.parties[i]!.id);
  run.stage = 'waiting for every bot to pick its party';
  await waitFor(() => run.stopped || (host.lobby()?.players.every((p) => p.party !== null) ?? false), 30_000);
}

/** The second phase: the host starts the game, and the room is ready once every bot has its first view. */
async function startRoom(run: RoomRun): Promise<void> {
  run.stage = 'starting the game';
  run.bots[0]!.start();
  await waitFor(() => run.stopped || run.bots.every((b) => b.started()), 30_000);
}

/** The third: its bots play until every one of them holds the replay; counts into `run.figures` as it goes. */
async function playRoom(
  opts: Options,
  index: number,
  latencies: number[],
  acked: () => void,
  run: RoomRun,
  window: PlayWindow,
): Promise<void> {
  const figures = run.figures;
  const bots = run.bots;
  run.stage = 'playing';
  // Every (1/drops)th bot of the run loses its connection once, a random few of its own moves in (it reconnects by
  // itself): the share of dropping bots is exact, the moment random.
  const every = opts.drops > 0 ? Math.max(1, Math.round(1 / opts.drops)) : 0;
  await Promise.all(
    bots.map((bot, i) =>
      playRandomBot(bot, figures, {
        drops: every > 0 && (index * bots.length + i) % every === 0,
        thinkMs: opts.thinkMs,
        stopped: () => run.stopped,
        onAck: acked,
        onLatency: (ms) => latencies.push(ms),
      }),
    ),
  );
  if (run.stopped) return;
  window.end = process.cpuUsage();
  window.endMs = performance.now();
  run.replay = bots.find((b) => b.replayFile() !== null)?.replayFile() ?? null;
}

/** Where the process's CPU (and the clock) stood when play began and when the last room ended. */
interface PlayWindow {
  start: NodeJS.CpuUsage;
  end?: NodeJS.CpuUsage;
  /** The same moments on the clock (performance.now(), ms). */
  startMs: number;
  endMs?: number;
}

/**
 * A played room's replay: it verifies and holds every action acknowledged to its bots. Checked after every room has
 * played, so that verifying (some milliseconds a replay) does not hold up the results the other rooms' bots wait
 * for, which would count in their round trips.
 */
function checkReplay(sc: CompiledScenario, run: RoomRun): void {
  const figures = run.figures;
  const replay = run.replay ? parseReplay(run.replay, `room ${run.code}`) : null;
  if (replay?.ok) {
    figures.lost = Math.max(0, figures.acked - replay.value.actions.length);
    if (verifyReplay(sc, replay.value).ok) figures.verified++;
    else figures.errors++;
  } else figures.errors++;
  run.replay = undefined;
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
    thinkMs: opts.thinkMs ?? 0,
  };
  let acknowledged = 0;
  const acked = () => hooks.onAcknowledged?.(++acknowledged);
  const runs = Array.from({ length: opts.rooms }, newRun);
  const http = httpFetch();
  const deadlineS = opts.deadlineS ?? DEFAULT_DEADLINE_S;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let late = false;
  const deadline = new Promise<void>((r) => {
    timer = setTimeout(() => {
      late = true;
      r();
    }, deadlineS * 1000);
  });
  // Each phase for every room, and the next phase only once every room is through (or failed): a room that fails
  // is done with its reason; one still under way at the deadline is left (counted below as unfinished).
  // Past the deadline no phase begins, and the rooms through the current one by then count (a room that finished
  // playing in time is played, whatever the others do).
  const phase = async (rooms: RoomRun[], step: (run: RoomRun) => Promise<void>): Promise<RoomRun[]> => {
    if (late) return [];
    const through = new Set<RoomRun>();
    const all = Promise.all(
      rooms.map((run) =>
        step(run).then(
          () => {
            if (!run.stopped) through.add(run);
          },
          (e: unknown) => {
            run.done = e ?? 'failed';
          },
        ),
      ),
    );
    await Promise.race([all, deadline]);
    return rooms.filter((r) => through.has(r));
  };
  const t0 = performance.now();
  // 1. Every room made and its bots joined; 2. every game started; 3. play. A move's round trip is a game's, not
  // one that waited behind the joins and starts of other rooms (the same process sends both).
  const joined = await phase(runs, (run) => joinRoom(opts, loaded.scenario, file, runs.indexOf(run), run, http));
  const started = await phase(joined, startRoom);
  const window: PlayWindow = { start: process.cpuUsage(), startMs: performance.now() };
  hooks.onPlay?.();
  if (started.length > 0) report.setupMs = Math.round(window.startMs - t0);
  const played = await phase(started, (run) => playRoom(opts, runs.indexOf(run), latencies, acked, run, window));
  for (const run of played) run.done = 'ok';
  clearTimeout(timer);
  if (window.end !== undefined && window.endMs !== undefined) {
    const cpu = process.cpuUsage(window.start);
    const after = process.cpuUsage(window.end);
    hooks.onPlayCpu?.(cpu.user + cpu.system - (after.user + after.system));
    report.playMs = Math.round(window.endMs - window.startMs);
  }
  // The played rooms' bots leave now, not as each room ends: leaving is no part of another room's game.
  await Promise.all(played.flatMap((r) => r.bots.map((b) => b.leave())));
  for (const run of runs) if (run.done === 'ok') checkReplay(loaded.scenario, run);
  let drops = 0;
  let cutOff = 0;
  let unfinished = 0;
  const reasons: string[] = [];
  for (const run of runs) {
    if (run.done === undefined) {
      // Past the deadline: what the room measured counts, the room itself is an error, and its bots leave.
      run.stopped = true;
      unfinished++;
      report.errors++;
      reasons.push(`room ${run.code ?? '(not created)'} unfinished after ${deadlineS} s (${whereStood(run)})`);
    } else if (run.done !== 'ok') {
      report.errors++;
      // Why a room could not be played (its joins failed): told once per distinct reason, on stderr.
      const why = run.done instanceof Error ? run.done.message : String(run.done);
      if (!reasons.includes(why)) reasons.push(why);
      continue;
    }
    for (const k of ['clients', 'errors', 'lost', 'verified', 'crossProcessJoins'] as const)
      report[k] += run.figures[k];
    report.actions += run.figures.acked;
    drops += run.figures.drops;
    cutOff += run.figures.cutOff;
  }
  if (unfinished > 0) {
    // Leaving takes a round trip; a stalled server may never answer it.
    const left = Promise.all(runs.filter((r) => r.stopped).flatMap((r) => r.bots.map((b) => b.leave())));
    await Promise.race([left, new Promise((r) => setTimeout(r, 2000))]);
  }
  http.close();
  report.p95Ms = Math.round(percentile(latencies, 95) * 10) / 10;
  if (opts.drops > 0 || cutOff > 0) Object.assign(report, { drops, cutOff });
  if (unfinished > 0) report.unfinished = unfinished;
  for (const why of reasons.slice(0, 5)) hooks.onRoomFailed?.(why);
  if (reasons.length > 5) hooks.onRoomFailed?.(`… and ${reasons.length - 5} more`);
  return report;
}

export async function runLoadtest(argv: readonly string[], io: Io): Promise<number> {
  const opts = parseArgs(argv);
  const started = process.cpuUsage();
  if (typeof opts === 'string') {
    io.err(`summit loadtest: ${opts}\n${LOADTEST_USAGE}`);
    return EXIT.usage;
  }
  let playCpuUs: number | null = null;
  const report = await loadtest(opts, {
    onRoomFailed: (why) => io.err(`summit loadtest: a room failed: ${why}`),
    onPlayCpu: (us) => {
      playCpuUs = us;
    },
  });
  if (typeof report === 'string') {
    io.err(report);
    return EXIT.usage;
  }
  const cpu = process.cpuUsage(started);
  const perAction = (us: number) => Math.round((us / 1000 / Math.max(1, report.actions)) * 100) / 100;
  report.clientCpuMsPerAction = perAction(cpu.user + cpu.system);
  if (playCpuUs !== null) report.playCpuMsPerAction = perAction(playCpuUs);
  if (opts.json) io.out(JSON.stringify(report));
  else
    io.out(
      `${report.rooms} rooms, ${report.clients} bots, ${report.actions} actions: p95 ${report.p95Ms} ms, ` +
        `${report.errors} errors, ${report.lost} lost, ${report.verified} replays verified, ` +
        `${report.crossProcessJoins} joins through another URL` +
        (report.thinkMs ? `; bots thinking ${report.thinkMs} ms a move on average` : '') +
        (report.setupMs === undefined ? '' : `; rooms ready in ${report.setupMs} ms`) +
        (report.playMs === undefined ? '' : `, played in ${report.playMs} ms`) +
        (report.drops === undefined ? '' : `; ${report.drops} bots dropped, ${report.cutOff} intents cut off`) +
        (report.unfinished === undefined ? '' : `; ${report.unfinished} rooms unfinished at the deadline`) +
        `; the bots' CPU ${report.clientCpuMsPerAction} ms per action` +
        (report.playCpuMsPerAction === undefined ? '' : ` (${report.playCpuMsPerAction} ms while the rooms played)`),
    );
  return report.errors === 0 && report.lost === 0 && report.verified === report.rooms ? EXIT.ok : EXIT.failed;
}
