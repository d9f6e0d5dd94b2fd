// Test and benchmark support (Node only): `summit loadtest` against one or two real server processes (two share
// a Redis of their own), optionally with faults: a fraction of the bots drop and reconnect at random, and the
// second process is killed with SIGKILL halfway through the load and started again on the same data. Answers the
// load's report and how long the killed process took to come back.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoadtestReport, loadtest } from '../cli/loadtest';
import { startRedis, type TestRedis } from './redis.testkit';
import { type SpawnedServer, spawnServer } from './spawn';

export interface LoadRunOptions {
  rooms: number;
  scenario?: string;
  /** One port per server process; two or more share a Redis on `redisPort`. */
  ports: number[];
  redisPort?: number;
  /** The fraction of bots that drop their connection once (0: none). */
  drops?: number;
  /** Kill the last process with SIGKILL once this many actions are acknowledged, then start it again. */
  killAfter?: number | null;
  /** The load's deadline in seconds (the loadtest's default when absent): past it, unfinished rooms are errors. */
  deadlineS?: number;
}

export interface LoadRunReport extends LoadtestReport {
  processes: number;
  /** Milliseconds from the SIGKILL to the restarted process listening again (null: nobody was killed). */
  restartMs: number | null;
  /** Why rooms failed or where unfinished rooms stood at the deadline (empty when all went well). */
  failures: string[];
}

/**
 * What the runs under way have started, so that a test that times out (its run never reaching `finally`) can still
 * stop them before a retry needs the same ports: see stopLoadRuns.
 */
const started = new Set<() => void>();

/** Stops every server process and Redis a load run started and has not stopped yet. */
export function stopLoadRuns(): void {
  for (const stop of [...started]) stop();
  started.clear();
}

export async function loadRun(o: LoadRunOptions): Promise<LoadRunReport> {
  const dirs = o.ports.map((p) => mkdtempSync(join(tmpdir(), `summit-load-${p}-`)));
  let redis: TestRedis | null = null;
  const servers: SpawnedServer[] = [];
  const stop = () => {
    for (const s of servers) s.child.kill('SIGKILL');
    redis?.stop();
    redis = null;
  };
  started.add(stop);
  try {
    if (o.ports.length > 1) redis = await startRedis(o.redisPort ?? 6391);
    const env: Record<string, string> = redis ? { REDIS_URL: redis.url } : {};
    const args = (i: number) => ['--port', String(o.ports[i]), '--data', dirs[i]!, '--ai-delay', '0', '--grace', '600'];
    servers.push(...(await Promise.all(o.ports.map((_, i) => spawnServer(args(i), 90_000, env)))));
    const urls = servers.map((s) => s.url);

    let restart: Promise<number> | null = null;
    const last = o.ports.length - 1;
    const onAcknowledged = (n: number) => {
      if (restart !== null || o.killAfter == null || n < o.killAfter) return;
      const victim = servers[last]!;
      const t0 = Date.now();
      restart = new Promise<void>((r) => {
        victim.child.once('exit', () => r());
        victim.child.kill('SIGKILL');
      })
        .then(() => spawnServer(args(last), 90_000, env))
        .then((again) => {
          servers[last] = again;
          return Date.now() - t0;
        });
    };
    const failures: string[] = [];
    const report = await loadtest(
      {
        urls,
        rooms: o.rooms,
        scenario: o.scenario ?? 'alaska-2025',
        json: true,
        drops: o.drops ?? 0,
        deadlineS: o.deadlineS,
      },
      { onAcknowledged, onRoomFailed: (why) => failures.push(why) },
    );
    if (typeof report === 'string') throw new Error(report);
    const restartMs = restart === null ? null : await (restart as Promise<number>);
    return { ...report, processes: o.ports.length, restartMs, failures };
  } finally {
    stop();
    started.delete(stop);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}
