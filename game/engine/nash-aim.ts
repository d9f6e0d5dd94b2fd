// The Nash aim (rules revision 4 on): where the AI reckons the deal ought to land, and a floor under what it asks
// until late in the game. Two parties that concede at the same pace in their own values meet where each has given
// up as much as the other, which is not the Nash point when the frontier is lopsided (a benchmark domain's deals
// were Pareto-optimal but 15 points from it). So the AI estimates the Nash point from its own values and its models
// of the others (opponent-model.ts):
//   nash = argmax over the agenda's packages (its own red lines left out, commitments kept) of
//          (own value − own no deal) × Π over the others (modelled value − modelled no deal)
//   where a model's option values are first stretched to 0–100 over each issue (the frequency counts never bring an
//   option to 0), a model's package value is 0–100, and its no deal, which it cannot see, is assumed to be as far up
//   its scale as its own no deal is on its own (the same share of the way from 0 to its best).
//   It holds its target at ≥ floor(t) = noDeal + (nashValue − noDeal) × HOLD_SHARE/100 × hold(t)/100, hold = 100 up
//   to HOLD_UNTIL percent of the game, then falling linearly to 0 at t = 100 (two inconsistent estimates still
//   meet). HOLD_SHARE < 100 because the models overrate what the others would give up: measured on the benchmark
//   domains (benchmark-domains.test.ts), 70% of the estimate is the share that keeps ≥ 95% of deals Pareto-optimal.
// Only when every model has learnt from at least MIN_EVIDENCE moves, and only on an agenda of at most NASH_LIMIT
// packages (larger agendas keep the plain curve). A party whose curve already asks for less than its Nash value
// is held; one that asks for more is unchanged: the aim only stops the stronger side giving away what the Nash
// point would leave it.
import { issueOf } from './lookup';
import type { OpponentModel } from './opponent-model';
import { own } from './own';
import { walkPackages } from './package-walk';
import type { CompiledScenario, IssueId, Package, Party, Stance } from './scenario';
import { issuePoints, pointsOf, pointsToValue } from './values';

export const NASH_LIMIT = 512;
export const MIN_EVIDENCE = 3;
export const HOLD_UNTIL = 70;
export const HOLD_SHARE = 70;

export interface NashInput {
  party: Party;
  stance: Stance;
  agenda: readonly IssueId[];
  commitments: Package;
  start: Package; // its best package for the agenda
  best: number; // its value of start
  noDeal: number;
  models: readonly OpponentModel[];
}

/** Whether the agenda's free packages (commitments fixed) are few enough for an estimate: checked before the models
 * are built, which costs more than the estimate. */
export function nashFits(sc: CompiledScenario, agenda: readonly IssueId[], commitments: Package): boolean {
  let size = 1;
  for (const id of agenda) if (own(commitments, id) === undefined) size *= issueOf(sc, id).options.length;
  return size <= NASH_LIMIT;
}

/** Estimates already made, per log array (which only grows), by log length and the inputs that vary in a game. */
const estimates = new WeakMap<readonly unknown[], Map<string, number | null>>();

/**
 * Its own value at the estimated Nash point, or null when it has no estimate (see the header). `log` (the game's
 * log, whose length with the other inputs keys a cache) may be left out.
 */
export function nashValue(sc: CompiledScenario, q: NashInput, log?: readonly unknown[]): number | null {
  if (!log) return estimate(sc, q);
  let byKey = estimates.get(log);
  if (!byKey) {
    byKey = new Map();
    estimates.set(log, byKey);
  }
  const red = q.stance.redLines.map((r) => `${r.issue}=${r.option}`).join(',');
  const fixed = q.agenda.map((id) => own(q.commitments, id) ?? '').join(',');
  const key = `${log.length}|${sc.id}|${q.party.id}|${q.models.map((m) => m.party).join(',')}|${q.agenda.join(',')}|${fixed}|${red}|${q.noDeal}|${q.best}`;
  if (byKey.has(key)) return byKey.get(key)!;
  if (byKey.size > 64) byKey.clear();
  const v = estimate(sc, q);
  byKey.set(key, v);
  return v;
}

function estimate(sc: CompiledScenario, q: NashInput): number | null {
  if (q.models.length === 0 || q.models.some((m) => m.evidence < MIN_EVIDENCE)) return null;
  let size = 1;
  const cols = q.agenda.map((issue) => {
    const fixed = own(q.commitments, issue);
    const all = issueOf(sc, issue).options.map((o) => o.id);
    const allowed = all.filter((o) => !q.stance.redLines.some((r) => r.issue === issue && r.option === o));
    const options = fixed !== undefined ? [fixed] : allowed.length > 0 ? allowed : [own(q.start, issue)!];
    size *= options.length;
    return {
      mine: options.map((o) => issuePoints(q.party, issue, o)),
      theirs: q.models.map((m) => {
        const w = own(m.weights, issue) ?? 0;
        const row = all.map((o) => own(own(m.values, issue), o) ?? 0);
        const lo = Math.min(...row);
        const span = Math.max(...row) - lo;
        // Stretched to 0–100 over the issue's options: the model's counts never bring an option to 0, which read
        // every option as nearly as good as the best to the other side.
        return options.map((o) => {
          const v = own(own(m.values, issue), o) ?? 0;
          return w * (span > 0 ? Math.floor(((v - lo) * 100) / span) : 100);
        });
      }),
    };
  });
  const totals = q.models.map((m) =>
    Math.max(
      1,
      q.agenda.reduce((t, id) => t + (own(m.weights, id) ?? 0), 0),
    ),
  );
  // Points off the agenda (commitments, else status quo): the agenda's points add to them.
  const base =
    pointsOf(sc, q.party, q.start, q.commitments) -
    q.agenda.reduce((t, id) => t + issuePoints(q.party, id, own(q.start, id)!), 0);
  // The others' assumed no deal, on their 0–100 scale: the share of its own best its no deal is.
  const share = q.best > 0 ? Math.max(0, Math.min(100, Math.floor((q.noDeal * 100) / q.best))) : 0;
  if (size > NASH_LIMIT) return null;
  const k = q.models.length;
  let bestProduct = 0;
  let bestMine = -1;
  walkPackages(cols, k, (mine, u) => {
    const v = pointsToValue(base + mine);
    let product = v - q.noDeal;
    for (let j = 0; j < k && product > 0; j++) product *= Math.max(0, Math.floor(u[j]! / totals[j]!) - share);
    // Ties: the one worth more to itself (the estimate is its own).
    if (product > bestProduct || (product === bestProduct && product > 0 && v > bestMine)) {
      bestProduct = product;
      bestMine = v;
    }
  });
  return bestMine < 0 ? null : bestMine;
}

/** The target after the Nash floor at time t (percent of the game). */
export function nashFloor(target: number, noDeal: number, nash: number | null, t: number): number {
  if (nash === null || nash <= noDeal) return target;
  const hold = t <= HOLD_UNTIL ? 100 : Math.max(0, Math.floor(((100 - t) * 100) / (100 - HOLD_UNTIL)));
  return Math.max(target, noDeal + Math.floor(((nash - noDeal) * hold * HOLD_SHARE) / 10000));
}
