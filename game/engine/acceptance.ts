// When the AI accepts the package on the table (rules revision 3): a combination of the acceptance conditions of
// the automated-negotiation literature (AC_next, AC_time, AC_combi), always under its red lines and only for a
// package that beats no deal strictly (no-deal.ts):
//   target   — worth at least what it asks for now (its target), or
//   next     — worth at least what its own next offer would be worth to it (nothing better is coming from itself), or
//   late     — from the late window on (temperament.ts: lateFrom, by its patience), worth at least every offer the
//              others made earlier in this phase (the best it has seen; none seen, no late acceptance), and at least
//              half-way from no deal to its target.
import { lookup, phaseAt } from './lookup';
import { own } from './own';
import type { CompiledScenario, Package, Party, PartyId } from './scenario';
import type { GameState } from './state';
import { packageValue } from './values';

export type AcceptWhy = 'target' | 'next' | 'late';

export interface AcceptInput {
  party: Party;
  value: number; // of the table to it
  noDeal: number;
  target: number;
  nextOffer: number; // value to it of the package it would propose now
  t: number; // percent of the game elapsed
  lateFrom: number;
  redLine: boolean;
  /** Reciprocity holds: the table is the unchanged demand of an unmoved proposer (no late acceptance then). */
  unrewarded: boolean;
}

/** Why it would accept, or null. */
export function acceptance(sc: CompiledScenario, s: GameState, a: AcceptInput): AcceptWhy | null {
  if (a.redLine || a.value <= a.noDeal) return null;
  if (a.value >= a.target) return 'target';
  if (a.value >= a.nextOffer) return 'next';
  if (a.unrewarded || a.t < a.lateFrom || a.value < a.noDeal + Math.floor((a.target - a.noDeal) / 2)) return null;
  const seen = bestSeen(sc, s, a.party);
  return seen !== null && a.value >= seen ? 'late' : null;
}

/** The best value to the party of the packages others proposed earlier in this phase (before the table's). */
export function bestSeen(sc: CompiledScenario, s: GameState, party: Party): number | null {
  const phaseId = phaseAt(sc, s.phase).id;
  let best: number | null = null;
  let skippedTable = false;
  for (let i = s.log.length - 1; i >= 0; i--) {
    const e = s.log[i]!;
    if (e.phase !== phaseId) break;
    if (e.kind !== 'action') continue;
    const a = e.action;
    if (a.type !== 'offer.propose') continue;
    if (!skippedTable) {
      skippedTable = true; // the latest proposal is the table itself
      continue;
    }
    if (a.party === party.id) continue;
    const v = packageValue(sc, party, a.package as Package, s.commitments);
    if (best === null || v > best) best = v;
  }
  return best;
}

/**
 * Rules revision 4: the best value to the party of the packages every other consent party has backed this phase
 * (proposed it, or accepted it on the table) that cross none of its red lines, or null. Its target never falls below
 * it (ai.ts: outlook): it does not offer or ask for less than the others have all already agreed to give it, so it
 * does not cave to them. (A package only some of them backed promises nothing: the rest may never sign it.)
 */
export function bestBacked(
  sc: CompiledScenario,
  s: GameState,
  party: Party,
  redLine: (pkg: Package) => boolean,
): number | null {
  const others = otherConsent(sc, s, party.id);
  let best: number | null = null;
  for (const { pkg, by } of backing(sc, s).values()) {
    if (!others.every((q) => by.has(q)) || redLine(pkg)) continue;
    const v = packageValue(sc, party, pkg, s.commitments);
    if (best === null || v > best) best = v;
  }
  return best;
}

/**
 * Rules revision 6: the packages every other consent party has backed this phase (proposed, or accepted on the
 * table), in the order they were first proposed.
 */
export function backedPackages(sc: CompiledScenario, s: GameState, party: Party): Package[] {
  const others = otherConsent(sc, s, party.id);
  const out: Package[] = [];
  for (const { pkg, by } of backing(sc, s).values()) if (others.every((q) => by.has(q))) out.push(pkg);
  return out;
}

interface Backing {
  phase: string;
  upto: number; // log entries read
  table: string | null;
  backers: Map<string, { pkg: Package; by: Set<string> }>;
}

/** Per log array (which only grows), the backers of each package proposed in the current phase, read incrementally:
 * a phase of a hundred rounds is not read again from its start at every turn. */
const backings = new WeakMap<GameState['log'], Backing>();

function backing(sc: CompiledScenario, s: GameState): Backing['backers'] {
  const ph = phaseAt(sc, s.phase);
  let b = backings.get(s.log);
  if (!b || b.phase !== ph.id || b.upto > s.log.length) {
    let start = s.log.length;
    while (start > 0 && s.log[start - 1]!.phase === ph.id) start--;
    b = { phase: ph.id, upto: start, table: null, backers: new Map() };
    backings.set(s.log, b);
  }
  const keyOf = (pkg: Package) => ph.agenda.map((id) => own(pkg, id) ?? '').join('|');
  for (; b.upto < s.log.length; b.upto++) {
    const e = s.log[b.upto]!;
    if (e.kind !== 'action') continue;
    const a = e.action;
    if (a.type === 'offer.propose') {
      b.table = keyOf(a.package);
      const entry = b.backers.get(b.table) ?? { pkg: a.package, by: new Set<string>() };
      entry.by.add(a.party);
      b.backers.set(b.table, entry);
    } else if (a.type === 'offer.accept' && b.table !== null) b.backers.get(b.table)?.by.add(a.party);
  }
  return b.backers;
}

/** Parties other than `me` whose consent this phase's deal needs. */
export const otherConsent = (sc: CompiledScenario, s: GameState, me: PartyId): PartyId[] =>
  lookup(sc).consent[s.phase]!.filter((p) => p !== me);

/** Per party: 1 + the offers it rejected this phase (at most 4). The searcher weighs its model by this. */
export function holdoutPriority(sc: CompiledScenario, s: GameState, parties: readonly PartyId[]): number[] {
  const phaseId = phaseAt(sc, s.phase).id;
  const out = parties.map(() => 1);
  for (let i = s.log.length - 1; i >= 0; i--) {
    const e = s.log[i]!;
    if (e.phase !== phaseId) break;
    if (e.kind !== 'action' || e.action.type !== 'offer.reject') continue;
    const k = parties.indexOf(e.action.party);
    if (k >= 0 && out[k]! < 5) out[k]!++;
  }
  return out;
}
