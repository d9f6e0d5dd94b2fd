// Test and benchmark support (Node only): the classroom under load with faults. Two server processes share a Redis
// of their own; each makes a class (so both hold tables), and each class has its instructor's dashboard connected
// for the whole run. Four bots a table join with the class code through the process that does NOT hold the class
// (seated by the class room across processes), the instructors start the classes, and the bots play random legal
// moves to the end while a fraction of them drop their connection once and reconnect, and the second process is
// killed with SIGKILL partway and started again on the same data (its tables are rebuilt from their logs, its
// class reopens, its dashboard connects again). Answers what every bot, dashboard and class zip saw.
// With one port it is the classroom on one process: no Redis, one class holding every table, its dashboard
// connected, the bots joining through that process (the figure of "30 tables and a dashboard on one process").

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseReplay } from '../content/index';
import type { CompiledScenario } from '../engine/index';
import { verifyReplay } from '../engine/replay';
import {
  ClassConnection,
  createClass,
  newTally,
  playRandomBot,
  RemoteMatch,
  replaysZipUrl,
  type TableSummary,
} from '../session/online/index';
import { startRedis, type TestRedis } from './redis.testkit';
import { scenarioShelf } from './scenarios';
import { type SpawnedServer, spawnServer } from './spawn';

export interface ClassLoadOptions {
  /** Tables in all, split between the two processes' classes. */
  tables: number;
  /** Two processes sharing a Redis, or one alone (then no Redis, and nothing to kill). */
  ports: [number, number] | [number];
  /** The Redis of the two processes (null with one). */
  redisPort: number | null;
  scenario?: string;
  /** The fraction of bots that drop their connection once (0: none). */
  drops: number;
  /** Kill the second process once this many moves are acknowledged, then start it again (null: no kill; one process: ignored). */
  killAfter: number | null;
  /** The bots' mean wait before each move (ms, uniform 0..2×; 0, the default: at once). */
  thinkMs?: number;
  /** How long the games may take once started (default 240 s); then the run fails naming the tables still playing. */
  playMs?: number;
}

export interface ClassLoadReport {
  tables: number;
  bots: number;
  /** Bot joins made through the process that does not hold the table. */
  crossProcessJoins: number;
  actions: number;
  p95Ms: number;
  drops: number;
  /** Intents cut off by a drop or the kill (never acknowledged, so nothing to lose). */
  cutOff: number;
  errors: number;
  /** Moves acknowledged to a bot but missing from its table's replay. */
  lost: number;
  /** Tables whose replay (as the bots received it) verifies. */
  verified: number;
  /** Replays in the classes' zips (from the database) that verify. */
  zipVerified: number;
  restartMs: number | null;
  dashboards: {
    /** Table summaries the dashboards received, and their delay from the table's change (ms). */
    updates: number;
    p95Ms: number;
    /** Tables the dashboards saw finished, and the tables in the class reports they received. */
    finishedSeen: number;
    reported: number;
    /** Times a dashboard connected again (after its process was killed). */
    reconnects: number;
  };
}

const percentile = (xs: number[], p: number): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};

async function until(what: string, ok: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A class's dashboard: the latest summary of each table, the report, and the delays; it reconnects by itself. */
class Dashboard {
  conn: ClassConnection | null = null;
  readonly tables = new Map<number, TableSummary>();
  reported = 0;
  /** Times the connection came back by itself after it dropped (its process was killed). */
  reconnects = 0;
  constructor(
    readonly code: string,
    readonly key: string,
    private readonly delays: number[],
  ) {}

  async connect(url: string, ms = 90_000): Promise<void> {
    const end = Date.now() + ms;
    for (;;) {
      try {
        this.conn = await ClassConnection.open(url, this.code, this.key, { maxDelayMs: 1000 });
        break;
      } catch (e) {
        if (Date.now() > end) throw e;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    this.conn.subscribe((e) => {
      if (e.type === 'table') {
        this.delays.push(Date.now() - e.table.sentAt);
        this.tables.set(e.table.table, e.table);
      } else if (e.type === 'report') this.reported = e.report.finished;
      else if (e.type === 'connection' && e.status === 'connected') this.reconnects++;
    });
  }
}

/** A move as a key: its turn and the action, keys sorted (the same move read back from a replay gives the same). */
const canon = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(canon).join(',')}]`
    : v !== null && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canon((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(v);
const moveKey = (turn: number, action: unknown) => `${turn} ${canon(action)}`;

/** The tables not finished yet, as their bots see them (for a run that does not end in time). */
function unfinished(bots: RemoteMatch[]): string {
  return bots
    .filter((b) => b.replayFile() === null)
    .map((b) => `${b.code} ${b.party()}: turn ${b.state()?.turn}, to move ${b.toMove()}, ${JSON.stringify(b.seats())}`)
    .join('\n');
}

/** What the runs under way started, so a test that timed out can stop them before a retry needs the ports. */
const running = new Set<() => void>();

/** Stops every server process and Redis a class load run started and has not stopped yet. */
export function stopClassLoadRuns(): void {
  for (const stop of [...running]) stop();
  running.clear();
}

export async function classLoadRun(o: ClassLoadOptions): Promise<ClassLoadReport> {
  const file = `${o.scenario ?? 'alaska-2025'}.yaml`;
  const loaded = scenarioShelf('scenarios').load(file);
  if (!loaded.ok) throw new Error(`${file}: ${loaded.error}`);
  const sc: CompiledScenario = loaded.value;
  const dirs = o.ports.map((p) => mkdtempSync(join(tmpdir(), `summit-class-load-${p}-`)));
  let redis: TestRedis | null = null;
  const servers: SpawnedServer[] = [];
  const bots: RemoteMatch[] = [];
  const dashboards: Dashboard[] = [];
  const stop = () => {
    for (const s of servers) s.child.kill('SIGKILL');
    redis?.stop();
    redis = null;
  };
  running.add(stop);
  try {
    const two = o.ports.length === 2;
    if (two && o.redisPort !== null) redis = await startRedis(o.redisPort);
    const env: Record<string, string> = redis === null ? {} : { REDIS_URL: redis.url };
    const args = (i: number) => ['--port', String(o.ports[i]), '--data', dirs[i]!, '--ai-delay', '0', '--grace', '600'];
    servers.push(...(await Promise.all(o.ports.map((_, i) => spawnServer(args(i), 90_000, env)))));
    const urls = servers.map((s) => s.url);

    // A class on each process, every party played by a student; its dashboard connected from the start.
    const delays: number[] = [];
    const split = two ? [Math.ceil(o.tables / 2), Math.floor(o.tables / 2)] : [o.tables];
    const humans = sc.parties.map((p) => p.id);
    for (const [i, tables] of split.entries()) {
      if (tables === 0) continue;
      const made = await createClass(urls[i]!, { scenario: file, tables, humans, minutes: 0 });
      if (!made.ok) throw new Error(made.error);
      const d = new Dashboard(made.code, made.key, delays);
      await d.connect(urls[i]!);
      dashboards.push(d);
    }
    for (const d of dashboards)
      await until('every table on its dashboard', () => d.tables.size === split[dashboards.indexOf(d)], 60_000);

    // The bots join with the class code through the other process: the class room there seats them (one process:
    // through itself).
    const figures = newTally();
    let crossProcessJoins = 0;
    for (const [i, d] of dashboards.entries()) {
      const through = urls[(i + 1) % urls.length]!;
      const joined = await Promise.all(
        Array.from({ length: split[i]! * sc.parties.length }, (_, n) =>
          RemoteMatch.join(through, d.code, { name: `bot ${i + 1}.${n + 1}` }),
        ),
      );
      if (through !== urls[i]) crossProcessJoins += joined.length;
      bots.push(...joined);
    }
    await until(
      'every seat taken',
      () => dashboards.every((d) => [...d.tables.values()].every((t) => t.parties.every((p) => p.player !== null))),
      60_000,
    );

    // The kill, once enough moves are acknowledged: the second process dies and starts again on its data.
    let restart: Promise<number> | null = null;
    const onAck = () => {
      if (restart !== null || !two || o.killAfter === null || figures.acked < o.killAfter) return;
      const victim = servers[1]!;
      const t0 = Date.now();
      restart = new Promise<void>((r) => {
        victim.child.once('exit', () => r());
        victim.child.kill('SIGKILL');
      })
        .then(() => spawnServer(args(1), 90_000, env))
        .then(async (again) => {
          servers[1] = again;
          const ms = Date.now() - t0;
          // Its class's dashboard lost the connection and opens it again by itself (nobody reloads the page).
          const d = dashboards[1];
          if (d) await until('the dashboard to reconnect by itself', () => d.reconnects > 0, 60_000);
          return ms;
        });
    };
    const every = o.drops > 0 ? Math.max(1, Math.round(1 / o.drops)) : 0;
    const latencies: number[] = [];
    for (const d of dashboards) d.conn!.send({ type: 'start' });
    const acked = bots.map(() => [] as string[]);
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      Promise.all(
        bots.map((b, i) =>
          playRandomBot(b, figures, {
            drops: every > 0 && i % every === 0,
            thinkMs: o.thinkMs,
            onAck: (turn, action) => {
              acked[i]!.push(moveKey(turn, action));
              onAck();
            },
            onLatency: (ms) => latencies.push(ms),
          }),
        ),
      ),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`tables still playing:\n${unfinished(bots)}`)), o.playMs ?? 240_000);
      }),
    ]).finally(() => clearTimeout(timer));
    const restartMs = restart === null ? null : await (restart as Promise<number>);

    // Every table: its replay as the bots got it verifies and holds every move acknowledged to its bots.
    let lost = 0;
    let verified = 0;
    let errors = figures.errors;
    const byTable = new Map<string, number[]>();
    for (const [i, b] of bots.entries()) byTable.set(b.code, [...(byTable.get(b.code) ?? []), i]);
    for (const [code, members] of byTable) {
      const text = members.map((i) => bots[i]!.replayFile()).find((t) => t !== null) ?? null;
      const replay = text === null ? null : parseReplay(text, `table ${code}`);
      if (!replay?.ok) {
        errors++;
        continue;
      }
      if (verifyReplay(sc, replay.value).ok) verified++;
      else errors++;
      const recorded = new Set(replay.value.actions.map((a) => moveKey(a.turn, a.action)));
      for (const i of members) lost += acked[i]!.filter((k) => !recorded.has(k)).length;
    }

    // The dashboards saw every table finish and got the full class reports; the zips hold every replay.
    await until(
      'the dashboards to see every table finished and reported',
      () =>
        dashboards.every(
          (d, i) => [...d.tables.values()].filter((t) => t.finished).length === split[i] && d.reported === split[i],
        ),
      60_000,
    ).catch(() => undefined);
    let zipVerified = 0;
    for (const [i, d] of dashboards.entries()) {
      const res = await fetch(replaysZipUrl(urls[i]!, d.code, d.key));
      if (!res.ok) {
        errors++;
        continue;
      }
      const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
      for (const [name, bytes] of Object.entries(files)) {
        const r = parseReplay(strFromU8(bytes), name);
        if (r.ok && verifyReplay(sc, r.value).ok) zipVerified++;
        else errors++;
      }
    }
    return {
      tables: o.tables,
      bots: bots.length,
      crossProcessJoins,
      actions: figures.acked,
      p95Ms: Math.round(percentile(latencies, 95) * 10) / 10,
      drops: figures.drops,
      cutOff: figures.cutOff,
      errors,
      lost,
      verified,
      zipVerified,
      restartMs,
      dashboards: {
        updates: delays.length,
        p95Ms: percentile(delays, 95),
        finishedSeen: dashboards.reduce((n, d) => n + [...d.tables.values()].filter((t) => t.finished).length, 0),
        reported: dashboards.reduce((n, d) => n + d.reported, 0),
        reconnects: dashboards.reduce((n, d) => n + d.reconnects, 0),
      },
    };
  } finally {
    await Promise.all(bots.map((b) => b.leave().catch(() => undefined)));
    await Promise.all(dashboards.map((d) => d.conn?.close()));
    stop();
    running.delete(stop);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}
