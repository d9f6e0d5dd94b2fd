// The AI's model of another party (rules revision 3), learnt during the game from that party's public moves and
// recomputed purely from the log (so nothing is stored beside the game state). A frequency model, as the agents
// of the automated-negotiation competitions (ANAC) use:
//   issue weights  — every issue starts at BASE_WEIGHT; each time the party's consecutive offers keep an issue's
//                    option unchanged it gains UNCHANGED_GAIN (a party moves first on what matters little to it);
//                    an issue it insisted on gains INSIST_GAIN, one it rejected an offer over REJECT_GAIN, one it
//                    conceded loses CONCEDE_LOSS (never below 1);
//   option values  — counts: PROPOSE_COUNT for each option it proposed, ACCEPT_COUNT for each option of a package it
//                    accepted; an option nobody of its moves named still earns credit from its neighbours in the
//                    issue's option order (options are usually ordered: a middle option is half-way between), so
//                    value(o) = Σ_p count(p) × (n − |o − p|), scaled so its best option is 100;
//   answers        — rules revision 4 on: its answer to "what would it take?" (logged with the question, heard at the
//                    table) counts as an offer of that package (PROPOSE_COUNT per option), and each issue it says must
//                    move gains ANSWER_GAIN (opponent-model-answers.ts);
//   red lines      — the red lines it named in public (the reason shown with its moves) since its last change of
//                    stance, which the searcher avoids.
// A party with no move yet is modelled as indifferent (every value equal): the searcher then falls back on its own
// preferences. Integer maths throughout.
import { issueOf } from './lookup';
import { learnFromAnswer } from './opponent-model-answers';
import { categoricalValues, orderedFor } from './opponent-model-options';
import { own } from './own';
import type { CompiledScenario, IssueId, OptionId, Package, Party, PartyId } from './scenario';
import { type GameState, rulesOf } from './state';

export const BASE_WEIGHT = 10;
export const UNCHANGED_GAIN = 4;
export const INSIST_GAIN = 8;
export const REJECT_GAIN = 6;
export const CONCEDE_LOSS = 6;
export const PROPOSE_COUNT = 4;
export const ACCEPT_COUNT = 2;

export interface OpponentModel {
  party: PartyId;
  /** Estimated weight per issue (positive integers; only their ratios matter). */
  weights: Record<IssueId, number>;
  /** Estimated value per issue and option, 0–100. */
  values: Record<IssueId, Record<OptionId, number>>;
  /** How many of its moves the model has learnt from. */
  evidence: number;
  /** Red lines it has named in public (the reason shown with its moves): "issue=option". */
  redLines: Set<string>;
}

const optionIndexCache = new WeakMap<CompiledScenario, Map<IssueId, Map<OptionId, number>>>();

function optionIndex(sc: CompiledScenario): Map<IssueId, Map<OptionId, number>> {
  let m = optionIndexCache.get(sc);
  if (!m) {
    m = new Map(sc.issues.map((i) => [i.id, new Map(i.options.map((o, k) => [o.id, k]))]));
    optionIndexCache.set(sc, m);
  }
  return m;
}

/** Models already built, per log array, by its length, parties, issues and observer. The models are a function of
 * the log alone (and the rules revision, fixed per game), and the log only ever grows (runGame pushes onto one
 * array in place, Immer copies it): a longer log is a new key. The AI reads them several times per decision (its
 * target, its offer, the Pareto step); callers only read them. */
const modelCache = new WeakMap<GameState['log'], Map<string, OpponentModel[]>>();

/** Models of the given parties over the given issues, from one pass over the log (cached per state). */
export function opponentModels(
  sc: CompiledScenario,
  s: GameState,
  parties: readonly PartyId[],
  issues: readonly IssueId[] = sc.issues.map((i) => i.id),
  observer?: Party,
): OpponentModel[] {
  let byKey = modelCache.get(s.log);
  if (!byKey) {
    byKey = new Map();
    modelCache.set(s.log, byKey);
  }
  const key = `${s.log.length}|${rulesOf(s)}|${sc.id}|${parties.join(',')}|${issues.join(',')}|${observer?.id ?? ''}`;
  if (byKey.size > 64) byKey.clear(); // one game's log: keep only recent lengths
  const hit = byKey.get(key);
  if (hit) return hit;
  const made = buildModels(sc, s, parties, issues, observer);
  byKey.set(key, made);
  return made;
}

function buildModels(
  sc: CompiledScenario,
  s: GameState,
  parties: readonly PartyId[],
  issues: readonly IssueId[],
  observer?: Party,
): OpponentModel[] {
  const idx = optionIndex(sc);
  const index = new Map(parties.map((p, i) => [p, i]));
  const weights = parties.map(() => new Map<IssueId, number>());
  const counts = parties.map(() => new Map<IssueId, number[]>());
  const last: (Package | null)[] = parties.map(() => null);
  const evidence = parties.map(() => 0);
  const red = parties.map(() => new Set<string>());
  const count = (i: number, pkg: Package, by: number) => {
    for (const issue in pkg) {
      const k = idx.get(issue)?.get(own(pkg, issue)!);
      if (k === undefined) continue;
      let row = counts[i]!.get(issue);
      if (!row) {
        row = new Array<number>(idx.get(issue)!.size).fill(0);
        counts[i]!.set(issue, row);
      }
      row[k]! += by;
    }
  };
  const bump = (i: number, issue: IssueId, by: number) =>
    weights[i]!.set(issue, Math.max(1, (weights[i]!.get(issue) ?? BASE_WEIGHT) + by));
  // The package on the table as the log goes (so that an acceptance knows what was accepted).
  let table: Package | null = null;
  const answers = rulesOf(s) >= 4;
  for (const e of s.log) {
    if (e.kind === 'stance') {
      // A new stance may have dropped the red lines it named before: they are forgotten until named again.
      const j = index.get(e.party);
      if (j !== undefined) red[j]!.clear();
      continue;
    }
    if (e.kind !== 'action') continue;
    const a = e.action;
    if (a.type === 'offer.propose') table = a.package;
    if (answers && a.type === 'ask.whatWouldItTake' && e.answer) {
      const j = index.get(a.target);
      if (j !== undefined) {
        learnFromAnswer(
          e.answer,
          (pkg) => count(j, pkg, PROPOSE_COUNT),
          (issue, by) => bump(j, issue, by),
        );
        evidence[j]!++;
      }
    }
    const i = index.get(a.party);
    if (i === undefined) continue;
    const rl = e.reason?.redLine;
    if (rl && a.type !== 'ask.whatWouldItTake') red[i]!.add(`${rl.issue}=${rl.option}`);
    switch (a.type) {
      case 'offer.propose': {
        const prev = last[i];
        if (prev) {
          for (const issue in a.package) if (own(prev, issue) === own(a.package, issue)) bump(i, issue, UNCHANGED_GAIN);
        }
        last[i] = a.package;
        count(i, a.package, PROPOSE_COUNT);
        evidence[i]!++;
        break;
      }
      case 'offer.accept':
        if (table) count(i, table, ACCEPT_COUNT);
        evidence[i]!++;
        break;
      case 'offer.reject':
        if (a.issue !== undefined) bump(i, a.issue, REJECT_GAIN);
        evidence[i]!++;
        break;
      case 'statement.insist':
        bump(i, a.issue, INSIST_GAIN);
        evidence[i]!++;
        break;
      case 'statement.concede':
        bump(i, a.issue, -CONCEDE_LOSS);
        evidence[i]!++;
        break;
      default:
        break;
    }
  }
  return parties.map((party, i) => {
    const w: Record<IssueId, number> = {};
    const v: Record<IssueId, Record<OptionId, number>> = {};
    for (const id of issues) {
      const issue = issueOf(sc, id);
      w[id] = weights[i]!.get(id) ?? BASE_WEIGHT;
      const n = issue.options.length;
      const row = counts[i]!.get(id);
      const vals: Record<OptionId, number> = {};
      if (!row) {
        for (const o of issue.options) vals[o.id] = 100;
      } else {
        // Rules revision 4: an issue whose options are not ordered for the observer is read as unordered (option
        // values.ts: categoricalValues), so a demand does not lend credit to whatever option is listed beside it.
        if (answers && observer && !orderedFor(observer, issue)) Object.assign(vals, categoricalValues(issue, row));
        else {
          const raw = new Array<number>(n);
          let max = 1;
          for (let o = 0; o < n; o++) {
            let sum = 0;
            for (let p = 0; p < n; p++) sum += row[p]! * (n - Math.abs(o - p));
            raw[o] = sum;
            if (sum > max) max = sum;
          }
          for (let o = 0; o < n; o++) vals[issue.options[o]!.id] = Math.floor((raw[o]! * 100) / max);
        }
      }
      v[id] = vals;
    }
    return { party, weights: w, values: v, evidence: evidence[i]!, redLines: red[i]! };
  });
}

/** The modelled value (0–100) of a package to the party, issues left out counting at the given fallback. */
export function modelledValue(m: OpponentModel, pkg: Package): number {
  let sum = 0;
  let total = 0;
  for (const [issue, w] of Object.entries(m.weights)) {
    const o = own(pkg, issue);
    if (o === undefined) continue;
    sum += w * (own(own(m.values, issue), o) ?? 0);
    total += w;
  }
  return total === 0 ? 0 : Math.floor(sum / total);
}
