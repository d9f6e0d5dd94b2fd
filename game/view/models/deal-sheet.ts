// The deal sheet as plain data: the phase header, agenda issues × options, the package on the table and who has
// accepted it, the viewer's value of it and of the package being built, and (by difficulty) moods and no-deal line.
import type { CompiledScenario, GameState, Package, PartyId } from '../../session/live';
import { packageValue, speaker } from '../../session/live';
import type { HelpLevel } from './difficulty';
import { formatDate } from './scenario-card';

export interface DealRow {
  issue: string;
  name: string;
  description: string;
  onTable: string | null; // label of the table's option, null without a package
  built: string; // option id chosen in the builder
  options: { id: string; label: string; value: number | null }[]; // value: the viewer's 0–100 for that option (easy)
}

export interface DealSheetView {
  header: { phase: string; when: string; round: string; speaker: string };
  rows: DealRow[];
  committed: { name: string; option: string }[]; // agreed in earlier phases
  table: { proposer: string; accepted: string[]; waitingFor: string[] } | null;
  tableValue: number | null;
  builtValue: number | null;
  reservation: number | null; // shown as the no-deal line on the meters
  moods: { party: string; mood: string }[];
}

const name = (sc: CompiledScenario, id: PartyId) => sc.parties.find((p) => p.id === id)?.name ?? id;

/** pkg[issue] when the package settles that issue (own keys only: an issue may be called "toString"). */
const ownOption = (pkg: Package | undefined, issue: string): string | undefined =>
  pkg !== undefined && Object.hasOwn(pkg, issue) ? pkg[issue] : undefined;

/** The package a builder starts from: the table's package, else the viewer's favourite option per issue. */
export function initialBuild(sc: CompiledScenario, s: GameState, viewer: PartyId | null): Package {
  const phase = sc.phases[s.phase]!;
  const party = sc.parties.find((p) => p.id === viewer);
  const out: Package = {};
  for (const id of phase.agenda) {
    const issue = sc.issues.find((i) => i.id === id)!;
    const fromTable = ownOption(s.table?.package, id);
    if (fromTable !== undefined) out[id] = fromTable;
    else if (party) {
      let best = issue.options[0]!.id;
      for (const o of issue.options) if ((party.values[id]?.[o.id] ?? 0) > (party.values[id]?.[best] ?? 0)) best = o.id;
      out[id] = best;
    } else out[id] = issue.statusQuo;
  }
  return out;
}

export function dealSheet(
  sc: CompiledScenario,
  s: GameState,
  viewer: PartyId | null,
  build: Package,
  help: HelpLevel,
): DealSheetView {
  const phase = sc.phases[Math.min(s.phase, sc.phases.length - 1)]!;
  const party = sc.parties.find((p) => p.id === viewer) ?? null;
  const now = speaker(sc, s);
  const rows: DealRow[] = phase.agenda.map((id) => {
    const issue = sc.issues.find((i) => i.id === id)!;
    const tableOption = ownOption(s.table?.package, id);
    return {
      issue: id,
      name: issue.name,
      description: issue.description,
      onTable:
        tableOption === undefined ? null : (issue.options.find((o) => o.id === tableOption)?.label ?? tableOption),
      built: ownOption(build, id) ?? issue.statusQuo,
      options: issue.options.map((o) => ({
        id: o.id,
        label: o.label,
        value: help.optionValues && party ? (party.values[id]?.[o.id] ?? 0) : null,
      })),
    };
  });
  const committed = Object.entries(s.commitments).map(([id, option]) => {
    const issue = sc.issues.find((i) => i.id === id);
    return { name: issue?.name ?? id, option: issue?.options.find((o) => o.id === option)?.label ?? option };
  });
  let table: DealSheetView['table'] = null;
  if (s.table) {
    const consent = new Set<PartyId>();
    for (const id of phase.agenda) for (const p of sc.issues.find((i) => i.id === id)?.consent ?? []) consent.add(p);
    table = {
      proposer: name(sc, s.table.proposer),
      accepted: s.table.acceptedBy.map((p) => name(sc, p)),
      waitingFor: [...consent].filter((p) => !s.table!.acceptedBy.includes(p)).map((p) => name(sc, p)),
    };
  }
  return {
    header: {
      phase: phase.name,
      when: `${formatDate(phase.date)} · ${phase.place}`,
      round: s.outcome ? 'Game over' : `Round ${Math.min(s.round, phase.rounds)} of ${phase.rounds}`,
      speaker: now === null ? '' : `${name(sc, now)} to speak`,
    },
    rows,
    committed,
    table,
    tableValue: party && s.table ? packageValue(sc, party, s.table.package, s.commitments) : null,
    builtValue: party ? packageValue(sc, party, build, s.commitments) : null,
    reservation: party && help.reservationLine ? (s.reservation[party.id] ?? null) : null,
    moods: help.moods
      ? sc.parties
          .filter((p) => s.seats[p.id] === 'ai')
          .map((p) => ({ party: p.name, mood: p.ai.states[s.ai[p.id]!.value]?.mood ?? '' }))
      : [],
  };
}
