// The debrief as plain data: every label, number and bar width the HTML panel shows, computed from the engine's
// Debrief and the compiled scenario without the DOM (so it is unit tested, and the DOM builder stays thin).
// Units: values are 0–100 points; the engine's per-issue gains are weighted points (100 make one value point),
// shown here in value points with at most one decimal so they add up to the surplus a student sees above them.
import type { CompiledScenario, Debrief, IssueId, Package, PartyId, TurningPointKind } from '../../engine';
import { percent } from './scale-model';

export interface PartyBar {
  id: PartyId;
  name: string;
  colour: string;
  you: boolean;
  consent: boolean; // its consent was needed for a full deal
  value: number;
  reservation: number;
  surplus: number;
  surplusText: string; // "+3", "−1", "0"
  nashValue: number | null;
  valuePct: number;
  reservationPct: number;
  nashPct: number | null;
  text: string; // one sentence: the bar for a screen reader (and the print)
}

export interface PackageColumn {
  key: 'outcome' | 'improvement' | 'nash';
  label: string;
}

export interface PackageTable {
  columns: PackageColumn[];
  rows: { issue: string; cells: string[]; changed: boolean[] }[]; // changed: differs from this game's outcome
  values: { party: string; cells: number[] }[];
}

export interface IssueRow {
  issue: string;
  outcome: string;
  statusQuo: string;
  moved: boolean;
  gained: { name: string; points: string }[];
  gaveWay: { name: string; points: string }[];
  wanted: string; // who had this option as their favourite
}

export interface TurningPointRow {
  turn: number; // 1-based
  round: number;
  phase: string;
  kind: TurningPointKind;
  kindLabel: string;
  text: string;
  detail: string | null; // offers: every party's value of it
}

export interface DebriefModel {
  title: string;
  outcome: { kind: Debrief['outcome']['kind']; label: string };
  summary: string[];
  /** One line on how each delegation negotiated this game (its drawn temperament), or null (older games). */
  temperaments: string | null;
  player: { id: PartyId; name: string } | null;
  parties: PartyBar[];
  joint: { value: number; best: number; left: number; valuePct: number; text: string };
  pareto: { optimal: boolean; text: string };
  nash: { text: string; distance: number } | null;
  packages: PackageTable;
  issues: IssueRow[];
  turningPoints: TurningPointRow[];
  /** The same, grouped by phase in game order: the phase is a heading, not repeated on every line. */
  turningGroups: { phase: string; points: TurningPointRow[] }[];
  history: { summary: string[]; points: string[]; game: { issue: string; option: string; moved: boolean }[] } | null;
  dances: { index: number; a: PartyId; b: PartyId; label: string }[];
  playAgain: { party: PartyId; label: string }[];
}

const KIND_LABELS: Record<TurningPointKind, string> = {
  stance: 'Stance',
  offer: 'Offer',
  insist: 'Insists',
  concede: 'Concedes',
  world: 'World',
  deal: 'Deal',
  walkout: 'Walk-out',
  end: 'End',
};

const OUTCOME_LABELS: Record<Debrief['outcome']['kind'], string> = {
  agreement: 'Agreement',
  'no-deal': 'No deal',
  walkout: 'Walk-out',
  unfinished: 'Unfinished',
};

/** A signed number with a real minus sign (a hyphen reads as a dash in running text). */
export function signed(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${-n}`;
  return '0';
}

/** Weighted points (engine unit) as value points with at most one decimal, signed. */
export function gainPoints(weighted: number): string {
  const v = Math.round(weighted / 10) / 10;
  return signed(v);
}

/** Paragraphs of scenario text (split on blank lines), trimmed. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

export function debriefModel(sc: CompiledScenario, d: Debrief): DebriefModel {
  const partyName = (id: PartyId | null) => sc.parties.find((p) => p.id === id)?.name ?? id ?? '';
  const optionLabel = (issue: IssueId, option: string | undefined) => {
    if (option === undefined) return '—';
    return sc.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? option;
  };
  const phaseName = (id: string) => sc.phases.find((p) => p.id === id)?.name ?? id;

  const parties: PartyBar[] = d.parties.map((r) => {
    const you = r.party === d.player;
    const nashText = r.nashValue === null ? '' : `, ${r.nashValue} at the Nash point`;
    return {
      id: r.party,
      name: r.name,
      colour: sc.parties.find((p) => p.id === r.party)?.colour ?? '#8a96a8',
      you,
      consent: d.consent.includes(r.party),
      value: r.value,
      reservation: r.reservation,
      surplus: r.surplus,
      surplusText: signed(r.surplus),
      nashValue: r.nashValue,
      valuePct: percent(r.value),
      reservationPct: percent(r.reservation),
      nashPct: r.nashValue === null ? null : percent(r.nashValue),
      text: `${r.name}${you ? ' (you)' : ''}: ${r.value} against ${r.reservation} with no deal, surplus ${signed(r.surplus)}${nashText}.`,
    };
  });

  const maxJoint = Math.max(1, d.parties.length * 100);
  const joint = {
    value: d.joint.value,
    best: d.joint.best,
    left: d.joint.leftOnTable,
    valuePct: percent(d.joint.value, d.joint.best || maxJoint),
    text:
      d.joint.leftOnTable > 0
        ? `Joint value ${d.joint.value} of a best possible ${d.joint.best}: ${d.joint.leftOnTable} left on the table.`
        : `Joint value ${d.joint.value}: the best possible, nothing left on the table.`,
  };

  const consentNames = d.consent.map(partyName).join(', ');
  const pareto = d.pareto.optimal
    ? {
        optimal: true,
        text: `Pareto-optimal: no other package was at least as good for every party whose consent was needed (${consentNames}) and better for one.`,
      }
    : {
        optimal: false,
        text: `Not Pareto-optimal: the “better for all” package below was at least as good for every party whose consent was needed (${consentNames}), worth ${d.pareto.improvement!.gain} points more between them.`,
      };

  const nash = d.nash
    ? {
        distance: d.nash.distance,
        text:
          d.nash.distance === 0
            ? 'The outcome is the Nash point: the package that maximises the product of every consenting party’s surplus.'
            : `The Nash point (the package that maximises the product of the surpluses) is ${d.nash.distance} points away from this outcome, counted as the sum of each consenting party’s difference.`,
      }
    : null;

  // Outcome, the Pareto improvement and the Nash point side by side, in scenario issue order.
  const columns: PackageColumn[] = [{ key: 'outcome', label: 'This game' }];
  const packs: Package[] = [d.outcome.package];
  const valueCols: Record<PartyId, number>[] = [Object.fromEntries(d.parties.map((p) => [p.party, p.value]))];
  if (d.pareto.improvement) {
    columns.push({ key: 'improvement', label: 'Better for all' });
    packs.push(d.pareto.improvement.package);
    valueCols.push(d.pareto.improvement.values);
  }
  if (d.nash) {
    columns.push({ key: 'nash', label: 'Nash point' });
    packs.push(d.nash.package);
    valueCols.push(d.nash.values);
  }
  const packages: PackageTable = {
    columns,
    rows: sc.issues.map((iss) => ({
      issue: iss.name,
      cells: packs.map((p) => optionLabel(iss.id, p[iss.id])),
      changed: packs.map((p, i) => i > 0 && p[iss.id] !== d.outcome.package[iss.id]),
    })),
    values: d.parties.map((p) => ({ party: p.name, cells: valueCols.map((v) => v[p.party]) })),
  };

  const issues: IssueRow[] = d.issues.map((r) => {
    const fans = Object.entries(r.favourites)
      .filter(([, o]) => o === r.outcome.option)
      .map(([p]) => partyName(p));
    return {
      issue: r.name,
      outcome: r.outcome.label,
      statusQuo: r.statusQuo.label,
      moved: r.moved,
      gained: r.gained.map((p) => ({ name: partyName(p), points: gainPoints(r.gains[p]) })),
      gaveWay: r.gaveWay.map((p) => ({ name: partyName(p), points: gainPoints(r.gains[p]) })),
      wanted: fans.length > 0 ? fans.join(', ') : 'nobody',
    };
  });

  const turningPoints: TurningPointRow[] = d.turningPoints.map((t) => ({
    turn: t.shownAt,
    round: t.round,
    phase: phaseName(t.phase),
    kind: t.kind,
    kindLabel: KIND_LABELS[t.kind] ?? t.kind,
    text: t.text,
    detail: t.values ? `Values: ${sc.parties.map((p) => `${p.name} ${t.values![p.id]}`).join(', ')}` : null,
  }));

  const turningGroups: DebriefModel['turningGroups'] = [];
  for (const t of turningPoints) {
    const last = turningGroups.at(-1);
    if (last && last.phase === t.phase) last.points.push(t);
    else turningGroups.push({ phase: t.phase, points: [t] });
  }

  const history = d.history
    ? {
        summary: paragraphs(d.history.summary),
        points: d.history.points.map((p) => p.trim()).filter((p) => p.length > 0),
        game: sc.issues.map((iss) => ({
          issue: iss.name,
          option: optionLabel(iss.id, d.outcome.package[iss.id]),
          moved: d.outcome.package[iss.id] !== iss.statusQuo,
        })),
      }
    : null;

  const dances = d.dances.map((dn, index) => ({
    index,
    a: dn.a,
    b: dn.b,
    label: d.player ? partyName(dn.b) : `${partyName(dn.a)} and ${partyName(dn.b)}`,
  }));

  const playAgain = sc.parties
    .filter((p) => p.id !== d.player)
    .map((p) => ({ party: p.id, label: `Play again as ${p.name}` }));

  return {
    title: d.scenario.title,
    outcome: { kind: d.outcome.kind, label: OUTCOME_LABELS[d.outcome.kind] ?? d.outcome.kind },
    summary: d.summary,
    temperaments: d.temperaments
      ? `How the delegations negotiated this game: ${d.temperaments.map((t) => `${t.name}, ${t.text}`).join('; ')}.`
      : null,
    player: d.player ? { id: d.player, name: partyName(d.player) } : null,
    parties,
    joint,
    pareto,
    nash,
    packages,
    issues,
    turningPoints,
    turningGroups,
    history,
    dances,
    playAgain,
  };
}
