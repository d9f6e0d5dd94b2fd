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
import { type LoadRunReport, loadRun } from '../../game/server/load-run.testkit';
import { hasRedisServer } from '../../game/server/redis.testkit';

export type ClusterFigures = { oneProcessClass: ClassLoadReport } & (
  | { twoProcesses: LoadRunReport; faults: ClassLoadReport }
  | { skipped: string }
);

/** The one-process class's pace: each bot waits 0–1 s before its moves. */
export const CLASS_THINK_MS = 500;
const PORTS = (process.env.BENCH_CLUSTER_PORTS ?? '4184,4185').split(',').map(Number);
const REDIS_PORT = Number(process.env.BENCH_REDIS_PORT ?? '6393');

export async function benchCluster(rooms = 50, faultTables = 30): Promise<ClusterFigures> {
  const oneProcessClass = await classLoadRun({
    tables: faultTables,
    ports: [PORTS[0]!],
    redisPort: null,
    drops: 0,
    killAfter: null,
    thinkMs: CLASS_THINK_MS,
  });
  if (!hasRedisServer()) return { oneProcessClass, skipped: 'no redis-server on this machine' };
  const twoProcesses = await loadRun({ rooms, ports: PORTS, redisPort: REDIS_PORT });
  const faults = await classLoadRun({
    tables: faultTables,
    ports: [PORTS[0]!, PORTS[1]!],
    redisPort: REDIS_PORT,
    drops: 0.1,
    killAfter: faultTables * 12,
  });
  return { oneProcessClass, twoProcesses, faults };
}
