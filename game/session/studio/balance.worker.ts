// One balance Web Worker of the studio: compiles the scenario text it is sent (as the CLI's worker threads do),
// then plays the chunks of tournament jobs it is handed, one message per chunk, with the pure tournament code of
// `summit balance` (session/balance). The studio's runner hands out the chunks and folds the results in job order.

import { parseScenario } from '../../content/index';
import type { CompiledScenario } from '../../engine/index';
import { playJob, tournamentJobs } from '../balance/index';
import type { BalanceRequest, BalanceResponse } from './balance-messages';

let scenario: CompiledScenario | null = null;
let jobs: ReturnType<typeof tournamentJobs> = [];

const post = (m: BalanceResponse) => (self as unknown as { postMessage(m: BalanceResponse): void }).postMessage(m);

self.addEventListener('message', (ev: MessageEvent<BalanceRequest>) => {
  const m = ev.data;
  try {
    if (m.kind === 'load') {
      const parsed = parseScenario(m.text, m.name);
      if (!parsed.ok) {
        post({ kind: 'error', message: `${m.name} has errors; fix them before running balance.` });
        return;
      }
      scenario = parsed.value;
      jobs = tournamentJobs(scenario, m.runs, m.seed);
      post({ kind: 'ready' });
      return;
    }
    if (scenario === null) return;
    const results = [];
    for (let i = m.start; i < m.end; i++) results.push(playJob(scenario, jobs[i]));
    post({ kind: 'chunk', start: m.start, results });
  } catch (e) {
    post({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
  }
});
