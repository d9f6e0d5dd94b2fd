// The rules: who may act now, what each action may do, and its effect. applyAction is the one entry point for
// changing a game by an action: (state, action) → Result<state, RuleError>, one Immer produce per action.
//   In the room (phase.inRoom): propose, accept, reject, statements, ask, call, walk out, pass.
//   Absent: statements, ask, call, pass only (no propose / accept / reject / walk out) — nobody only watches.
//   offer.propose: exactly one valid option for every agenda issue and nothing else. Proposing another option on
//     an issue already committed costs the proposer trust: every other party's trust in it −10. The package
//     replaces the table (acceptedBy = [proposer]), is recorded as the proposer's lastOffer and sent as
//     'offer.received' to every other AI.
//   offer.accept / offer.reject: only with a package on the table, not one's own, not already accepted; the
//     proposer hears of it ('offer.accepted' / 'offer.rejected').
//   statement.threaten: the target's trust in the speaker −5 ('threat.received'); assure +3 ('assurance.received').
//   call.place: 'call.received' to the target; trust +2 both ways. insist / concede are recorded publicly.
//   ask.whatWouldItTake: the AI target answers with the package it wants (logged with its reason).
//   party.walkOut: the game ends 'walkout'.

import { produce } from 'immer';
import type { Action, ActionType } from './actions';
import { aiLineFor, whatWouldItTake } from './ai';
import { type EffectSnapshot, effectsSince, snapshotEffects } from './effects';
import { type RuleError, ruleError } from './errors';
import { advanceSpeaker, checkDeal } from './flow';
import { chooseLine, lineContext } from './line-choice';
import { pushLog } from './log';
import { partyPlural, partyPossessive } from './log-sentences';
import { issueOf, partyName, phaseAt } from './lookup';
import { endGame } from './outcome';
import { hasOwn, own } from './own';
import { clamp100, notify, notifyAll } from './reactions';
import { err, ok, type Result } from './result';
import type { CompiledScenario, Package, PartyId } from './scenario';
import { type ActionEntry, type GameState, type LogPlace, type Reason, rulesOf, type SpokenLine } from './state';

/** The party whose turn it is (null once the game is over). */
export function speaker(sc: CompiledScenario, s: GameState): PartyId | null {
  if (s.outcome) return null;
  return phaseAt(sc, s.phase).order[s.speakerIndex] ?? null;
}

export const inRoom = (sc: CompiledScenario, s: GameState, party: PartyId): boolean =>
  phaseAt(sc, s.phase).inRoom.includes(party);

/** Whether the party may accept or reject the table now (a package is there, not its own, not yet accepted). */
export function canRespond(sc: CompiledScenario, s: GameState, party: PartyId): boolean {
  const t = s.table;
  return t !== null && inRoom(sc, s, party) && t.proposer !== party && !t.acceptedBy.includes(party);
}

/** The action types the party may take now ([] when it is not its turn). */
export function legalActionTypes(sc: CompiledScenario, s: GameState, party: PartyId): ActionType[] {
  if (speaker(sc, s) !== party) return [];
  const room = inRoom(sc, s, party);
  const others = sc.parties.some((p) => p.id !== party);
  const aiOthers = sc.parties.some((p) => p.id !== party && s.seats[p.id] === 'ai');
  const out: ActionType[] = [];
  if (room) out.push('offer.propose');
  if (canRespond(sc, s, party)) out.push('offer.accept', 'offer.reject');
  out.push('statement.insist', 'statement.concede');
  if (others) out.push('statement.threaten', 'statement.assure');
  if (aiOthers) out.push('ask.whatWouldItTake');
  if (others) out.push('call.place');
  if (room) out.push('party.walkOut');
  out.push('turn.pass');
  return out;
}

function checkPackage(sc: CompiledScenario, s: GameState, pkg: Package): RuleError | null {
  const agenda = phaseAt(sc, s.phase).agenda;
  for (const key of Object.keys(pkg)) {
    if (!agenda.includes(key)) {
      const name = sc.issues.find((i) => i.id === key)?.name ?? key;
      return ruleError('bad-package', `${name} is not on the agenda of this phase.`);
    }
  }
  for (const id of agenda) {
    const issue = issueOf(sc, id);
    const option = own(pkg, id);
    if (option === undefined) return ruleError('bad-package', `The offer must settle ${issue.name}.`);
    if (!issue.options.some((o) => o.id === option)) {
      return ruleError('bad-package', `"${option}" is not an option for ${issue.name}.`);
    }
  }
  return null;
}

/** Why the action is not allowed now, or null when it is. */
export function checkAction(sc: CompiledScenario, s: GameState, a: Action): RuleError | null {
  if (s.outcome) return ruleError('game-over', 'The game is over.');
  if (!sc.parties.some((p) => p.id === a.party)) return ruleError('unknown-party', `There is no party "${a.party}".`);
  const now = speaker(sc, s)!;
  if (now !== a.party) {
    return ruleError('not-your-turn', `It is ${partyPossessive(sc, now)} turn, not ${partyPossessive(sc, a.party)}.`);
  }
  const room = inRoom(sc, s, a.party);
  const name = partyName(sc, a.party);
  // The verb agrees with the party's name: "European allies are not in the room", "Ukraine is not in the room".
  const many = partyPlural(sc, a.party);
  const is = many ? 'are' : 'is';
  const ph = phaseAt(sc, s.phase);
  switch (a.type) {
    case 'offer.propose':
      if (!room) return ruleError('not-in-room', `${name} ${is} not in the room at ${ph.place} and cannot propose.`);
      return checkPackage(sc, s, a.package ?? {});
    case 'offer.accept':
    case 'offer.reject': {
      const verb = a.type === 'offer.accept' ? 'accept' : 'reject';
      if (!room) return ruleError('not-in-room', `${name} ${is} not in the room at ${ph.place} and cannot ${verb}.`);
      if (!s.table) return ruleError('no-offer', `There is no offer on the table to ${verb}.`);
      if (s.table.proposer === a.party)
        return ruleError('own-offer', `${name} cannot ${verb} ${many ? 'their' : 'its'} own offer.`);
      if (s.table.acceptedBy.includes(a.party)) {
        return ruleError('already-accepted', `${name} ${many ? 'have' : 'has'} already accepted this offer.`);
      }
      if (a.type === 'offer.reject' && a.issue !== undefined && !sc.issues.some((i) => i.id === a.issue)) {
        return ruleError('bad-issue', `There is no issue "${a.issue}".`);
      }
      return null;
    }
    case 'statement.insist':
    case 'statement.concede':
      if (!ph.agenda.includes(a.issue)) return ruleError('bad-issue', `That issue is not on the agenda of ${ph.name}.`);
      return null;
    case 'statement.threaten':
    case 'statement.assure':
    case 'call.place':
      if (a.target === a.party || !sc.parties.some((p) => p.id === a.target)) {
        return ruleError('bad-target', `${name} must address another party.`);
      }
      return null;
    case 'ask.whatWouldItTake':
      if (a.target === a.party || s.seats[a.target] !== 'ai') {
        return ruleError('bad-target', 'Only a party played by the computer can be asked what it would take.');
      }
      return null;
    case 'party.walkOut':
      if (!room) return ruleError('not-in-room', `${name} ${is} not in the room at ${ph.place} and cannot walk out.`);
      return null;
    case 'turn.pass':
      return null;
    default:
      return ruleError('unknown-action', 'Unknown action.');
  }
}

export interface ActionMeta {
  reason?: Reason | null; // the AI's reason, shown behind "why?"
}

/** Applies a legal action; returns the next state, or the rule it breaks. The input state is never changed. */
export function applyAction(
  sc: CompiledScenario,
  s: GameState,
  action: Action,
  meta: ActionMeta = {},
): Result<GameState, RuleError> {
  const problem = checkAction(sc, s, action);
  if (problem) return err(problem);
  return ok(produce(s, (d) => perform(sc, d, action, meta)));
}

/**
 * Applies an action to an Immer draft, inside a produce the caller owns (runGame plays a whole game in one
 * produce, which is several times faster than one per action). Returns the rule broken, without applying it.
 */
export function applyActionToDraft(
  sc: CompiledScenario,
  d: GameState,
  action: Action,
  meta: ActionMeta = {},
): RuleError | null {
  const problem = checkAction(sc, d, action);
  if (!problem) perform(sc, d, action, meta);
  return problem;
}

/** The action's log entry before pushLog adds its place. */
type ActionEntryBody = Omit<ActionEntry, keyof LogPlace>;

function perform(sc: CompiledScenario, d: GameState, a: Action, meta: ActionMeta): void {
  const p = a.party;
  const entry: ActionEntryBody = {
    kind: 'action',
    party: p,
    action: structuredCloneAction(a),
    reason: meta.reason ?? null,
    line: d.seats[p] === 'ai' && rulesOf(d) < 4 ? aiLineFor(sc, d, p, a.type) : null,
    broken: [],
    answer: null,
  };
  // Rules revision 4: only a line that fits what it goes with (line-choice.ts); questions are answered below.
  if (rulesOf(d) >= 4 && a.type !== 'ask.whatWouldItTake') sayWith(entry, chooseLine(sc, d, p, lineContext(d, a)));
  switch (a.type) {
    case 'offer.propose': {
      const pkg = { ...a.package };
      const broken = Object.keys(pkg).filter((i) => hasOwn(d.commitments, i) && d.commitments[i] !== pkg[i]);
      entry.broken = broken;
      pushLog(sc, d, entry);
      if (broken.length > 0) {
        for (const q of sc.parties) if (q.id !== p) d.trust[q.id]![p] = clamp100((d.trust[q.id]![p] ?? 0) - 10);
      }
      d.table = { package: pkg, proposer: p, acceptedBy: [p] };
      d.lastOffer[p] = { ...pkg };
      notifyAll(sc, d, 'offer.received', p, p, pkg);
      break;
    }
    case 'offer.accept':
      pushLog(sc, d, entry);
      d.table!.acceptedBy.push(p);
      if (rulesOf(d) >= 2) notify(sc, d, d.table!.proposer, 'offer.accepted', p);
      break;
    case 'offer.reject': {
      pushLog(sc, d, entry);
      notify(sc, d, d.table!.proposer, 'offer.rejected', p);
      break;
    }
    case 'statement.insist':
    case 'statement.concede': {
      const insist = a.type === 'statement.insist';
      pushLog(sc, d, entry);
      const list = insist ? d.insisted[p]! : d.conceded[p]!;
      if (!list.includes(a.issue)) list.push(a.issue);
      break;
    }
    case 'statement.threaten':
    case 'statement.assure': {
      const threat = a.type === 'statement.threaten';
      const at = d.log.length;
      const before = snapshotEffects(d);
      pushLog(sc, d, entry);
      const row = d.trust[a.target]!;
      row[p] = clamp100((row[p] ?? 0) + (threat ? -5 : 3));
      notify(sc, d, a.target, threat ? 'threat.received' : 'assurance.received', p);
      recordEffects(d, at, before);
      break;
    }
    case 'call.place': {
      const at = d.log.length;
      const before = snapshotEffects(d);
      pushLog(sc, d, entry);
      d.trust[a.target]![p] = clamp100((d.trust[a.target]![p] ?? 0) + 2);
      d.trust[p]![a.target] = clamp100((d.trust[p]![a.target] ?? 0) + 2);
      notify(sc, d, a.target, 'call.received', p);
      recordEffects(d, at, before);
      break;
    }
    case 'ask.whatWouldItTake': {
      const answer = whatWouldItTake(sc, d, a.target);
      entry.answer = { issues: [...answer.issues], package: { ...answer.package }, reason: answer.reason };
      if (rulesOf(d) >= 4) sayWith(entry, chooseLine(sc, d, a.target, lineContext(d, a, answer.package)));
      else entry.line = aiLineFor(sc, d, a.target, 'ask.whatWouldItTake');
      pushLog(sc, d, entry);
      break;
    }
    case 'party.walkOut':
      pushLog(sc, d, entry);
      endGame(sc, d, 'walkout', p);
      break;
    case 'turn.pass':
      pushLog(sc, d, entry);
      break;
  }
  d.turn += 1;
  if (d.outcome) return;
  if ((a.type === 'offer.propose' || a.type === 'offer.accept') && checkDeal(sc, d)) return;
  advanceSpeaker(sc, d);
}

/** Records on the action's entry (at index `at` of the log) the trust and no-deal values it moved, if any. */
function recordEffects(d: GameState, at: number, before: EffectSnapshot): void {
  const fx = effectsSince(before, d);
  const e = d.log[at];
  if (fx.length > 0 && e?.kind === 'action') e.effects = fx;
}

/** Records the chosen line on the entry (a plain sentence only marks it: the log holds no prose). */
function sayWith(entry: ActionEntryBody, said: { line: SpokenLine | null; plain: boolean }): void {
  entry.line = said.line;
  if (said.plain) entry.plainLine = true;
}

/** A plain copy of the action for the log (the caller's object may be reused or mutated later). */
function structuredCloneAction(a: Action): Action {
  return a.type === 'offer.propose' ? { ...a, package: { ...a.package } } : { ...a };
}
