// The replay's deal sheet as plain data: read-only, as it was at one step. The phase and round, every agenda issue
// with its options (which one is on the table, the status quo, what an earlier phase committed), who proposed the
// package, who has accepted it and whose consent is still missing, the stance of every AI party in the room (in words
// for people: "listening (sounding out the others)"; a party not in the room shows no mood, as at the live table), and
// the outcome at the end. The live game's deal sheet builds packages; this one only shows, so it is its own small model.
import type { CompiledScenario, GameState, PartyId } from '../../session/live';
import { stanceWords } from '../../session/live';
import { formatDate } from '../models/scenario-card';

export interface SheetOption {
  label: string;
  onTable: boolean;
  statusQuo: boolean;
  committed: boolean;
}

export interface SheetRow {
  issue: string; // issue name
  options: SheetOption[];
  onTable: string | null; // label of the table's option
}

export interface ReplaySheet {
  phase: string;
  when: string; // "15 August 2025 · Anchorage"
  round: string; // "Round 2 of 4" or "Game over"
  rows: SheetRow[];
  table: { proposer: string; accepted: string[]; waitingFor: string[] } | null;
  stances: { party: string; stance: string; mood: string; words: string }[];
  outcome: { text: string; values: { party: string; value: number; reservation: number }[] } | null;
}

const OUTCOMES = { agreement: 'Agreement', 'no-deal': 'No deal', walkout: 'Walk-out' } as const;

export function replaySheet(sc: CompiledScenario, s: GameState): ReplaySheet {
  const phase = sc.phases[Math.min(s.phase, sc.phases.length - 1)]!;
  const name = (id: PartyId) => sc.parties.find((p) => p.id === id)?.name ?? id;
  // At the end the outcome covers every issue; before it, the sheet shows the phase's agenda.
  const issues = s.outcome ? sc.issues : phase.agenda.map((id) => sc.issues.find((i) => i.id === id)!);
  const shown = s.outcome ? s.outcome.package : (s.table?.package ?? {});
  const rows = issues.map((issue): SheetRow => {
    const chosen = Object.hasOwn(shown, issue.id) ? shown[issue.id] : undefined; // own keys: ids are data
    return {
      issue: issue.name,
      onTable: chosen === undefined ? null : (issue.options.find((o) => o.id === chosen)?.label ?? chosen),
      options: issue.options.map((o) => ({
        label: o.label,
        onTable: chosen === o.id,
        statusQuo: issue.statusQuo === o.id,
        committed: Object.hasOwn(s.commitments, issue.id) && s.commitments[issue.id] === o.id,
      })),
    };
  });
  let table: ReplaySheet['table'] = null;
  if (s.table && !s.outcome) {
    const consent = new Set<PartyId>();
    for (const id of phase.agenda) for (const p of sc.issues.find((i) => i.id === id)?.consent ?? []) consent.add(p);
    table = {
      proposer: name(s.table.proposer),
      accepted: s.table.acceptedBy.map(name),
      waitingFor: [...consent].filter((p) => !s.table!.acceptedBy.includes(p)).map(name),
    };
  }
  const stances = sc.parties
    .filter((p) => s.seats[p.id] === 'ai' && s.ai[p.id] && (s.outcome !== null || phase.inRoom.includes(p.id)))
    .map((p) => {
      const stance = s.ai[p.id]!.value;
      const mood = p.ai.states[stance]?.mood;
      return { party: p.name, stance, mood: mood ?? '', words: stanceWords(stance, mood) };
    });
  const outcome = s.outcome
    ? {
        text: `${OUTCOMES[s.outcome.kind]}${s.outcome.by ? ` (${name(s.outcome.by)} walked out)` : ''}`,
        values: sc.parties.map((p) => ({
          party: p.name,
          value: s.outcome!.values[p.id] ?? 0,
          reservation: s.outcome!.reservations[p.id] ?? 0,
        })),
      }
    : null;
  return {
    phase: phase.name,
    when: `${formatDate(phase.date)} · ${phase.place}`,
    round: s.outcome ? 'Game over' : `Round ${Math.min(s.round, phase.rounds)} of ${phase.rounds}`,
    rows,
    table,
    stances,
    outcome,
  };
}
