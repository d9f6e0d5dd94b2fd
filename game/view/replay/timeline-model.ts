// The replay timeline as plain data: one entry per step (the start, then the state after each turn) with a short
// label of what happened, where and when; the keys that move along it; the playback speeds and their delays.
// The viewer draws the scrubber and the turn list from this and keeps only an index into it.
import type { Action, CompiledScenario, PartyId, PlaybackStep } from '../../session/live';
import { partyPlural, verbOf } from '../../session/live';

export interface TimelineItem {
  index: number; // index into the steps
  turn: number; // actions taken so far
  label: string; // "Turn 5 · Northland threatens Southland"
  phase: string; // phase name where the step's action was taken
  round: number;
  party: PartyId | null; // who acted
}

export interface Timeline {
  items: TimelineItem[];
  last: number; // index of the last step
}

const partyName = (sc: CompiledScenario, id: PartyId) => sc.parties.find((p) => p.id === id)?.name ?? id;
const issueName = (sc: CompiledScenario, id: string) => sc.issues.find((i) => i.id === id)?.name ?? id;

/** What an action did, in a few words after the party's name. */
export function describeAction(sc: CompiledScenario, a: Action): string {
  const who = partyName(sc, a.party);
  // "European allies propose", "Ukraine proposes": the verb agrees with the party's name (its `plural`).
  const does = (one: string, many: string) => `${who} ${verbOf(sc, a.party, one, many)}`;
  switch (a.type) {
    case 'offer.propose':
      return `${does('proposes', 'propose')} a package`;
    case 'offer.accept':
      return `${does('accepts', 'accept')} the package`;
    case 'offer.reject':
      return a.issue
        ? `${does('rejects', 'reject')} (over ${issueName(sc, a.issue)})`
        : `${does('rejects', 'reject')} the package`;
    case 'statement.insist':
      return `${does('insists', 'insist')} on ${issueName(sc, a.issue)}`;
    case 'statement.concede':
      return `${does('concedes', 'concede')} ${issueName(sc, a.issue)}`;
    case 'statement.threaten':
      return `${does('threatens', 'threaten')} ${partyName(sc, a.target)}`;
    case 'statement.assure':
      return `${does('assures', 'assure')} ${partyName(sc, a.target)}`;
    case 'ask.whatWouldItTake':
      return `${does('asks', 'ask')} ${partyName(sc, a.target)} what ${partyPlural(sc, a.target) ? 'they' : 'it'} would take`;
    case 'call.place':
      return `${does('calls', 'call')} ${partyName(sc, a.target)}`;
    case 'party.walkOut':
      return `${does('walks', 'walk')} out`;
    case 'turn.pass':
      return `${does('passes', 'pass')}`;
  }
}

export function timeline(sc: CompiledScenario, steps: readonly PlaybackStep[]): Timeline {
  const phaseName = (id: string) => sc.phases.find((p) => p.id === id)?.name ?? id;
  const items = steps.map((step, index): TimelineItem => {
    if (step.action === null) {
      const first = sc.phases[0];
      return { index, turn: step.turn, label: 'Start', phase: first?.name ?? '', round: 1, party: null };
    }
    // The action's own log entry says in which phase and round it was taken (the state after may be in the next).
    const before = index > 0 ? steps[index - 1]!.state.log.length : 0;
    const entry = step.state.log.slice(before).find((e) => e.kind === 'action');
    return {
      index,
      turn: step.turn,
      label: `Turn ${step.turn} · ${describeAction(sc, step.action)}`,
      phase: entry ? phaseName(entry.phase) : '',
      round: entry?.round ?? 0,
      party: step.action.party,
    };
  });
  return { items, last: items.length - 1 };
}

export type TimelineCommand = 'back' | 'forward' | 'first' | 'last' | 'toggle';

/** The viewer's keys: ←/→ step, Home/End jump to the ends, Space plays or pauses. */
export function keyCommand(key: string): TimelineCommand | null {
  switch (key) {
    case 'ArrowLeft':
      return 'back';
    case 'ArrowRight':
      return 'forward';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case ' ':
    case 'Spacebar':
      return 'toggle';
    default:
      return null;
  }
}

/** Where a command moves the index, kept within the timeline. 'toggle' does not move. */
export function moveIndex(index: number, command: TimelineCommand, last: number): number {
  const to =
    command === 'back'
      ? index - 1
      : command === 'forward'
        ? index + 1
        : command === 'first'
          ? 0
          : command === 'last'
            ? last
            : index;
  return Math.max(0, Math.min(last, to));
}

export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** Milliseconds between steps when playing: a second a step at 1×, slow enough to read the transcript line. */
export const stepDelay = (speed: Speed): number => Math.round(1000 / speed);

export const speedLabel = (speed: Speed): string => `${speed}×`;

/** "Turn 12 of 84 · Talks in Anchorage, round 2": the readout beside the scrubber and its aria-valuetext. */
export function positionText(t: Timeline, index: number): string {
  const item = t.items[index]!;
  const total = t.items[t.last]!.turn;
  const where = item.phase ? ` · ${item.phase}${item.round > 0 ? `, round ${item.round}` : ''}` : '';
  return `Turn ${item.turn} of ${total}${where}`;
}
