// The AI's offer (rules revision 3): among the packages of the phase's agenda worth at least its target to it, the
// one the others are most likely to accept by its models of them (opponent-model.ts). Trade-offs across issues
// come out of the search, and so do options nobody has proposed yet.
//   u(q)           = party q's modelled value of the package × 1000 × priority(q) / q's modelled weight total;
//                    priority = 1 + the offers q rejected this phase (at most 5): the holdouts are the ones to win
//   score(package) = 2 × n × min over the others of u(q) + Σ u(q)   (n others: the least satisfied counts most,
//                    since a deal needs every consent)
//   The offer keeps its own value within BAND points above the target when it can (so it does concede).
//   Small agendas (≤ EXHAUSTIVE_LIMIT packages): every package is scored; the best score within the band (else
//   among all worth the target) sets a bar, and of the packages scoring at least that the one worth most to itself
//   wins, then the higher score, then the first in option order (not dominated under the models).
//   Larger agendas: a greedy walk from its best package, taking each time the single-issue change with the best
//   ratio of score gained to own points given up (a free gain first), then pairs of changes, then (still above the
//   band) the cheapest change that loses the least score, until none keeps its value ≥ target. At most MAX_STEPS.
// Agenda issues already committed in an earlier phase stay as committed (breaking a commitment costs trust), and
// options on the stance's red lines, or on a red line another consent party has named, are never offered.
import { issueOf } from './lookup';
import type { OpponentModel } from './opponent-model';
import { own } from './own';
import { walkPackages } from './package-walk';
import type { CompiledScenario, IssueId, OptionId, Package, Party, Stance } from './scenario';
import { issuePoints, pointsOf, pointsToValue } from './values';

export const EXHAUSTIVE_LIMIT = 256;
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
  theirs: number[][]; // per other party, per option: modelled points
}

/** Per scenario, per issue, per option: the "issue=option" key red lines are named by (built once, not per offer). */
const redKeyCache = new WeakMap<CompiledScenario, Map<IssueId, string[]>>();

function redKeys(sc: CompiledScenario, issue: IssueId): string[] {
  let byIssue = redKeyCache.get(sc);
  if (!byIssue) {
    byIssue = new Map();
    redKeyCache.set(sc, byIssue);
  }
  let keys = byIssue.get(issue);
  if (!keys) {
    keys = issueOf(sc, issue).options.map((o) => `${issue}=${o.id}`);
    byIssue.set(issue, keys);
  }
  return keys;
}

function columns(sc: CompiledScenario, q: SearchInput): Column[] {
  const norm = q.models.map((m) => {
    let total = 0;
    for (const id of q.agenda) total += own(m.weights, id) ?? 0;
    return Math.max(1, total);
  });
  // Only the models that name red lines are asked about each option.
  const redModels = q.models.filter((m) => m.redLines.size > 0);
  return q.agenda.map((issue) => {
    const fixed = own(q.commitments, issue);
    const opts = issueOf(sc, issue).options;
    const keys = redKeys(sc, issue);
    // Its own red lines and the red lines the others have named are never offered; its best option stays allowed
    // only when nothing else is (so the column is never empty).
    let options: OptionId[];
    if (fixed !== undefined) options = [fixed];
    else {
      options = [];
      for (let k = 0; k < opts.length; k++) {
        const o = opts[k]!.id;
        if (q.stance.redLines.some((r) => r.issue === issue && r.option === o)) continue;
        if (redModels.some((m) => m.redLines.has(keys[k]!))) continue;
        options.push(o);
      }
      if (options.length === 0) options = [own(q.start, issue)!];
    }
    return {
      issue,
      options,
      mine: options.map((o) => issuePoints(q.party, issue, o)),
      theirs: q.models.map((m, k) => {
        const w = own(m.weights, issue) ?? 0;
        const row = own(m.values, issue);
        const scale = 1000 * (q.priority?.[k] ?? 1);
        return options.map((o) => Math.floor((w * (own(row, o) ?? 0) * scale) / norm[k]!));
      }),
    };
  });
}

function score(u: readonly number[]): number {
  if (u.length === 0) return 0;
  let min = u[0]!;
  let sum = 0;
  for (const x of u) {
    sum += x;
    if (x < min) min = x;
  }
  return 2 * u.length * min + sum;
}

/**
 * The package to offer (see the module header). `candidates` (packages of the agenda found otherwise) compete with
 * the search's pick: one with a strictly higher score, still worth the target, wins.
 */
export function searchOffer(sc: CompiledScenario, q: SearchInput, candidates: readonly Package[] = []): Package {
  const cols = columns(sc, q);
  // Points of the issues off the agenda (commitments, else status quo): the agenda's points add to them.
  // The greedy walk starts from its best allowed option per issue.
  const startIdx = cols.map((c) => c.mine.indexOf(Math.max(...c.mine)));
  const base =
    pointsOf(sc, q.party, q.start, q.commitments) -
    cols.reduce((sum, c) => sum + issuePoints(q.party, c.issue, own(q.start, c.issue)!), 0);
  const floor = q.target * 100 - 50 - base; // agenda points needed: pointsToValue(base + x) ≥ target
  const ceil = floor + BAND * 100; // within the band
  let size = 1;
  for (const c of cols) size *= c.options.length;
  const pick =
    size <= EXHAUSTIVE_LIMIT
      ? exhaustive(cols, q.models.length, floor, ceil)
      : greedy(cols, q.models.length, floor, ceil, startIdx);
  const pkg: Package = {};
  cols.forEach((c, i) => {
    pkg[c.issue] = c.options[pick[i]!]!;
  });
  // Never below the target by rounding: fall back to the best package.
  let out = pointsToValue(pointsOf(sc, q.party, pkg, q.commitments)) >= q.target ? pkg : { ...q.start };
  let outScore = scoreOf(cols, q.models.length, out);
  for (const c of candidates) {
    const sc2 = scoreOf(cols, q.models.length, c);
    if (sc2 > outScore && pointsToValue(pointsOf(sc, q.party, c, q.commitments)) >= q.target) {
      out = c;
      outScore = sc2;
    }
  }
  return out;
}

/** The score of a package (options outside the allowed ones count nothing for that issue). */
function scoreOf(cols: Column[], others: number, pkg: Package): number {
  const u = new Array<number>(others).fill(0);
  for (const c of cols) {
    const o = c.options.indexOf(own(pkg, c.issue)!);
    if (o < 0) continue;
    for (let k = 0; k < others; k++) u[k]! += c.theirs[k]![o]!;
  }
  return score(u);
}

function exhaustive(cols: Column[], others: number, floor: number, ceil: number): number[] {
  // Pass 1 (the walk): the best score within the band (else over every package worth the target). Pass 2 (over the
  // packages the walk kept, in the same order): among those scoring at least that, the one worth most to itself, so
  // the offer is not dominated under the models.
  let inBand = false;
  let bar = -1;
  const kept: number[] = []; // per package worth the target: its place in option order, own points, score
  let at = 0;
  walkPackages(cols, others, (mine, u) => {
    const here = at++;
    if (mine < floor) return;
    const s = score(u);
    kept.push(here, mine, s);
    const b = mine < ceil;
    if ((b && !inBand) || (b === inBand && s > bar)) {
      inBand = b;
      bar = s;
    }
  });
  let best = -1;
  let bestMine = -1;
  let bestS = -1;
  for (let i = 0; i < kept.length; i += 3) {
    const mine = kept[i + 1]!;
    const s = kept[i + 2]!;
    if (s < bar) continue;
    if (mine > bestMine || (mine === bestMine && s > bestS)) {
      best = kept[i]!;
      bestMine = mine;
      bestS = s;
    }
  }
  if (best < 0) return cols.map((c) => c.mine.indexOf(Math.max(...c.mine)));
  // The place in option order back to option digits (the walk turns the last column fastest).
  const digits = new Array<number>(cols.length);
  for (let d = cols.length - 1; d >= 0; d--) {
    const n = cols[d]!.mine.length;
    digits[d] = best % n;
    best = Math.floor(best / n);
  }
  return digits;
}

/** Ratio comparison without division: does gain a / cost a beat gain b / cost b? Free moves (cost ≤ 0) first. */
function better(ga: number, ca: number, gb: number, cb: number): boolean {
  const fa = ca <= 0;
  const fb = cb <= 0;
  if (fa !== fb) return fa;
  if (fa) return ga > gb || (ga === gb && ca < cb);
  return ga * cb > gb * ca || (ga * cb === gb * ca && ga > gb);
}

function greedy(cols: Column[], others: number, floor: number, ceil: number, start: number[]): number[] {
  const cur = [...start];
  let mine = cols.reduce((s, c, i) => s + c.mine[cur[i]!]!, 0);
  const u = new Array<number>(others).fill(0);
  cols.forEach((c, i) => {
    for (let k = 0; k < others; k++) u[k]! += c.theirs[k]![cur[i]!]!;
  });
  const trial = new Array<number>(others).fill(0);
  /** Score after changing issue i to option o (and, when j ≥ 0, issue j to option p). */
  const after = (i: number, o: number, j = -1, p = 0): number => {
    for (let k = 0; k < others; k++) {
      let x = u[k]! + cols[i]!.theirs[k]![o]! - cols[i]!.theirs[k]![cur[i]!]!;
      if (j >= 0) x += cols[j]!.theirs[k]![p]! - cols[j]!.theirs[k]![cur[j]!]!;
      trial[k] = x;
    }
    return score(trial);
  };
  const apply = (i: number, o: number) => {
    for (let k = 0; k < others; k++) u[k]! += cols[i]!.theirs[k]![o]! - cols[i]!.theirs[k]![cur[i]!]!;
    mine -= cols[i]!.mine[cur[i]!]! - cols[i]!.mine[o]!;
    cur[i] = o;
  };
  for (let step = 0; step < MAX_STEPS; step++) {
    const now = score(u);
    let move: { i: number; o: number; gain: number; cost: number } | null = null;
    let cheap: { i: number; o: number; gain: number; cost: number } | null = null;
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i]!;
      for (let o = 0; o < c.options.length; o++) {
        if (o === cur[i]) continue;
        const cost = c.mine[cur[i]!]! - c.mine[o]!;
        if (mine - cost < floor) continue;
        const gain = after(i, o) - now;
        // A gain that also raises its own value may not lift it above the band (it would undo a concession).
        const ok = cost >= 0 || mine - cost < ceil;
        if (ok && gain > 0 && (!move || better(gain, cost, move.gain, move.cost))) move = { i, o, gain, cost };
        if (cost > 0 && (!cheap || gain > cheap.gain || (gain === cheap.gain && cost < cheap.cost))) {
          cheap = { i, o, gain, cost };
        }
      }
    }
    if (move) {
      apply(move.i, move.o);
      continue;
    }
    // Pairs: give up more on one issue to win on another (a trade-off no single change makes).
    let pair: { i: number; o: number; j: number; p: number; gain: number; cost: number } | null = null;
    for (let i = 0; i < cols.length; i++) {
      const a = cols[i]!;
      for (let o = 0; o < a.options.length; o++) {
        if (o === cur[i]) continue;
        const ca = a.mine[cur[i]!]! - a.mine[o]!;
        for (let j = i + 1; j < cols.length; j++) {
          const b = cols[j]!;
          for (let p = 0; p < b.options.length; p++) {
            if (p === cur[j]) continue;
            const cost = ca + b.mine[cur[j]!]! - b.mine[p]!;
            if (mine - cost < floor || (cost < 0 && mine - cost >= ceil)) continue;
            const gain = after(i, o, j, p) - now;
            if (gain <= 0) continue;
            if (!pair || gain > pair.gain || (gain === pair.gain && cost < pair.cost))
              pair = { i, o, j, p, gain, cost };
          }
        }
      }
    }
    if (pair) {
      apply(pair.i, pair.o);
      apply(pair.j, pair.p);
      continue;
    }
    // Above the band with nothing the models say the others want: concede the step that loses least score.
    if (mine < ceil || !cheap) break;
    apply(cheap.i, cheap.o);
  }
  return cur;
}
