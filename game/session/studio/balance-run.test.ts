import { describe, expect, it } from 'vitest';
import { parseScenario, starterScenario } from '../../content/index';
import { runTournament } from '../balance/index';
import type { BalanceRequest, BalanceResponse } from './balance-messages';
import { runBalance, type WorkerLike } from './balance-run';

const text = starterScenario('my-summit', '../assets/schema/scenario.schema.json', '2026-01-01');
const parsed = parseScenario(text, 'my-summit.yaml');
if (!parsed.ok) throw new Error('starter must compile');
const sc = parsed.value;

/** A worker that plays its chunks with the real worker code's logic, answering asynchronously like a browser's. */
async function fakeWorker(): Promise<() => WorkerLike> {
  const { distinctGames, playJob, tournamentJobs } = await import('../balance/index');
  return () => {
    let jobs: ReturnType<typeof tournamentJobs> = [];
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate() {
        w.onmessage = null;
      },
      postMessage(m: BalanceRequest) {
        queueMicrotask(() => {
          let answer: BalanceResponse;
          if (m.kind === 'load') {
            jobs = distinctGames(tournamentJobs(sc, m.runs, m.seed)).games;
            answer = { kind: 'ready' };
          } else {
            const results = [];
            for (let i = m.start; i < m.end; i++) results.push(playJob(sc, jobs[i]!));
            answer = { kind: 'chunk', start: m.start, results };
          }
          w.onmessage?.({ data: answer });
        });
      },
    };
    return w;
  };
}

describe('balance in workers (the studio)', () => {
  it('gives the report summit balance gives, whatever the number of workers, with progress to the end', async () => {
    const spawn = await fakeWorker();
    const seen: number[] = [];
    const run = runBalance({
      scenario: sc,
      text,
      name: 'x.yaml',
      runs: 6,
      seed: 3,
      workers: 3,
      spawn,
      onProgress: (d) => seen.push(d),
    });
    const out = await run.done;
    expect(out.ok).toBe(true);
    expect(out.ok && out.report).toEqual(runTournament(sc, 6, 3));
    expect(seen[0]).toBe(0);
    // Every distinct game once: the all-AI games, and each party by the three other policies (its `ai` row
    // is the all-AI game of the same seed).
    expect(seen.at(-1)).toBe(6 * (1 + sc.parties.length * 3));
  });

  it('Stop ends the run at once and terminates every worker', async () => {
    const spawn = await fakeWorker();
    let terminated = 0;
    const counting = () => {
      const w = spawn();
      const t = w.terminate;
      w.terminate = () => {
        terminated++;
        t();
      };
      return w;
    };
    const run = runBalance({ scenario: sc, text, name: 'x.yaml', runs: 50, seed: 1, workers: 2, spawn: counting });
    run.stop();
    expect(await run.done).toEqual({ ok: false, stopped: true, message: 'Stopped.' });
    expect(terminated).toBe(2);
  });

  it('a worker’s error ends the run with its sentence', async () => {
    const spawn = () => {
      const w: WorkerLike = {
        onmessage: null,
        onerror: null,
        terminate() {},
        postMessage() {
          queueMicrotask(() => w.onmessage?.({ data: { kind: 'error', message: 'x.yaml has errors' } }));
        },
      };
      return w;
    };
    const run = runBalance({ scenario: sc, text, name: 'x.yaml', runs: 2, seed: 1, workers: 1, spawn });
    expect(await run.done).toEqual({ ok: false, stopped: false, message: 'x.yaml has errors' });
  });
});
