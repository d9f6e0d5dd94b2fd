// One balance Web Worker of the studio: compiles the scenario text it is sent (as the CLI's worker threads do),
// then plays the chunks of the tournament's distinct games it is handed (distinctGames: an `ai` row replays
// the all-AI game of its seed, so it is played once), one message per chunk, with the pure tournament code of
// `summit balance` (session/balance). The studio's runner hands out the chunks and folds the results in job order.

import { parseScenario } from '../../content/index';
import type { CompiledScenario } from '../../engine/index';
import { distinctGames, playJob, tournamentJobs } from '../balance/index';
import type { BalanceRequest, BalanceResponse } from './balance-messages';

let scenario: CompiledScenario | null = null;
let games: ReturnType<typeof tournamentJobs> = [];

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
      games = distinctGames(tournamentJobs(scenario, m.runs, m.seed)).games;
      post({ kind: 'ready' });
      return;
    }
    if (scenario === null) return;
    const results = [];
    for (let i = m.start; i < m.end; i++) results.push(playJob(scenario, games[i]!));
    post({ kind: 'chunk', start: m.start, results });
  } catch (e) {
    post({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
  }
});
