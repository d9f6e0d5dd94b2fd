// `summit report <replay>... [--csv] [--html FILE] [--scenario FILE]`: the class report. Each argument is a replay
// file or a folder of them (*.summit.json). Every replay is verified and analysed; the report has one row per human
// seat, grouped by scenario, and a summary per party. Output: a table (default), CSV on stdout (--csv), and/or a
// self-contained HTML page written to FILE (--html). A replay that cannot be used is named on stderr and left out;
// the report of the others is still printed. Exit 0 · 1 some replay invalid or diverged · 2 usage or IO.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LoadedDebrief, loadDebrief } from './analyze-load';
import { checkFlags, type ParsedArgs } from './args';
import { EXIT, type Io } from './io';
import { reportCsv } from './report-csv';
import { reportHtml } from './report-html';
import { groupReport, type ScenarioGroup } from './report-rows';

const USAGE = 'usage: summit report <replay or folder>... [--csv] [--html FILE] [--scenario FILE]';

/** Folders expand to their *.summit.json files, sorted, so a class folder gives the same report every time. */
function expand(args: string[]): string[] {
  return args.flatMap((a) => {
    try {
      if (statSync(a).isDirectory()) {
        return readdirSync(a)
          .filter((f) => f.endsWith('.summit.json'))
          .sort()
          .map((f) => join(a, f));
      }
    } catch {
      // Not there: loadDebrief reports it as an IO error.
    }
    return [a];
  });
}

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

export function reportCommand(args: ParsedArgs, io: Io): number {
  const flags = checkFlags(args, ['csv', 'html', 'scenario']);
  const { scenario, html } = args.flags;
  if (!flags.ok || args.positionals.length === 0 || scenario === true || html === true) {
    io.err(flags.ok ? USAGE : `${flags.error}\n${USAGE}`);
    return EXIT.usage;
  }
  let code: number = EXIT.ok;
  const loaded: LoadedDebrief[] = [];
  for (const file of expand(args.positionals)) {
    const l = loadDebrief(file, scenario);
    if (l.ok) loaded.push(l.value);
    else {
      for (const line of l.lines) io.err(line);
      code = Math.max(code, l.code);
    }
  }
  const groups = groupReport(loaded);
  if (html !== undefined) {
    try {
      writeFileSync(html, reportHtml(groups));
    } catch {
      io.err(`${html}: cannot write the report`);
      return EXIT.usage;
    }
  }
  // io.out ends the text with LF, so the CSV's last CRLF loses its LF here and gets it back from io.out.
  if (args.flags.csv === true) io.out(reportCsv(groups).slice(0, -1));
  else if (html === undefined) io.out(reportTable(groups));
  else io.out(`class report of ${loaded.length} replays written to ${html}`);
  return code;
}
