// The flow of the game: phases, rounds and turns. In each round every party (in phase.order) takes exactly one
// action; every action ends that party's turn and increments `turn`. After the last speaker the round ends:
// 'round.elapsed' goes to every AI and the next round starts (its world events fire). When the round count passes
// phase.rounds the phase ends without a deal: a 'phase' entry is logged, the table cleared, and the next phase
// starts; after the last phase the game ends 'no-deal'. A deal ends the phase at once (see checkDeal).
import { pushLog } from './log';
import { consentOf, phaseAt } from './lookup';
import { endGame } from './outcome';
import { hasOwn } from './own';
import { notifyAll } from './reactions';
import type { CompiledScenario } from './scenario';
import type { GameState } from './state';
import { startRoundEvents } from './world';

/** Starts phase `index`: resets table and turn order, tells the AIs, fires round 1's events. */
export function startPhase(sc: CompiledScenario, d: GameState, index: number): void {
  d.phase = index;
  d.round = 1;
  d.speakerIndex = 0;
  d.table = null;
  pushLog(sc, d, { kind: 'phase', change: 'started' });
  notifyAll(sc, d, 'phase.started', null);
  if (!d.outcome) startRoundEvents(sc, d);
}

/** After a phase ended without a deal: the next phase starts, or after the last one the game ends 'no-deal'. */
export function nextPhaseOrEnd(sc: CompiledScenario, d: GameState): void {
  if (d.phase + 1 >= sc.phases.length) endGame(sc, d, 'no-deal', null);
  else startPhase(sc, d, d.phase + 1);
}

/** Moves the turn to the next speaker, ending the round (and the phase at its deadline) after the last one. */
export function advanceSpeaker(sc: CompiledScenario, d: GameState): void {
  if (d.outcome) return;
  const ph = phaseAt(sc, d.phase);
  d.speakerIndex += 1;
  if (d.speakerIndex < ph.order.length) return;
  notifyAll(sc, d, 'round.elapsed', null);
  if (d.outcome) return;
  d.speakerIndex = 0;
  d.round += 1;
  if (d.round > ph.rounds) {
    pushLog(sc, d, { kind: 'phase', change: 'ended' });
    d.table = null;
    nextPhaseOrEnd(sc, d);
    return;
  }
  startRoundEvents(sc, d);
}

/**
 * Strikes a deal when every party in the union of the consent lists of the agenda's issues has accepted the
 * table package (the proposer counts). Consent parties not in the room cannot accept, so a phase whose agenda needs
 * an absent party's consent cannot end in a deal. On a deal the package joins the agreements and the commitments;
 * the game ends 'agreement' if this was the last phase or the commitments now cover every issue, else the next
 * phase starts at once. Returns whether a deal was struck.
 */
export function checkDeal(sc: CompiledScenario, d: GameState): boolean {
  const table = d.table;
  if (!table) return false;
  const need = consentOf(sc, d.phase);
  if (!need.every((p) => table.acceptedBy.includes(p))) return false;
  const ph = phaseAt(sc, d.phase);
  const pkg = { ...table.package };
  d.agreements.push({ phase: ph.id, package: pkg });
  Object.assign(d.commitments, pkg);
  pushLog(sc, d, { kind: 'deal', package: { ...pkg } });
  d.table = null;
  const covered = sc.issues.every((i) => hasOwn(d.commitments, i.id));
  if (d.phase + 1 >= sc.phases.length || covered) endGame(sc, d, 'agreement', null);
  else startPhase(sc, d, d.phase + 1);
  return true;
}

export function describePackage(sc: CompiledScenario, pkg: Record<string, string>): string {
  return Object.entries(pkg)
    .map(([issue, option]) => {
      const iss = sc.issues.find((i) => i.id === issue);
      const opt = iss?.options.find((o) => o.id === option);
      return `${iss?.name ?? issue}: ${opt?.label ?? option}`;
    })
    .join('; ');
}
