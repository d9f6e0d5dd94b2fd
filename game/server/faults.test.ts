// The load run with faults, small enough for `npm test` (the benchmark runs the full 30 tables): tables of four
// bots on two server processes sharing a Redis, a tenth of the bots dropping and reconnecting at random, and the
// second process killed with SIGKILL halfway and started again on the same data. Every table's replay verifies
// and no acknowledged action is lost. Needs redis-server (`.ci/run` installs it).

import { afterEach, describe, expect, it } from 'vitest';
import { loadRun, stopLoadRuns } from './load-run.testkit';
import { hasRedisServer } from './redis.testkit';

const PORTS = (process.env.FAULTS_TEST_PORTS ?? '4188,4189').split(',').map(Number);
const REDIS_PORT = Number(process.env.FAULTS_TEST_REDIS_PORT ?? '6392');
const TABLES = 8;

describe.skipIf(!hasRedisServer())('a load run with faults', () => {
  // A run that timed out never reached its own clean-up: stop its processes so a retry gets the ports.
  afterEach(stopLoadRuns);
  // One retry: in 1 of 3 CI runs so far the load stalled after the restart and hit the time limit (under study;
  // it lost or corrupted nothing). The load's own deadline ends a stalled run first, with where each unfinished
  // room stood in `failures`, so a stall fails with its figures instead of a bare timeout.
  it('loses nothing when bots drop and one of two processes is killed and restarted', {
    timeout: 240_000,
    retry: 1,
  }, async () => {
    const report = await loadRun({
      rooms: TABLES,
      ports: PORTS,
      redisPort: REDIS_PORT,
      drops: 0.1,
      killAfter: TABLES * 12,
      deadlineS: 190,
    });
    expect(report.restartMs).not.toBeNull();
    expect(report).toMatchObject({
      rooms: TABLES,
      clients: TABLES * 4,
      errors: 0,
      lost: 0,
      verified: TABLES,
      failures: [],
    });
    expect(report.crossProcessJoins).toBeGreaterThan(0);
    expect(report.drops).toBeGreaterThan(0);
    expect(report.actions).toBeGreaterThan(TABLES * 12);
  });
});
