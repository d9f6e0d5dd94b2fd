// Where the all-AI deals land against the Nash point on the bilateral benchmark domains (the bench's 50 seeds):
// `npx tsx scripts/bench/landing.ts [seeds]`. Per domain: each party's mean value at the deals beside its value at
// the Nash point, the share of Pareto-optimal deals, the mean Nash distance (as `npm run bench` measures it), and
// the most common end results ("itex/cypress values", * when not Pareto-optimal).
// What it showed (rules revision 5 playing as 4): the AIs split the surplus about equally in their own values —
// Itex–Cypress 63.6/62.3 against a Nash point of 73/58, England–Zimbabwe 58.3/58.3 against 53/66 — because both
// concede at the same pace and the Nash aim (nash-aim.ts) holds only 70% of its estimate, a floor below the equal
// split (Itex: 20 + 0.7 × 53 = 57 < 61). Raising the hold share moves the deals towards the Nash point only as far as
// the estimate is right, and a wrong estimate held firmly ends in offers that are dominated (Pareto share 74–94%).
// It also prints each deal's Nash product as a share of the Nash point's (the product of the gains over no deal):
// England–Zimbabwe's frontier is flat around its Nash point (53/66: 1518; 58/59: 1482; 61/56: 1476, within 3%), so
// its deals are 12–18 points from the Nash point while their products are 97–98% of its: the ≤ 10-point bar there
// asks the AIs to tell apart packages whose Nash products differ by 2–3%, which needs near-exact models of each other.
// Rules revision 6 (the backed step, pareto-step.ts): Laptop 7.7, Itex–Cypress 13.8, England–Zimbabwe 13.5 (was 13.6);
// of 5,100 games (every shipped scenario and domain, every policy, 100 seeds) only 4 all-AI games on the domains end
// differently, each in a package better for one side and as good for the other. Measured this round with the
// opponent model swapped in the Nash aim, the offers and the Pareto step, and the hold share and length varied:
//   - exact models everywhere: 0.9 / 1.3 at 100% Pareto; exact weights with the concession model's values: Itex 4.6,
//     England–Zimbabwe 6.8 but 92% Pareto; exact values with the learnt weights: 5.2 / 14.6 at 100% / 80% Pareto.
//     The weights decide it: with exact weights in the offer search alone every domain stays ≥ 96% Pareto-optimal,
//     with exact values alone England–Zimbabwe falls to 85% and 46 agreements;
//   - the concession model in the offer search: 92% / 96% / 78% Pareto;
//   - each AI opening a bilateral phase with its best package (so the first offer shows every favourite) and the
//     concession model held at 100% for the Nash aim: Laptop 6.3 (94%), Itex–Cypress 6.5 (100%), England–Zimbabwe
//     15.7 (68%). At the midpoint England still reckons its Nash value at 65 (true 53): its learnt weights for
//     Zimbabwe are forum 38, aid 34 of 150 (true 10 and 20 of 100), as Zimbabwe never moves on them;
//   - issue weights fitted to the monotony of a party's offers, to the value it keeps per issue, or to when it first
//     moves on an issue: 5–7 percentage points off the true weights, no better than the frequency model (4.9–7.6).
import { readFileSync } from 'node:fs';
import { analyzeGame, runGame } from '../../game/engine/index';
import { compileOrDie } from './engine';

const DOMAINS = ['laptop', 'itex-cypress', 'england-zimbabwe'];

export interface Landing {
  domain: string;
  deals: number;
  paretoRate: number;
  meanNashDistance: number;
  /** Mean over the deals of their Nash product as a percentage of the Nash point's. */
  meanProductShare: number;
  /** Per party: mean value at the deals, and its value at the Nash point. */
  parties: { id: string; mean: number; nash: number }[];
  /** End results, most common first: "a/b" values in party order, * when not Pareto-optimal, with their count. */
  ends: { end: string; games: number }[];
}

export function benchLanding(seeds = 50): Landing[] {
  return DOMAINS.map((name) => {
    const file = `scenarios/fixtures/bench/${name}.yaml`;
    const sc = compileOrDie(file, readFileSync(file, 'utf8'));
    const ids = sc.parties.map((p) => p.id);
    const sums = ids.map(() => 0);
    let nash: Record<string, number> = {};
    let deals = 0;
    let pareto = 0;
    let distance = 0;
    let share = 0;
    const ends = new Map<string, number>();
    for (let seed = 1; seed <= seeds; seed++) {
      const s = runGame(sc, { seed });
      const o = s.outcome;
      if (o?.kind !== 'agreement') continue;
      const d = analyzeGame(sc, s);
      deals++;
      if (d.pareto.optimal) pareto++;
      distance += d.nash?.distance ?? 0;
      nash = d.nash?.values ?? nash;
      const product = (values: Record<string, number>) =>
        sc.parties.reduce((t, p) => t * Math.max(0, values[p.id]! - p.reservation), 1);
      share += d.nash ? (product(o.values) * 100) / Math.max(1, product(d.nash.values)) : 0;
      ids.forEach((id, i) => {
        sums[i]! += o.values[id]!;
      });
      const end = ids.map((id) => o.values[id]).join('/') + (d.pareto.optimal ? '' : '*');
      ends.set(end, (ends.get(end) ?? 0) + 1);
    }
    const r = (x: number) => Math.round(x * 10) / 10;
    return {
      domain: name,
      deals,
      paretoRate: r((pareto * 100) / Math.max(1, deals)),
      meanNashDistance: r(distance / Math.max(1, deals)),
      meanProductShare: r(share / Math.max(1, deals)),
      parties: ids.map((id, i) => ({ id, mean: r(sums[i]! / Math.max(1, deals)), nash: nash[id] ?? 0 })),
      ends: [...ends.entries()].sort((a, b) => b[1] - a[1]).map(([end, games]) => ({ end, games })),
    };
  });
}

if (process.argv[1]?.endsWith('landing.ts')) {
  for (const l of benchLanding(Number(process.argv[2] ?? 50))) {
    const who = l.parties.map((p) => `${p.id} ${p.mean} (Nash ${p.nash})`).join(', ');
    console.log(
      `${l.domain}: ${l.deals} deals, ${l.paretoRate}% Pareto-optimal, Nash distance ${l.meanNashDistance}, Nash product ${l.meanProductShare}% of the Nash point's`,
    );
    console.log(`  mean values: ${who}`);
    console.log(
      `  ends: ${l.ends
        .slice(0, 8)
        .map((e) => `${e.end} ×${e.games}`)
        .join(', ')}`,
    );
  }
}
