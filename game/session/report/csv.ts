// The class report as CSV: one record per row of every scenario group, with a header. Fields are quoted as RFC 4180
// asks (a field holding a comma, a double quote or a line break is wrapped in quotes, its quotes doubled); records
// end with CRLF. Empty fields stand for "no value" (no human seat, no Nash point).
import type { ScenarioGroup } from './rows';

export const CSV_HEADER = [
  'file',
  'scenario',
  'version',
  'party',
  'outcome',
  'value',
  'reservation',
  'surplus',
  'pareto_gap',
  'nash_distance',
  'turns',
] as const;

export function csvField(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function reportCsv(groups: ScenarioGroup[]): string {
  const records = [CSV_HEADER.join(',')];
  for (const g of groups) {
    for (const r of g.rows) {
      records.push(
        [
          r.file,
          g.scenario.id,
          g.scenario.version,
          r.party,
          r.outcome,
          r.value,
          r.reservation,
          r.surplus,
          r.paretoGap,
          r.nashDistance,
          r.turns,
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return records.map((r) => `${r}\r\n`).join('');
}
