// The AI's offer (rules revision 3): among the packages of the phase's agenda worth at least its target to it, the
// one the others are most likely to accept by its models of them (opponent-model.ts). Trade-offs across issues
// come out of the search, and so do options nobody has proposed yet.
//   score(package) = Σ over the other consent parties of priority × their modelled value × 1000 / their modelled
//                    weight total, in integer points; priority = 1 + the times that party rejected an offer this
//                    phase (at most 4): the holdouts are the ones to win over
//   The offer keeps its own value within BAND points above the target when it can (so it does concede).
//   Small agendas (≤ EXHAUSTIVE_LIMIT packages): every package is scored; a package within the band first, then the
//   best score, then the higher own value (so a package is Pareto-optimal under the models), then the first in option order.
//   Larger agendas: a greedy walk from its best package, taking each time the single-issue change with the best
//   ratio of score gained to own points given up (a free gain first), then pairs of changes, then (still above the
//   band) the cheapest change that loses no score, until none keeps its value ≥ target. Bounded: at most MAX_STEPS passes.
// Agenda issues already committed in an earlier phase stay as committed (breaking a commitment costs trust), and
// options on the stance's red lines are never offered.
import { issueOf } from './lookup';
import type { OpponentModel } from './opponent-model';
import type { CompiledScenario, IssueId, OptionId, Package, Party, Stance } from './scenario';
import { issuePoints, pointsOf, pointsToValue } from './values';

export const EXHAUSTIVE_LIMIT = 512;
/** Own value above the target, in value points, that an offer may keep: within the band it concedes for real. */
export const BAND = 4;
const MAX_STEPS = 32;

export interface SearchInput {
  party: Party;
  stance: Stance;
  agenda: readonly IssueId[];
  commitments: Package;
  start: Package; // its best package for the agenda
  target: number;
  models: readonly OpponentModel[];
  /** How much each model counts (same order as models); holdouts count more. */
  priority?: readonly number[];
}

interface Column {
  issue: IssueId;
  options: OptionId[]; // allowed options
  mine: number[]; // own weighted points
  theirs: number[]; // modelled score
}

function columns(sc: CompiledScenario, q: SearchInput): Column[] {
  const out: Column[] = [];
  const norm = q.models.map((m) => {
    let total = 0;
    for (const id of q.agenda) total += m.weights[id] ?? 0;
    return Math.max(1, total);
  });
  for (const issue of q.agenda) {
    const fixed = q.commitments[issue];
    const all = issueOf(sc, issue).options.map((o) => o.id);
    const options =
      fixed !== undefined
        ? [fixed]
        : all.filter(
            (o) => o === q.start[issue] || !q.stance.redLines.some((r) => r.issue === issue && r.option === o),
          );
    out.push({
      issue,
      options,
      mine: options.map((o) => issuePoints(q.party, issue, o)),
      theirs: options.map((o) =>
        q.models.reduce(
          (sum, m, k) =>
            sum +
            Math.floor(
              ((m.weights[issue] ?? 0) * (m.values[issue]?.[o] ?? 0) * 1000 * (q.priority?.[k] ?? 1)) / norm[k]!,
            ),
          0,
        ),
      ),
    });
  }
  return out;
}

/** The package to offer (see the module header). */
export function searchOffer(sc: CompiledScenario, q: SearchInput): Package {
  const cols = columns(sc, q);
  // Points of the issues off the agenda (commitments, else status quo): the agenda's points add to them.
  const startIdx = cols.map((c) => c.options.indexOf(q.start[c.issue]!));
  const base =
    pointsOf(sc, q.party, q.start, q.commitments) - cols.reduce((sum, c, i) => sum + c.mine[startIdx[i]!]!, 0);
  const floor = q.target * 100 - 50 - base; // agenda points needed: pointsToValue(base + x) ≥ target
  const ceil = floor + BAND * 100; // within the band
  let size = 1;
  for (const c of cols) size *= c.options.length;
  const pick = size <= EXHAUSTIVE_LIMIT ? exhaustive(cols, floor, ceil) : greedy(cols, floor, ceil, startIdx);
  const pkg: Package = {};
  cols.forEach((c, i) => {
    pkg[c.issue] = c.options[pick[i]!]!;
  });
  // Never below the target by rounding: fall back to the best package.
  return pointsToValue(pointsOf(sc, q.party, pkg, q.commitments)) >= q.target || size === 0 ? pkg : { ...q.start };
}

function exhaustive(cols: Column[], floor: number, ceil: number): number[] {
  const n = cols.length;
  const digits = new Array<number>(n).fill(0);
  let mine = 0;
  let theirs = 0;
  for (const c of cols) {
    mine += c.mine[0]!;
    theirs += c.theirs[0]!;
  }
  let best: number[] | null = null;
  let bestTheirs = -1;
  let bestMine = -1;
  let bestIn = false;
  for (;;) {
    const inBand = mine >= floor && mine < ceil;
    if (
      mine >= floor &&
      ((inBand && !bestIn) ||
        (inBand === bestIn && (theirs > bestTheirs || (theirs === bestTheirs && mine > bestMine))))
    ) {
      bestIn = inBand;
      best = [...digits];
      bestTheirs = theirs;
      bestMine = mine;
    }
    let d = n - 1;
    for (; d >= 0; d--) {
      const c = cols[d]!;
      mine -= c.mine[digits[d]!]!;
      theirs -= c.theirs[digits[d]!]!;
      digits[d]!++;
      if (digits[d]! < c.options.length) {
        mine += c.mine[digits[d]!]!;
        theirs += c.theirs[digits[d]!]!;
        break;
      }
      digits[d] = 0;
      mine += c.mine[0]!;
      theirs += c.theirs[0]!;
    }
    if (d < 0) break;
  }
  // Some package always qualifies when the start does; without one keep the highest own value.
  return best ?? bestOwn(cols);
}

function bestOwn(cols: Column[]): number[] {
  return cols.map((c) => c.mine.indexOf(Math.max(...c.mine)));
}

/** Ratio comparison without division: does gain a / cost a beat gain b / cost b? Free moves (cost ≤ 0) first. */
function better(ga: number, ca: number, gb: number, cb: number): boolean {
  const fa = ca <= 0;
  const fb = cb <= 0;
  if (fa !== fb) return fa;
  if (fa) return ga > gb || (ga === gb && ca < cb);
  return ga * cb > gb * ca || (ga * cb === gb * ca && ga > gb);
}

function greedy(cols: Column[], floor: number, ceil: number, start: number[]): number[] {
  const cur = [...start];
  let mine = cols.reduce((s, c, i) => s + c.mine[cur[i]!]!, 0);
  for (let step = 0; step < MAX_STEPS; step++) {
    // Single changes.
    let move: { i: number; o: number; gain: number; cost: number } | null = null;
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i]!;
      for (let o = 0; o < c.options.length; o++) {
        if (o === cur[i]) continue;
        const gain = c.theirs[o]! - c.theirs[cur[i]!]!;
        const cost = c.mine[cur[i]!]! - c.mine[o]!;
        if (gain <= 0 || mine - cost < floor) continue;
        if (!move || better(gain, cost, move.gain, move.cost)) move = { i, o, gain, cost };
      }
    }
    if (move) {
      cur[move.i] = move.o;
      mine -= move.cost;
      continue;
    }
    // Pairs: give up more on one issue to win on another (a trade-off no single change makes).
    let pair: { i: number; o: number; j: number; p: number; gain: number; cost: number } | null = null;
    for (let i = 0; i < cols.length; i++) {
      const a = cols[i]!;
      for (let o = 0; o < a.options.length; o++) {
        if (o === cur[i]) continue;
        const ga = a.theirs[o]! - a.theirs[cur[i]!]!;
        const ca = a.mine[cur[i]!]! - a.mine[o]!;
        for (let j = i + 1; j < cols.length; j++) {
          const b = cols[j]!;
          for (let p = 0; p < b.options.length; p++) {
            if (p === cur[j]) continue;
            const gain = ga + b.theirs[p]! - b.theirs[cur[j]!]!;
            const cost = ca + b.mine[cur[j]!]! - b.mine[p]!;
            if (gain <= 0 || mine - cost < floor) continue;
            if (!pair || gain > pair.gain || (gain === pair.gain && cost < pair.cost))
              pair = { i, o, j, p, gain, cost };
          }
        }
      }
    }
    if (!pair) {
      // Above the band with nothing the models say the others want: concede the cheapest step anyway.
      if (mine < ceil) break;
      let step: { i: number; o: number; cost: number } | null = null;
      for (let i = 0; i < cols.length; i++) {
        const c = cols[i]!;
        for (let o = 0; o < c.options.length; o++) {
          const cost = c.mine[cur[i]!]! - c.mine[o]!;
          if (o === cur[i] || cost <= 0 || mine - cost < floor || c.theirs[o]! < c.theirs[cur[i]!]!) continue;
          if (!step || cost < step.cost) step = { i, o, cost };
        }
      }
      if (!step) break;
      cur[step.i] = step.o;
      mine -= step.cost;
      continue;
    }
    cur[pair.i] = pair.o;
    cur[pair.j] = pair.p;
    mine -= pair.cost;
  }
  return cur;
}
