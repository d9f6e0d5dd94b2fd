// The AI's negotiating figures for `npm run bench`: on the bilateral benchmark domains of the automated-negotiation
// literature (scenarios/fixtures/bench), all-AI over 50 seeds: agreement rate, share of agreements that are
// Pareto-optimal, mean distance to the Nash point; on Alaska over 200 seeds: distinct end results and the share of
// the most common one.
import { readFileSync } from 'node:fs';
import { analyzeGame, runGame } from '../../game/engine/index';
import { compileOrDie } from './engine';

export interface DomainFigures {
  domain: string;
  agreementRate: number;
  paretoRate: number;
  meanNashDistance: number;
}

export interface NegotiationFigures {
  domains: DomainFigures[];
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
    alaska: {
      games,
      distinctOutcomes: ends.size,
      topOutcomeRate: Math.round((Math.max(...ends.values()) / games) * 1000) / 1000,
      anchorageDeals,
    },
  };
}
