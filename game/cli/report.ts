// `summit report <replay>... [--csv] [--html FILE] [--scenario FILE]`: the class report. Each argument is a replay
// file or a folder of them (*.summit.json). Every replay is verified and analysed; the report has one row per human
// seat, grouped by scenario, and a summary per party. Output: a table (default), CSV on stdout (--csv), and/or a
// self-contained HTML page written to FILE (--html). A replay that cannot be used is named on stderr and left out;
// the report of the others is still printed. Exit 0 · 1 some replay invalid or diverged · 2 usage or IO.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupReport, reportCsv, reportHtml, reportTable } from '../session/report/index';
import { type LoadedDebrief, loadDebrief } from './analyze-load';
import { checkFlags, type ParsedArgs } from './args';
import { EXIT, type Io } from './io';

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
