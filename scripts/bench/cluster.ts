// The classroom on one process, then online rooms beyond one process. First 30 class tables × 4 bots in one class
// on one server process (no Redis) with the instructor's dashboard connected throughout, the bots thinking 500 ms a
// move on average (a quick student's pace; answering at once, a class measures the rebuilds of its report more than
// the moves: see docs/classroom.md): the move's round trip (p95) and the dashboard's delay (issue 14's one-process
// figure; about 45 s). Then `summit loadtest` (in this process) against
// two server processes sharing a Redis of their own, the same load split across them (p95 and joins through the
// other process); then the classroom's fault run (class-load.testkit.ts): 30 class tables × 4 bots in two classes,
// one made on each process, both instructors' dashboards connected, a tenth of the bots dropping and reconnecting,
// the second process killed with SIGKILL partway and restarted on the same data (every replay must verify, nothing
// lost, the dashboards see every table finish). The two-process parts are skipped without redis-server.
import { type ClassLoadReport, classLoadRun } from '../../game/server/class-load.testkit';
import { freePorts } from '../../game/server/free-port.testkit';
import { type LoadRunReport, loadRun } from '../../game/server/load-run.testkit';
import { hasRedisServer } from '../../game/server/redis.testkit';

export type ClusterFigures = { oneProcessClass: ClassLoadReport } & (
  | { twoProcesses: LoadRunReport; faults: ClassLoadReport }
  | { skipped: string }
);

/** The one-process class's pace: each bot waits 0–1 s before its moves. */
export const CLASS_THINK_MS = 500;

/**
 * The two server ports and Redis's: BENCH_CLUSTER_PORTS ("P1,P2") and BENCH_REDIS_PORT when given, else free ports
 * asked of the system (fresh for each part), so a bench never clashes with another checkout's servers or tests.
 */
async function ports(): Promise<{ servers: [number, number]; redis: number }> {
  const [a, b, r] = await freePorts(3);
  const given = process.env.BENCH_CLUSTER_PORTS?.split(',').map(Number);
  return {
    servers: given?.length === 2 ? [given[0]!, given[1]!] : [a!, b!],
    redis: process.env.BENCH_REDIS_PORT ? Number(process.env.BENCH_REDIS_PORT) : r!,
  };
}

export async function benchCluster(rooms = 50, faultTables = 30): Promise<ClusterFigures> {
  let p = await ports();
  const oneProcessClass = await classLoadRun({
    tables: faultTables,
    ports: [p.servers[0]],
    redisPort: null,
    drops: 0,
    killAfter: null,
    thinkMs: CLASS_THINK_MS,
  });
  if (!hasRedisServer()) return { oneProcessClass, skipped: 'no redis-server on this machine' };
  p = await ports();
  const twoProcesses = await loadRun({ rooms, ports: p.servers, redisPort: p.redis });
  p = await ports();
  const faults = await classLoadRun({
    tables: faultTables,
    ports: p.servers,
    redisPort: p.redis,
    drops: 0.1,
    killAfter: faultTables * 12,
  });
  return { oneProcessClass, twoProcesses, faults };
}
