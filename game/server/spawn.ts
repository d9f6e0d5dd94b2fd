// Starts the server as a child process (tests, the benchmark): `node --import tsx game/server/main.ts` with the given options,
// resolved once it prints its address. The caller ends it (SIGKILL in the crash test).

import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface SpawnedServer {
  child: ChildProcess;
  url: string;
  output(): string;
}

export function spawnServer(
  args: string[],
  timeoutMs = 90_000,
  env: Record<string, string> = {},
): Promise<SpawnedServer> {
  // One process (node with tsx's loader), not the tsx wrapper: a SIGKILL must take the server itself down.
  const child = spawn(process.execPath, ['--import', 'tsx', join('game', 'server', 'main.ts'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${out}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Open (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1].replace(/\/$/, ''), output: () => out });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${out}`));
    });
  });
}
