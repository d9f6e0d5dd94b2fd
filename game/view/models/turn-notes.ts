// What the player should know before choosing an action, as plain sentences under the actions: who still speaks
// this round (so a proposal's fate is visible), a warning when a proposal made now could no longer be answered by
// every party whose consent it needs before the phase ends (in its last round, those who already spoke do not
// speak again), and that asking "what would it take?" uses the turn. Plain data, unit-tested without a browser.
import type { ActionType, CompiledScenario, GameState, PartyId } from '../../session/live';
import { partyPlural } from '../../session/live';

const nameOf = (sc: CompiledScenario, id: PartyId) => sc.parties.find((p) => p.id === id)?.name ?? id;

/** "A", "A and B", "A, B and C". */
function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** What asking costs: the one note the panel may fold away at short heights (the rest are about this round). */
export const ASK_NOTE =
  'Asking “What would it take?” uses your turn: the answer comes at once, then the next delegation speaks.';

/** The notes for the viewer (empty when watching, when the game is over, or when it is not the viewer's turn). */
export function turnNotes(
  sc: CompiledScenario,
  s: GameState,
  viewer: PartyId | null,
  legal: readonly ActionType[],
): string[] {
  if (viewer === null || s.outcome || legal.length === 0) return [];
  const ph = sc.phases[Math.min(s.phase, sc.phases.length - 1)]!;
  const last = s.round >= ph.rounds;
  const after = ph.order.slice(s.speakerIndex + 1);
  const notes: string[] = [];
  const round = last ? 'this round, the last of this phase' : 'this round';
  notes.push(
    after.length > 0
      ? `Still to speak ${round}: ${list(after.map((p) => nameOf(sc, p)))}.`
      : `You are the last to speak ${round}.`,
  );
  if (legal.includes('offer.propose') && last) {
    const consent = new Set<PartyId>();
    for (const id of ph.agenda) for (const p of sc.issues.find((i) => i.id === id)?.consent ?? []) consent.add(p);
    const spoken = ph.order
      .slice(0, s.speakerIndex)
      .filter((p) => p !== viewer && consent.has(p) && ph.inRoom.includes(p));
    if (spoken.length > 0) {
      const plural = spoken.length > 1 || partyPlural(sc, spoken[0]!);
      notes.push(
        `A new proposal now cannot be agreed in this phase: ${list(spoken.map((p) => nameOf(sc, p)))} ${plural ? 'have' : 'has'} already spoken in its last round and must accept it too.`,
      );
    }
  }
  if (legal.includes('ask.whatWouldItTake')) {
    notes.push(ASK_NOTE);
  }
  return notes;
}
