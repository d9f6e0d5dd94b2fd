// Scripted policies for seats the CLI and the benchmarks play without a human:
//   ai        — the party's own statechart and decision rule (aiDecide);
//   random    — a uniformly random legal action type, then uniformly random parameters (a random package when
//               proposing), drawn from a PRNG passed in, separate from the game's, so the game's stream is unchanged;
//   pushover  — accepts any package it may accept; otherwise proposes the last package another party offered
//               (unless it is already its own table), else concedes an agenda issue not yet conceded, else passes;
//   hardliner — proposes its best package every turn (when in the room), accepts only a package worth its best,
//               insists on agenda issues when absent, never concedes.
import type { Action, ActionType } from './actions';
import { aiDecide } from './ai';
import { phaseAt } from './lookup';
import { hasOwn } from './own';
import { nextInt } from './prng';
import { canRespond, inRoom, legalActionTypes } from './rules';
import type { CompiledScenario, Package, PartyId } from './scenario';
import type { GameState, Reason } from './state';
import { bestPackage, packageValue, samePackage } from './values';

export type Policy = 'ai' | 'random' | 'pushover' | 'hardliner';
export const POLICIES: readonly Policy[] = ['ai', 'random', 'pushover', 'hardliner'];

export interface PolicyChoice {
  action: Action;
  rng: number; // the policy PRNG's next state
  reason: Reason | null;
}

export function choosePolicyAction(
  policy: Policy,
  sc: CompiledScenario,
  s: GameState,
  party: PartyId,
  rng: number,
): PolicyChoice {
  switch (policy) {
    case 'ai': {
      const d = aiDecide(sc, s, party);
      return { action: d.action, rng, reason: d.reason };
    }
    case 'random':
      return randomAction(sc, s, party, rng);
    case 'pushover':
      return { action: pushover(sc, s, party), rng, reason: null };
    case 'hardliner':
      return { action: hardliner(sc, s, party), rng, reason: null };
  }
}

function randomAction(sc: CompiledScenario, s: GameState, party: PartyId, rng0: number): PolicyChoice {
  let rng = rng0;
  const pick = <T>(items: readonly T[]): T => {
    const [i, next] = nextInt(rng, items.length);
    rng = next;
    return items[i]!;
  };
  const types = legalActionTypes(sc, s, party);
  const type: ActionType = types.length ? pick(types) : 'turn.pass';
  const ph = phaseAt(sc, s.phase);
  const others = sc.parties.map((p) => p.id).filter((id) => id !== party);
  let action: Action;
  switch (type) {
    case 'offer.propose': {
      const pkg: Package = {};
      for (const id of ph.agenda) pkg[id] = pick(sc.issues.find((i) => i.id === id)!.options).id;
      action = { type, party, package: pkg };
      break;
    }
    case 'statement.insist':
    case 'statement.concede':
      action = { type, party, issue: pick(ph.agenda) };
      break;
    case 'statement.threaten':
    case 'statement.assure':
    case 'call.place':
      action = { type, party, target: pick(others) };
      break;
    case 'ask.whatWouldItTake':
      action = { type, party, target: pick(others.filter((id) => s.seats[id] === 'ai')) };
      break;
    default:
      action = { type, party } as Action;
  }
  return { action, rng, reason: null };
}

function pushover(sc: CompiledScenario, s: GameState, party: PartyId): Action {
  if (canRespond(sc, s, party)) return { type: 'offer.accept', party };
  const ph = phaseAt(sc, s.phase);
  if (inRoom(sc, s, party)) {
    // The most recent offer by another party that fits this agenda.
    for (let i = s.log.length - 1; i >= 0; i--) {
      const e = s.log[i]!;
      const a = e.kind === 'action' ? e.action : null;
      if (a?.type !== 'offer.propose' || a.party === party) continue;
      const keys = Object.keys(a.package);
      if (keys.length !== ph.agenda.length || !ph.agenda.every((id) => hasOwn(a.package, id))) continue;
      if (s.table?.proposer === party && samePackage(s.table.package, a.package)) break;
      return { type: 'offer.propose', party, package: { ...a.package } };
    }
  }
  const issue = ph.agenda.find((id) => !s.conceded[party]!.includes(id));
  if (issue !== undefined) return { type: 'statement.concede', party, issue };
  return { type: 'turn.pass', party };
}

function hardliner(sc: CompiledScenario, s: GameState, party: PartyId): Action {
  const ph = phaseAt(sc, s.phase);
  const me = sc.parties.find((p) => p.id === party)!;
  const best = bestPackage(sc, me, ph.agenda);
  if (canRespond(sc, s, party)) {
    const v = packageValue(sc, me, s.table!.package, s.commitments);
    if (v >= packageValue(sc, me, best, s.commitments)) return { type: 'offer.accept', party };
  }
  if (inRoom(sc, s, party)) return { type: 'offer.propose', party, package: best };
  const issue = ph.agenda.find((id) => !s.insisted[party]!.includes(id));
  if (issue !== undefined) return { type: 'statement.insist', party, issue };
  return { type: 'turn.pass', party };
}
