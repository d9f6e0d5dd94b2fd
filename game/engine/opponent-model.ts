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
import type { CompiledScenario, Issue, IssueId, OptionId, Package, Party, PartyId } from './scenario';
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

/** What a pass over the log has learnt about one party: the sums its model is made from. */
interface PartyLearnt {
  weights: Map<IssueId, number>;
  counts: Map<IssueId, number[]>;
  last: Package | null;
  evidence: number;
  red: Set<string>;
  /** Bumped on every change to what is learnt about it (its last offer aside, which no model shows). */
  version: number;
  /** Its models already made, by issues and observer, with the version they were made at. */
  made: Map<string, { version: number; model: OpponentModel }>;
}

/**
 * What one pass over a log prefix has learnt about every party named in it, and the package on the table. A
 * function of the log's entries alone (and the scenario, and whether answers count): what it learns about one party
 * does not depend on which others are modelled with it, so one pass serves every observer.
 */
interface Learnt {
  sc: CompiledScenario;
  answers: boolean;
  byParty: Map<PartyId, PartyLearnt>;
  table: Package | null;
  /** The entries learnt from, in order (to check that a log starts with exactly them). */
  seen: GameState['log'];
}

const startLearning = (sc: CompiledScenario, answers: boolean): Learnt => ({
  sc,
  answers,
  byParty: new Map(),
  table: null,
  seen: [],
});

function partyLearnt(l: Learnt, party: PartyId): PartyLearnt {
  let p = l.byParty.get(party);
  if (!p) {
    p = { weights: new Map(), counts: new Map(), last: null, evidence: 0, red: new Set(), version: 0, made: new Map() };
    l.byParty.set(party, p);
  }
  return p;
}

/** Learns from one more log entry (the next after those in l.seen). */
function learn(l: Learnt, e: GameState['log'][number]): void {
  l.seen.push(e);
  // Every change to what is learnt about a party bumps its version (its models made before are then made again);
  // a move that teaches nothing (a pass, a call) leaves it, and its models stand.
  const idx = optionIndex(l.sc);
  const count = (m: PartyLearnt, pkg: Package, by: number) => {
    m.version++;
    for (const issue in pkg) {
      const k = idx.get(issue)?.get(own(pkg, issue)!);
      if (k === undefined) continue;
      let row = m.counts.get(issue);
      if (!row) {
        row = new Array<number>(idx.get(issue)!.size).fill(0);
        m.counts.set(issue, row);
      }
      row[k]! += by;
    }
  };
  const bump = (m: PartyLearnt, issue: IssueId, by: number) => {
    m.version++;
    m.weights.set(issue, Math.max(1, (m.weights.get(issue) ?? BASE_WEIGHT) + by));
  };
  const evidence = (m: PartyLearnt) => {
    m.version++;
    m.evidence++;
  };
  if (e.kind === 'stance') {
    // A new stance may have dropped the red lines it named before: they are forgotten until named again.
    const m = l.byParty.get(e.party);
    if (m && m.red.size > 0) {
      m.version++;
      m.red.clear();
    }
    return;
  }
  if (e.kind !== 'action') return;
  const a = e.action;
  // The package on the table as the log goes (so that an acceptance knows what was accepted).
  if (a.type === 'offer.propose') l.table = a.package;
  if (l.answers && a.type === 'ask.whatWouldItTake' && e.answer) {
    const m = partyLearnt(l, a.target);
    learnFromAnswer(
      e.answer,
      (pkg) => count(m, pkg, PROPOSE_COUNT),
      (issue, by) => bump(m, issue, by),
    );
    evidence(m);
  }
  const m = partyLearnt(l, a.party);
  const rl = e.reason?.redLine;
  if (rl && a.type !== 'ask.whatWouldItTake') {
    m.version++;
    m.red.add(`${rl.issue}=${rl.option}`);
  }
  switch (a.type) {
    case 'offer.propose': {
      const prev = m.last;
      if (prev) {
        for (const issue in a.package) if (own(prev, issue) === own(a.package, issue)) bump(m, issue, UNCHANGED_GAIN);
      }
      m.last = a.package;
      count(m, a.package, PROPOSE_COUNT);
      evidence(m);
      break;
    }
    case 'offer.accept':
      if (l.table) count(m, l.table, ACCEPT_COUNT);
      evidence(m);
      break;
    case 'offer.reject':
      if (a.issue !== undefined) bump(m, a.issue, REJECT_GAIN);
      evidence(m);
      break;
    case 'statement.insist':
      bump(m, a.issue, INSIST_GAIN);
      evidence(m);
      break;
    case 'statement.concede':
      bump(m, a.issue, -CONCEDE_LOSS);
      evidence(m);
      break;
    default:
      break;
  }
}

/** How far back from a log's end to look for what was learnt (successive AI turns are a few entries apart). */
const LEARNT_LOOKBACK = 16;

/**
 * What was learnt from a log prefix, kept on the prefix's last entry, per answers flag (and scenario). A game's
 * log only grows and successive states share their entries (Immer), or it is one array pushed onto in place
 * (runGame), so the next turn's pass resumes where the last one stopped: a game is learnt from once, not once per
 * turn. A resumed pass is moved to the new last entry (one per log keeps memory flat; an older state asked again is
 * learnt from its start). It resumes only when the log starts with exactly the entries it learnt from (checked
 * entry by entry, by identity), so a different log, however it was made, is never misread.
 */
const learntAt = new WeakMap<object, Map<string, Learnt>>();

function learnt(sc: CompiledScenario, log: GameState['log'], answers: boolean): Learnt {
  const key = answers ? 'answers' : 'offers';
  let l: Learnt | null = null;
  for (let j = log.length - 1; j >= Math.max(0, log.length - LEARNT_LOOKBACK) && l === null; j--) {
    const byKey = learntAt.get(log[j]!);
    const hit = byKey?.get(key);
    if (!hit || hit.sc !== sc || hit.seen.length !== j + 1) continue;
    let same = true;
    for (let k = 0; k <= j && same; k++) same = hit.seen[k] === log[k];
    if (!same) continue;
    byKey!.delete(key);
    l = hit;
  }
  l ??= startLearning(sc, answers);
  for (let k = l.seen.length; k < log.length; k++) learn(l, log[k]!);
  const lastEntry = log[log.length - 1];
  if (lastEntry !== undefined) {
    let byKey = learntAt.get(lastEntry);
    if (!byKey) {
      byKey = new Map();
      learntAt.set(lastEntry, byKey);
    }
    byKey.set(key, l);
  }
  return l;
}

/**
 * The models of the given parties over the given issues from the state's log (one pass, resumed from what an earlier
 * turn learnt: see learntAt). The same result as buildModelsFresh, which reads the whole log every time.
 */
export function buildModels(
  sc: CompiledScenario,
  s: GameState,
  parties: readonly PartyId[],
  issues: readonly IssueId[],
  observer?: Party,
): OpponentModel[] {
  return modelsFrom(sc, learnt(sc, s.log, rulesOf(s) >= 4), parties, issues, observer);
}

/** buildModels without resuming: one pass over the whole log (the reference the cache is tested against). */
export function buildModelsFresh(
  sc: CompiledScenario,
  s: GameState,
  parties: readonly PartyId[],
  issues: readonly IssueId[],
  observer?: Party,
): OpponentModel[] {
  const l = startLearning(sc, rulesOf(s) >= 4);
  for (const e of s.log) learn(l, e);
  return modelsFrom(sc, l, parties, issues, observer);
}

/** The models from what was learnt (fresh objects: the learnt sums may go on growing). */
function modelsFrom(
  sc: CompiledScenario,
  l: Learnt,
  parties: readonly PartyId[],
  issues: readonly IssueId[],
  observer: Party | undefined,
): OpponentModel[] {
  // The observer counts only through which issues it reads as unordered (rules revision 4 on): observers that read
  // them alike share the models.
  let key = `${issues.join(',')}|`;
  if (l.answers && observer) for (const id of issues) key += orderedIssue(observer, issueOf(sc, id)) ? '1' : '0';
  return parties.map((party, i) => {
    // A party listed twice is learnt into its last place only (as one pass with a slot per place did).
    const m = parties.lastIndexOf(party) === i ? l.byParty.get(party) : undefined;
    if (!m) return modelOf(sc, party, undefined, l.answers, issues, observer);
    // Made before and nothing learnt about the party since: the same model (callers only read models).
    const hit = m.made.get(key);
    if (hit && hit.version === m.version) return hit.model;
    const model = modelOf(sc, party, m, l.answers, issues, observer);
    m.made.set(key, { version: m.version, model });
    return model;
  });
}

const ordered = new WeakMap<Party, WeakMap<Issue, boolean>>();

/** orderedFor, remembered per observer and issue (both are parts of the compiled scenario, which never changes). */
function orderedIssue(observer: Party, issue: Issue): boolean {
  let byIssue = ordered.get(observer);
  if (!byIssue) {
    byIssue = new WeakMap();
    ordered.set(observer, byIssue);
  }
  let o = byIssue.get(issue);
  if (o === undefined) {
    o = orderedFor(observer, issue);
    byIssue.set(issue, o);
  }
  return o;
}

/** One party's model from what was learnt about it (none: indifferent), over the given issues. */
function modelOf(
  sc: CompiledScenario,
  party: PartyId,
  m: PartyLearnt | undefined,
  answers: boolean,
  issues: readonly IssueId[],
  observer: Party | undefined,
): OpponentModel {
  const w: Record<IssueId, number> = {};
  const v: Record<IssueId, Record<OptionId, number>> = {};
  for (const id of issues) {
    const issue = issueOf(sc, id);
    w[id] = m?.weights.get(id) ?? BASE_WEIGHT;
    const n = issue.options.length;
    const row = m?.counts.get(id);
    const vals: Record<OptionId, number> = {};
    if (!row) {
      for (const o of issue.options) vals[o.id] = 100;
    } else {
      // Rules revision 4: an issue whose options are not ordered for the observer is read as unordered (option
      // values.ts: categoricalValues), so a demand does not lend credit to whatever option is listed beside it.
      if (answers && observer && !orderedIssue(observer, issue)) Object.assign(vals, categoricalValues(issue, row));
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
  return { party, weights: w, values: v, evidence: m?.evidence ?? 0, redLines: new Set(m?.red) };
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
