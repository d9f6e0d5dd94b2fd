// AI tournaments for balance: for each party and policy, that party is played by the policy and every other
// party by its AI, over `runs` seeds; plus all-AI games. Pure (no Node APIs) so it runs in worker threads and
// tests alike. A game is reduced to a small GameSummary right after it is played: that is all the report
// needs, and it is what workers send back (a whole GameState with its log would dominate the cost of a game).
import { type CompiledScenario, type Package, POLICIES, type Policy, runGame } from '../../engine/index';

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
  /** Issues most often left at their status quo in games without a final agreement (share of those games). */
  deadlocks: { issue: string; rate: number }[];
  /** Issues that no deal of any all-AI game covered. */
  neverAgreed: string[];
  /** How many different end results the all-AI games had: each agreed package, and each kind of no deal
   * ('no-deal', and a walk-out per party that walked out), counted once. */
  distinctOutcomes: number;
  /** The share of all-AI games the most common end result took, 0–1. */
  topOutcomeRate: number;
}

export interface BalanceReport {
  scenario: string;
  version: string;
  runs: number;
  seed: number;
  byParty: Record<string, Record<Policy, PolicyFigures>>;
  allAi: AllAiFigures;
}

/** One game, as the report needs it. Plain data, so it crosses a worker boundary cheaply. */
export interface GameSummary {
  kind: 'agreement' | 'no-deal' | 'walkout';
  values: Record<string, number>;
  reservations: Record<string, number>;
  package: Package;
  turns: number;
  /** Who walked out (walk-outs only). */
  by?: string | null;
  /** The phase of each deal struck, and the issues it covered. */
  agreements: { phase: string; issues: string[] }[];
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

/**
 * The distinct games behind a tournament's jobs. A party played by 'ai' keeps its AI seat, so its game is the all-AI
 * game of that seed (playJob calls runGame with the same arguments, and a game depends on them only): each such game
 * is played once, not once per party plus once for the all-AI row. `gameOf[i]` is the index in `games` of `jobs[i]`'s
 * game; `games` keeps first-seen job order, so the all-AI games come first.
 */
export function distinctGames(jobs: readonly Job[]): { games: Job[]; gameOf: number[] } {
  const games: Job[] = [];
  const index = new Map<string, number>();
  const gameOf = jobs.map((job) => {
    const key = job.party === null || job.policy === 'ai' ? `ai ${job.seed}` : `${job.party} ${job.policy} ${job.seed}`;
    let g = index.get(key);
    if (g === undefined) {
      g = games.length;
      games.push(job);
      index.set(key, g);
    }
    return g;
  });
  return { games, gameOf };
}

/** Each job's summary from the distinct games' summaries (distinctGames): one shared object per game. */
export function jobResults(gameOf: readonly number[], played: readonly GameSummary[]): GameSummary[] {
  return gameOf.map((g) => played[g]);
}

export function playJob(sc: CompiledScenario, job: Job): GameSummary {
  // A party played by 'ai' keeps its AI seat, so its statechart still reacts: the 'ai' row is the party's own AI.
  const s =
    job.party === null || job.policy === 'ai'
      ? runGame(sc, { seed: job.seed })
      : runGame(sc, { seed: job.seed, policies: { [job.party]: job.policy } });
  const o = s.outcome!;
  return {
    kind: o.kind,
    values: o.values,
    reservations: o.reservations,
    package: o.package,
    by: o.by,
    turns: s.turn,
    agreements: s.agreements.map((a) => ({ phase: a.phase, issues: Object.keys(a.package) })),
  };
}

/** Runs the whole tournament in this thread; `onProgress` is told after each distinct game played. */
export function runTournament(
  sc: CompiledScenario,
  runs: number,
  seed: number,
  onProgress?: (done: number, total: number) => void,
): BalanceReport {
  const jobs = tournamentJobs(sc, runs, seed);
  const { games, gameOf } = distinctGames(jobs);
  const played: GameSummary[] = [];
  games.forEach((job, i) => {
    played.push(playJob(sc, job));
    onProgress?.(i + 1, games.length);
  });
  return summariseTournament(sc, runs, seed, jobs, jobResults(gameOf, played));
}

interface Acc {
  games: number;
  deals: number;
  walkouts: number;
  surplus: number;
  value: number;
}

const newAcc = (): Acc => ({ games: 0, deals: 0, walkouts: 0, surplus: 0, value: 0 });

function add(acc: Acc, g: GameSummary, party: string): void {
  acc.games++;
  if (g.kind === 'agreement') acc.deals++;
  if (g.kind === 'walkout') acc.walkouts++;
  acc.surplus += g.values[party] - g.reservations[party];
  acc.value += g.values[party];
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

/**
 * Folds the games into the report. `results[i]` is the game of `jobs[i]`: the fold runs in job order, so the
 * report is the same however the games were spread over threads (ties in the rankings keep first-seen order).
 */
export function summariseTournament(
  sc: CompiledScenario,
  runs: number,
  seed: number,
  jobs: readonly Job[],
  results: readonly GameSummary[],
): BalanceReport {
  const byPartyAcc: Record<string, Record<string, Acc>> = {};
  for (const p of sc.parties) byPartyAcc[p.id] = Object.fromEntries(POLICIES.map((pol) => [pol, newAcc()]));
  const all = newAcc();
  let turns = 0;
  let noDeal = 0;
  const phaseDeals: Record<string, number> = Object.fromEntries(sc.phases.map((p) => [p.id, 0]));
  const allSurplus: Record<string, number> = Object.fromEntries(sc.parties.map((p) => [p.id, 0]));
  const atStatusQuo: Record<string, number> = Object.fromEntries(sc.issues.map((i) => [i.id, 0]));
  const agreed = new Set<string>();
  const deals = new Map<string, { package: Package; count: number }>();
  const ends = new Map<string, number>();
  jobs.forEach((job, i) => {
    const g = results[i];
    if (job.party !== null) {
      add(byPartyAcc[job.party][job.policy], g, job.party);
      return;
    }
    add(all, g, sc.parties[0].id);
    turns += g.turns;
    for (const a of g.agreements) {
      phaseDeals[a.phase]++;
      for (const issue of a.issues) agreed.add(issue);
    }
    for (const p of sc.parties) allSurplus[p.id] += g.values[p.id] - g.reservations[p.id];
    const end =
      g.kind === 'agreement'
        ? `agreement ${JSON.stringify(g.package)}`
        : g.kind === 'walkout'
          ? `walkout ${g.by}`
          : 'no-deal';
    ends.set(end, (ends.get(end) ?? 0) + 1);
    if (g.kind === 'agreement') {
      const key = JSON.stringify(g.package);
      const entry = deals.get(key) ?? { package: g.package, count: 0 };
      entry.count++;
      deals.set(key, entry);
    } else {
      noDeal++;
      for (const issue of sc.issues) if (g.package[issue.id] === issue.statusQuo) atStatusQuo[issue.id]++;
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
      deadlocks: sc.issues
        .map((i) => ({ issue: i.id, rate: round3(atStatusQuo[i.id] / Math.max(1, noDeal)) }))
        .filter((d) => d.rate > 0)
        .sort((a, b) => b.rate - a.rate),
      neverAgreed: all.games > 0 ? sc.issues.map((i) => i.id).filter((id) => !agreed.has(id)) : [],
      distinctOutcomes: ends.size,
      topOutcomeRate: round3(Math.max(0, ...ends.values()) / n),
    },
  };
}
