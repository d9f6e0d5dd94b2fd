// The class report as plain text: per scenario a table of the rows and a summary per party (what `summit report`
// prints, and what a class's dashboard shows).
import type { ScenarioGroup } from './rows';

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const show = (v: number | string | null): string => (v === null ? '—' : String(v));

export function reportTable(groups: ScenarioGroup[]): string {
  const out: string[] = [];
  for (const g of groups) {
    out.push(`${g.scenario.title} (${g.scenario.id} ${g.scenario.version}): ${g.rows.length} rows`);
    const head = ['replay', 'party', 'outcome', 'value', 'no deal', 'surplus', 'Pareto gap', 'Nash dist', 'turns'];
    const body = g.rows.map((r) =>
      [
        r.file,
        r.partyName || '(AI only)',
        r.outcome,
        r.value,
        r.reservation,
        r.surplus,
        r.paretoGap,
        r.nashDistance,
        r.turns,
      ].map(show),
    );
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
    for (const row of [head, ...body]) out.push(`  ${row.map((c, i) => pad(c, widths[i])).join('  ')}`.trimEnd());
    out.push('  per party:');
    for (const s of g.summary) {
      out.push(`    ${s.name}: ${s.count} games, ${s.deals} deals (${s.dealRate}%), mean surplus ${s.meanSurplus}`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}
