// AI tournaments for balance: for each party and policy, that party is played by the policy and every other
// party by its AI, over `runs` seeds; plus all-AI games. Pure (no Node APIs) so it can run in workers or tests.
import { type CompiledScenario, type GameState, type Package, POLICIES, type Policy, runGame } from '../engine/index';

export interface PolicyFigures {
  games: number;
  dealRate: number; // share of games ending in 'agreement', 0–1
  walkoutRate: number;
  meanSurplus: number; // mean of (value − reservation) for the party the policy played
  meanValue: number;
}

export interface AllAiFigures {
  games: number;
  dealRate: number;
  walkoutRate: number;
  meanTurns: number;
  /** Share of games in which a deal was struck in each phase. */
  phaseDealRate: Record<string, number>;
  meanSurplus: Record<string, number>;
  /** The most common final packages of games ending in agreement, with their counts. */
  commonDeals: { package: Package; count: number }[];
}

export interface BalanceReport {
  scenario: string;
  version: string;
  runs: number;
  seed: number;
  byParty: Record<string, Record<Policy, PolicyFigures>>;
  allAi: AllAiFigures;
}

interface Acc {
  games: number;
  deals: number;
  walkouts: number;
  surplus: number;
  value: number;
}

const newAcc = (): Acc => ({ games: 0, deals: 0, walkouts: 0, surplus: 0, value: 0 });

function add(acc: Acc, s: GameState, party: string): void {
  const o = s.outcome!;
  acc.games++;
  if (o.kind === 'agreement') acc.deals++;
  if (o.kind === 'walkout') acc.walkouts++;
  acc.surplus += o.values[party] - o.reservations[party];
  acc.value += o.values[party];
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function figures(acc: Acc): PolicyFigures {
  const n = Math.max(1, acc.games);
  return {
    games: acc.games,
    dealRate: round3(acc.deals / n),
    walkoutRate: round3(acc.walkouts / n),
    meanSurplus: round3(acc.surplus / n),
    meanValue: round3(acc.value / n),
  };
}

/** The games one tournament plays, as (party, policy, seed) jobs; party null = all AI. */
export interface Job {
  party: string | null;
  policy: Policy;
  seed: number;
}

export function tournamentJobs(sc: CompiledScenario, runs: number, seed: number): Job[] {
  const jobs: Job[] = [];
  for (let i = 0; i < runs; i++) jobs.push({ party: null, policy: 'ai', seed: seed + i });
  for (const p of sc.parties) {
    for (const policy of POLICIES) {
      for (let i = 0; i < runs; i++) jobs.push({ party: p.id, policy, seed: seed + i });
    }
  }
  return jobs;
}

export function playJob(sc: CompiledScenario, job: Job): GameState {
  // A party played by 'ai' keeps its AI seat, so its statechart still reacts: the 'ai' row is the party's own AI.
  if (job.party === null || job.policy === 'ai') return runGame(sc, { seed: job.seed });
  return runGame(sc, { seed: job.seed, policies: { [job.party]: job.policy } });
}

/** Runs the whole tournament in this thread; `onProgress` is told after each game. */
export function runTournament(
  sc: CompiledScenario,
  runs: number,
  seed: number,
  onProgress?: (done: number, total: number) => void,
): BalanceReport {
  const jobs = tournamentJobs(sc, runs, seed);
  const results: GameState[] = [];
  jobs.forEach((job, i) => {
    results.push(playJob(sc, job));
    onProgress?.(i + 1, jobs.length);
  });
  return summariseTournament(sc, runs, seed, jobs, results);
}

export function summariseTournament(
  sc: CompiledScenario,
  runs: number,
  seed: number,
  jobs: readonly Job[],
  results: readonly GameState[],
): BalanceReport {
  const byPartyAcc: Record<string, Record<string, Acc>> = {};
  for (const p of sc.parties) byPartyAcc[p.id] = Object.fromEntries(POLICIES.map((pol) => [pol, newAcc()]));
  const all = newAcc();
  let turns = 0;
  const phaseDeals: Record<string, number> = Object.fromEntries(sc.phases.map((p) => [p.id, 0]));
  const allSurplus: Record<string, number> = Object.fromEntries(sc.parties.map((p) => [p.id, 0]));
  const deals = new Map<string, { package: Package; count: number }>();
  jobs.forEach((job, i) => {
    const s = results[i];
    if (job.party !== null) {
      add(byPartyAcc[job.party][job.policy], s, job.party);
      return;
    }
    add(all, s, sc.parties[0].id);
    turns += s.turn;
    for (const a of s.agreements) phaseDeals[a.phase]++;
    for (const p of sc.parties) allSurplus[p.id] += s.outcome!.values[p.id] - s.outcome!.reservations[p.id];
    if (s.outcome!.kind === 'agreement') {
      const key = JSON.stringify(s.outcome!.package);
      const entry = deals.get(key) ?? { package: s.outcome!.package, count: 0 };
      entry.count++;
      deals.set(key, entry);
    }
  });
  const n = Math.max(1, all.games);
  const byParty: Record<string, Record<Policy, PolicyFigures>> = {};
  for (const p of sc.parties) {
    byParty[p.id] = Object.fromEntries(POLICIES.map((pol) => [pol, figures(byPartyAcc[p.id][pol])])) as Record<
      Policy,
      PolicyFigures
    >;
  }
  return {
    scenario: sc.id,
    version: sc.version,
    runs,
    seed,
    byParty,
    allAi: {
      games: all.games,
      dealRate: round3(all.deals / n),
      walkoutRate: round3(all.walkouts / n),
      meanTurns: round3(turns / n),
      phaseDealRate: Object.fromEntries(Object.entries(phaseDeals).map(([k, v]) => [k, round3(v / n)])),
      meanSurplus: Object.fromEntries(Object.entries(allSurplus).map(([k, v]) => [k, round3(v / n)])),
      commonDeals: [...deals.values()].sort((a, b) => b.count - a.count).slice(0, 5),
    },
  };
}
