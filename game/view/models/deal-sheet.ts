// The deal sheet as plain data: the phase header, agenda issues × options, the package on the table and who has
// accepted it, the viewer's value of it and of the package being built, and (by difficulty) moods and no-deal line.
// The no-deal value is one number everywhere (rules revision 3, engine/no-deal.ts): the party's reservation as
// events have moved it — the one the end screen and the debrief score a game without a final deal at. A package
// that crosses one of the viewer's red lines says so beside its value: the value alone would read as acceptable.
import type { CompiledScenario, GameState, Package, PartyId } from '../../session/live';
import { MOOD_WORDS, packageValue, partyPossessive, speaker } from '../../session/live';
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
  /** `offer`: "United States' offer" (the proposer's name in the possessive, by its grammar). */
  table: { proposer: string; offer: string; accepted: string[]; waitingFor: string[] } | null;
  tableValue: number | null;
  builtValue: number | null;
  reservation: number | null; // shown as the no-deal line on the meters
  /** The viewer's no-deal value when the game began (the brief's figure), when events have moved it since. */
  reservationStart: number | null;
  /** The viewer's red lines the package on the table / being built crosses: "Territory (Withdrawal …)". */
  tableRedLines: string[];
  builtRedLines: string[];
  /** The moods of the AI parties in the room this phase (absent parties are not at the table). */
  moods: { party: string; mood: string }[];
}

/** The viewer's red lines (its stance's) that a package crosses, as "Issue (Option)". */
export function redLinesCrossed(sc: CompiledScenario, s: GameState, viewer: PartyId | null, pkg: Package | null) {
  const party = sc.parties.find((p) => p.id === viewer);
  if (!party || !pkg) return [];
  const stance = party.ai.states[s.ai[party.id]?.value ?? party.ai.initial];
  const out: string[] = [];
  for (const r of stance?.redLines ?? []) {
    if (ownOption(pkg, r.issue) !== r.option) continue;
    const issue = sc.issues.find((i) => i.id === r.issue);
    out.push(`${issue?.name ?? r.issue} (${issue?.options.find((o) => o.id === r.option)?.label ?? r.option})`);
  }
  return out;
}

/**
 * A meter's figures in words: "57 / 100 (no deal: 45) — better than no deal", or, for a package that crosses a red
 * line, what that means; `start`: the no-deal value when the game began, shown when events have moved it.
 */
export function meterText(value: number, reservation: number | null, redLines: string[], start: number | null = null) {
  const noDeal =
    reservation === null ? '' : ` (no deal: ${reservation}${start !== null ? `; ${start} when the talks began` : ''})`;
  if (redLines.length > 0) {
    const lines = redLines.join(', ');
    return `${value} / 100${noDeal} — crosses your red line${redLines.length > 1 ? 's' : ''}: ${lines}. Your brief rules this out, whatever the figure says.`;
  }
  const verdict =
    reservation === null
      ? ''
      : value > reservation
        ? ' — better than no deal'
        : value === reservation
          ? ' — no better than no deal'
          : ' — worse than no deal';
  return `${value} / 100${noDeal}${verdict}`;
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
      offer: `${partyPossessive(sc, s.table.proposer)} offer`,
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
    reservationStart:
      party && help.reservationLine && (s.reservation[party.id] ?? party.reservation) !== party.reservation
        ? party.reservation
        : null,
    tableRedLines: redLinesCrossed(sc, s, viewer, s.table?.package ?? null),
    builtRedLines: redLinesCrossed(sc, s, viewer, build),
    moods: help.moods
      ? sc.parties
          .filter((p) => s.seats[p.id] === 'ai' && phase.inRoom.includes(p.id))
          .map((p) => {
            const mood = p.ai.states[s.ai[p.id]!.value]?.mood;
            return { party: p.name, mood: mood ? MOOD_WORDS[mood] : '' };
          })
      : [],
  };
}
