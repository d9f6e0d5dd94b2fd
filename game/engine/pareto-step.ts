// The Pareto step (rules revision 4 on): before it signs a package it would accept, the AI looks for a better one
// for itself that, by its models of the others (opponent-model.ts), none of them values less than the one on the
// table; if there is one, it proposes that instead of accepting (a deal left on the table is value lost to both).
//   improvement = argmax over the agenda's packages (own red lines and the red lines the others named left out,
//                 commitments kept) of own value, among those worth at least GAIN more to itself than the table and
//                 modelled by every other consent party at least as high as the table; ties: the higher sum of the
//                 modelled values, then the first in option order.
// Only on agendas of at most STEP_LIMIT packages, only while more than STEP_ROUNDS_LEFT rounds of the phase remain
// (near the end it signs: a refused counter costs the deal), only against models with some evidence, and at most
// once per table package (it does not counter a package it already countered).
import { issueOf } from './lookup';
import type { OpponentModel } from './opponent-model';
import { own } from './own';
import { walkPackages } from './package-walk';
import type { CompiledScenario, IssueId, OptionId, Package, Party, Stance } from './scenario';
import { issuePoints, pointsOf, pointsToValue } from './values';

export const STEP_LIMIT = 4096;
export const GAIN = 2;
export const STEP_ROUNDS_LEFT = 2;
export const STEP_EVIDENCE = 3;

export interface StepInput {
  party: Party;
  stance: Stance;
  agenda: readonly IssueId[];
  commitments: Package;
  table: Package;
  models: readonly OpponentModel[];
}

/** A package better for it and (by its models) no worse for the others than the table, or null. */
export function paretoStep(sc: CompiledScenario, q: StepInput): Package | null {
  if (q.models.length === 0 || q.models.some((m) => m.evidence < STEP_EVIDENCE)) return null;
  const cols: { issue: IssueId; options: OptionId[]; mine: number[]; theirs: number[][] }[] = [];
  let size = 1;
  for (const issue of q.agenda) {
    const fixed = own(q.commitments, issue);
    const tableOpt = own(q.table, issue);
    const options =
      fixed !== undefined
        ? [fixed]
        : issueOf(sc, issue)
            .options.map((o) => o.id)
            .filter(
              (o) =>
                o === tableOpt ||
                (!q.stance.redLines.some((r) => r.issue === issue && r.option === o) &&
                  !q.models.some((m) => m.redLines.has(`${issue}=${o}`))),
            );
    size *= options.length;
    if (size > STEP_LIMIT) return null;
    cols.push({
      issue,
      options,
      mine: options.map((o) => issuePoints(q.party, issue, o)),
      theirs: q.models.map((m) =>
        options.map((o) => (own(m.weights, issue) ?? 0) * (own(own(m.values, issue), o) ?? 0)),
      ),
    });
  }
  const base =
    pointsOf(sc, q.party, q.table, q.commitments) -
    cols.reduce((t, c) => t + issuePoints(q.party, c.issue, own(q.table, c.issue) ?? ''), 0);
  const tableMine = pointsToValue(pointsOf(sc, q.party, q.table, q.commitments));
  const k = q.models.length;
  // The others' modelled points of the table (same scale as the columns' sums).
  const floorTheirs = q.models.map((_, j) =>
    cols.reduce((t, c) => t + (c.theirs[j]![c.options.indexOf(own(q.table, c.issue) ?? '')] ?? 0), 0),
  );
  let best: number[] | null = null;
  let bestMine = tableMine + GAIN - 1;
  let bestSum = -1;
  walkPackages(cols, k, (mine, u, digits) => {
    const v = pointsToValue(base + mine);
    if (v < bestMine || (v === bestMine && best === null)) return;
    let sum = 0;
    for (let j = 0; j < k; j++) {
      if (u[j]! < floorTheirs[j]!) return;
      sum += u[j]!;
    }
    if (v > bestMine || sum > bestSum) {
      best = [...digits];
      bestMine = v;
      bestSum = sum;
    }
  });
  if (!best) return null;
  const out: Package = {};
  cols.forEach((c, i) => {
    out[c.issue] = c.options[best![i]!]!;
  });
  return out;
}

/**
 * Rules revision 6, the backed step: of the packages the others have all backed this phase (acceptance.ts:
 * backedPackages) other than the table, off its red lines, the one worth most to it (ties: the earliest backed, which
 * the others conceded least to reach), if it is worth at least the table to it. The others have offered it
 * themselves, so it needs no model of them: a dominated package is not signed when one they backed is as good for it.
 */
export function backedStep(
  sc: CompiledScenario,
  party: Party,
  stance: Stance,
  commitments: Package,
  table: Package,
  backed: readonly Package[],
  same: (a: Package, b: Package) => boolean,
): Package | null {
  const floor = pointsToValue(pointsOf(sc, party, table, commitments));
  let best: Package | null = null;
  let bestV = floor - 1;
  for (const pkg of backed) {
    if (same(pkg, table) || stance.redLines.some((r) => own(pkg, r.issue) === r.option)) continue;
    const v = pointsToValue(pointsOf(sc, party, pkg, commitments));
    if (v > bestV) {
      best = pkg;
      bestV = v;
    }
  }
  return best;
}
