// The balance worker's bundle: a worker started from it plays the games it is handed exactly as the main thread
// does, and the cached bundle follows its inputs (an edit to any of them rebuilds it).
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../content/index';
import { distinctGames, type GameSummary, playJob, tournamentJobs } from '../session/balance/index';
import { bundledWorker } from './balance-bundle';
import { CTL, type WorkerInput, type WorkerMessage } from './balance-worker';

const MINI = 'scenarios/fixtures/mini.yaml';

/** Runs the module at `file` as a worker and resolves with its first message (or its exit code). */
function firstMessage(file: string, workerData: unknown, transferList: MessagePort[] = []): Promise<unknown> {
  return new Promise((done, fail) => {
    const w = new Worker(file, { workerData, transferList: transferList as never });
    w.once('message', (m) => {
      done(m);
      void w.terminate();
    });
    w.once('error', fail);
  });
}

describe('balance worker bundle', () => {
  it('is one JavaScript module whose worker plays the games it is handed as playJob does', async () => {
    const parsed = parseScenario(readFileSync(MINI, 'utf8'), MINI);
    if (!parsed.ok) throw new Error('mini.yaml must load');
    const sc = parsed.value;
    const bundle = bundledWorker(
      new URL('./balance-worker.ts', import.meta.url).href,
      mkdtempSync(join(tmpdir(), 'b-')),
    );
    expect(bundle).toMatch(/\.mjs$/);
    const { games } = distinctGames(tournamentJobs(sc, 2, 3));
    const ctl = new Int32Array(new SharedArrayBuffer(12));
    const { port1, port2 } = new MessageChannel();
    const input: WorkerInput = { scenario: sc, games, chunk: 4, ctl, port: port2 };
    const worker = new Worker(bundle!, { workerData: input, transferList: [port2] });
    // The worker claims every game (the main thread claims none here) and counts them in ctl.done.
    while (Atomics.load(ctl, CTL.done) < games.length && Atomics.load(ctl, CTL.failed) === 0) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const results: GameSummary[] = new Array(games.length);
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
      const msg = m.message as WorkerMessage;
      if ('error' in msg) throw new Error(msg.error);
      msg.results.forEach((r, i) => {
        results[msg.start + i] = r;
      });
    }
    await worker.terminate();
    port1.close();
    expect(results).toEqual(games.map((g) => playJob(sc, g)));
  }, 60_000);

  it('is reused while its inputs are unchanged and rebuilt when one changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-bundle-'));
    const cache = join(dir, 'cache');
    writeFileSync(join(dir, 'part.ts'), 'export const answer: number = 1;\n');
    writeFileSync(
      join(dir, 'entry.ts'),
      "import { parentPort } from 'node:worker_threads';\nimport { answer } from './part';\nparentPort!.postMessage(answer);\n",
    );
    const url = pathToFileURL(join(dir, 'entry.ts')).href;
    const first = bundledWorker(url, cache)!;
    expect(await firstMessage(first, null)).toBe(1);
    const built = statSync(first).mtimeMs;
    expect(bundledWorker(url, cache)).toBe(first);
    expect(statSync(first).mtimeMs).toBe(built);
    writeFileSync(join(dir, 'part.ts'), 'export const answer: number = 2;\n');
    expect(bundledWorker(url, cache)).toBe(first);
    expect(await firstMessage(first, null)).toBe(2);
  }, 60_000);

  it('is no bundle (null) when the entry cannot be built, so the pool falls back to tsx', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-bundle-'));
    writeFileSync(join(dir, 'broken.ts'), "import { nothing } from './missing';\nnothing();\n");
    expect(bundledWorker(pathToFileURL(join(dir, 'broken.ts')).href, join(dir, 'cache'))).toBeNull();
  });
});
