// What an AI party reads from the phase so far, beyond its own values: whether a proposer has moved at all
// (reciprocity), and whether a new proposal could still be answered before the phase's deadline.
//   Unmoved: a party in the room that has proposed at least twice this phase, the same package every time, and has
//     accepted nothing this phase. The AI holds such a party to the target it had when the phase began: it does
//     not reward a demand that never moves (a hardliner cannot simply wait for the others' deadlines).
//   Too late to propose: in a phase's last round, a new package needs every other consent party to accept it after
//     it is made; a party that has already spoken this round cannot. Proposing then only wipes the table.
import { lookup, phaseAt } from './lookup';
import type { CompiledScenario, PartyId } from './scenario';
import type { GameState } from './state';
import { samePackage } from './values';

/** Whether `party` has proposed ≥ 2 times this phase, always the same package, and accepted nothing this phase. */
export function unmoved(sc: CompiledScenario, s: GameState, party: PartyId): boolean {
  const phaseId = phaseAt(sc, s.phase).id;
  let proposals = 0;
  let first: Record<string, string> | null = null;
  for (let i = s.log.length - 1; i >= 0; i--) {
    const e = s.log[i]!;
    if (e.phase !== phaseId) break;
    if (e.kind !== 'action' || e.party !== party) continue;
    if (e.action.type === 'offer.accept') return false;
    if (e.action.type !== 'offer.propose') continue;
    if (first && !samePackage(first, e.action.package)) return false;
    first = e.action.package;
    proposals++;
  }
  return proposals >= 2;
}

/** Integer percent of the game's rounds elapsed at the first round of the current phase (see timeElapsed). */
export function phaseStartTime(sc: CompiledScenario, s: GameState): number {
  const l = lookup(sc);
  if (l.totalRounds <= 1) return 100;
  return Math.min(100, Math.floor(((l.roundsBefore[s.phase] ?? 0) * 100) / (l.totalRounds - 1)));
}

/**
 * Whether a package proposed by `party` now could still collect every consent: false in the phase's last round
 * when another consent party that is in the room has already taken its turn this round.
 */
export function canStillBeAnswered(sc: CompiledScenario, s: GameState, party: PartyId): boolean {
  const ph = phaseAt(sc, s.phase);
  if (s.round < ph.rounds) return true;
  const need = lookup(sc).consent[s.phase]!;
  for (let i = 0; i < s.speakerIndex; i++) {
    const p = ph.order[i]!;
    if (p !== party && need.includes(p) && ph.inRoom.includes(p)) return false;
  }
  return true;
}

/**
 * Rules revision 6: the red lines the given parties have named in public (the reason shown with their moves) at any
 * time in the game and not contradicted since: a party that later proposed or accepted a package holding the option
 * has dropped it. The opponent models forget every red line a party named when its stance changes (it may have
 * dropped them); in the last rounds of the game, with no time left to recover from a refusal, the AI keeps its
 * offers off these too (ai.ts: buildProposal).
 */
export function redLinesStillNamed(s: GameState, parties: readonly PartyId[]): { issue: string; option: string }[] {
  const named = new Map<string, { issue: string; option: string; by: Set<PartyId> }>();
  let table: Record<string, string> | null = null;
  const drop = (party: PartyId, pkg: Record<string, string>) => {
    for (const issue in pkg) named.get(`${issue}=${pkg[issue]}`)?.by.delete(party);
  };
  for (const e of s.log) {
    if (e.kind !== 'action') continue;
    const a = e.action;
    if (a.type === 'offer.propose') table = a.package;
    if (!parties.includes(e.party)) continue;
    if (a.type === 'offer.propose') drop(e.party, a.package);
    else if (a.type === 'offer.accept' && table) drop(e.party, table);
    const rl = e.reason?.redLine;
    if (!rl || a.type === 'ask.whatWouldItTake') continue;
    const key = `${rl.issue}=${rl.option}`;
    const entry = named.get(key) ?? { issue: rl.issue, option: rl.option, by: new Set<PartyId>() };
    entry.by.add(e.party);
    named.set(key, entry);
  }
  const out: { issue: string; option: string }[] = [];
  for (const r of named.values()) if (r.by.size > 0) out.push({ issue: r.issue, option: r.option });
  return out;
}
