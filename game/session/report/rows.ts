// The class report's figures: one row per human seat of each replay (an AI-only replay gives one row without a
// party), grouped by scenario (id and version), with a summary per party. The measures, per row:
//   surplus       = the seat's value of the outcome − its reservation at the end of the game
//   pareto gap    = 0 when the outcome is Pareto-optimal for the parties whose consent it needs, else the joint gain
//                   (sum over those parties) of the dominating package with the largest joint gain
//   nash distance = Σ |value − value at the Nash point| over those parties (empty when there is no Nash point)
import type { CompiledScenario, OutcomeKind, PartyId } from '../../engine/index';
import type { LoadedDebrief } from './debrief';

export interface ReportRow {
  file: string;
  party: PartyId | null;
  partyName: string;
  outcome: OutcomeKind | 'unfinished';
  value: number | null;
  reservation: number | null;
  surplus: number | null;
  paretoGap: number;
  nashDistance: number | null;
  turns: number;
  values: Record<PartyId, number>; // every party's value of the outcome (for the class plot)
}

export interface PartySummary {
  party: PartyId;
  name: string;
  count: number;
  deals: number;
  dealRate: number; // percent, rounded
  meanSurplus: number; // one decimal
}

export interface ScenarioGroup {
  key: string; // id@version
  scenario: CompiledScenario;
  rows: ReportRow[];
  summary: PartySummary[];
}

export function rowsOf(l: LoadedDebrief): ReportRow[] {
  const d = l.debrief;
  const values = Object.fromEntries(d.parties.map((p) => [p.party, p.value]));
  const common = {
    file: l.file,
    outcome: d.outcome.kind,
    paretoGap: d.pareto.improvement?.gain ?? 0,
    nashDistance: d.nash?.distance ?? null,
    turns: d.outcome.turns,
    values,
  };
  if (l.humans.length === 0) {
    return [{ ...common, party: null, partyName: '', value: null, reservation: null, surplus: null }];
  }
  return l.humans.map((id) => {
    const p = d.parties.find((x) => x.party === id)!;
    return { ...common, party: id, partyName: p.name, value: p.value, reservation: p.reservation, surplus: p.surplus };
  });
}

function summarise(sc: CompiledScenario, rows: ReportRow[]): PartySummary[] {
  return sc.parties
    .map((p) => {
      const mine = rows.filter((r) => r.party === p.id);
      const deals = mine.filter((r) => r.outcome === 'agreement').length;
      const total = mine.reduce((s, r) => s + (r.surplus ?? 0), 0);
      return {
        party: p.id,
        name: p.name,
        count: mine.length,
        deals,
        dealRate: mine.length ? Math.round((100 * deals) / mine.length) : 0,
        meanSurplus: mine.length ? Math.round((10 * total) / mine.length) / 10 : 0,
      };
    })
    .filter((s) => s.count > 0);
}

/** Groups loaded replays by scenario, in the order each scenario first appears. */
export function groupReport(loaded: LoadedDebrief[]): ScenarioGroup[] {
  const groups = new Map<string, ScenarioGroup>();
  for (const l of loaded) {
    const key = `${l.scenario.id}@${l.scenario.version}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, scenario: l.scenario, rows: [], summary: [] };
      groups.set(key, g);
    }
    g.rows.push(...rowsOf(l));
  }
  for (const g of groups.values()) g.summary = summarise(g.scenario, g.rows);
  return [...groups.values()];
}
