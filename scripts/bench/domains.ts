// The AI's negotiating figures for `npm run bench`: on the bilateral benchmark domains of the automated-negotiation
// literature (scenarios/fixtures/bench), all-AI over 50 seeds: agreement rate, share of agreements that are
// Pareto-optimal, mean distance to the Nash point; on Alaska over 200 seeds: distinct end results and the share of
// the most common one; and, per party of every shipped scenario, how far its AI's mean surplus beats the random and
// pushover policies and the hardliner's (the bar: ai − random ≥ 5, ai − pushover ≥ 5, ai ≥ hardliner).
import { readFileSync } from 'node:fs';
import { analyzeGame, type Policy, runGame } from '../../game/engine/index';
import { compileOrDie } from './engine';

export interface DomainFigures {
  domain: string;
  agreementRate: number;
  paretoRate: number;
  meanNashDistance: number;
}

export interface MarginFigures {
  scenario: string;
  party: string;
  games: number;
  aiSurplus: number;
  overRandom: number;
  overPushover: number;
  overHardliner: number;
}

export interface NegotiationFigures {
  domains: DomainFigures[];
  margins: MarginFigures[];
  alaska: { games: number; distinctOutcomes: number; topOutcomeRate: number; anchorageDeals: number };
}

const DOMAINS = ['laptop', 'itex-cypress', 'england-zimbabwe'];

export function benchDomains(seeds = 50): NegotiationFigures {
  const domains = DOMAINS.map((name) => {
    const file = `scenarios/fixtures/bench/${name}.yaml`;
    const sc = compileOrDie(file, readFileSync(file, 'utf8'));
    let deals = 0;
    let pareto = 0;
    let distance = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const s = runGame(sc, { seed });
      if (s.outcome?.kind !== 'agreement') continue;
      deals++;
      const d = analyzeGame(sc, s);
      if (d.pareto.optimal) pareto++;
      distance += d.nash?.distance ?? 0;
    }
    const r = (x: number) => Math.round(x * 1000) / 1000;
    return {
      domain: name,
      agreementRate: r(deals / seeds),
      paretoRate: r(pareto / Math.max(1, deals)),
      meanNashDistance: r(distance / Math.max(1, deals)),
    };
  });
  const file = 'scenarios/alaska-2025.yaml';
  const sc = compileOrDie(file, readFileSync(file, 'utf8'));
  const ends = new Map<string, number>();
  let anchorageDeals = 0;
  const games = 200;
  for (let seed = 1; seed <= games; seed++) {
    const s = runGame(sc, { seed });
    const o = s.outcome!;
    const key = o.kind === 'agreement' ? JSON.stringify(o.package) : o.kind === 'walkout' ? `walkout ${o.by}` : o.kind;
    ends.set(key, (ends.get(key) ?? 0) + 1);
    if (s.agreements.some((a) => a.phase === 'anchorage')) anchorageDeals++;
  }
  return {
    domains,
    margins: benchMargins(),
    alaska: {
      games,
      distinctOutcomes: ends.size,
      topOutcomeRate: Math.round((Math.max(...ends.values()) / games) * 1000) / 1000,
      anchorageDeals,
    },
  };
}

const SHIPPED = ['scenarios/alaska-2025.yaml', 'scenarios/camp-david-1978.yaml', 'scenarios/tutorial.yaml'];

/** Per party of every shipped scenario: its mean surplus played by its AI, and by each other policy (the others AI). */
export function benchMargins(games = 100): MarginFigures[] {
  const out: MarginFigures[] = [];
  for (const file of SHIPPED) {
    const sc = compileOrDie(file, readFileSync(file, 'utf8'));
    for (const p of sc.parties) {
      const mean = (policy: Policy): number => {
        let sum = 0;
        for (let seed = 1; seed <= games; seed++) {
          const s = policy === 'ai' ? runGame(sc, { seed }) : runGame(sc, { seed, policies: { [p.id]: policy } });
          sum += s.outcome!.values[p.id]! - s.outcome!.reservations[p.id]!;
        }
        return sum / games;
      };
      const ai = mean('ai');
      const r = (x: number) => Math.round(x * 10) / 10;
      out.push({
        scenario: sc.id,
        party: p.id,
        games,
        aiSurplus: r(ai),
        overRandom: r(ai - mean('random')),
        overPushover: r(ai - mean('pushover')),
        overHardliner: r(ai - mean('hardliner')),
      });
    }
  }
  return out;
}
