// Test support (Node only): a Redis of the test's own (`redis-server` on a given port, nothing saved to disk), for
// the tests of several server processes. `.ci/run` installs Debian's redis-server when it is missing.

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { connect } from 'node:net';

/** Whether redis-server can be started here. */
export function hasRedisServer(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface TestRedis {
  url: string;
  stop(): void;
}

/** Starts redis-server on `port` and resolves once it answers PING. */
export async function startRedis(port: number): Promise<TestRedis> {
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  const end = Date.now() + 15_000;
  for (;;) {
    const pong = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('error', () => resolve(false));
      socket.once('connect', () => socket.write('PING\r\n'));
      socket.once('data', (d) => {
        socket.destroy();
        resolve(d.toString().startsWith('+PONG'));
      });
    });
    if (pong) break;
    if (Date.now() > end || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not start on port ${port}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGKILL') };
}
