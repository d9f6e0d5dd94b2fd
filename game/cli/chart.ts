// `summit chart <scenario> [party] --svg FILE`: the AI statecharts of a scenario as an SVG diagram, laid out by ELK
// (the same drawing as the game's Statecharts panels). With a party id, that party's chart; without one, every
// party's chart in one SVG, one under the other. `--svg -` writes the SVG on stdout. Exit codes: 0 written,
// 1 invalid scenario (its errors as `validate` prints them, file:line:col), 2 usage (an unknown party among them) or
// IO. Asynchronous: ELK's layout is.
import { writeFileSync } from 'node:fs';
import { allChartsSvg, partyChartSvg } from '../session/chart/index';
import { checkFlags, type ParsedArgs } from './args';
import { EXIT, type Io } from './io';
import { loadScenarioFile } from './load-scenario';

export const CHART_USAGE = `usage: summit chart <scenario> [party] --svg FILE

  Draws the AI statecharts of a scenario as an SVG diagram: every state (demand regions and nested states
  inside their parent), every transition with its event and [guard], the initial states marked by a dot.
  With a party id: that party's chart. Without: every party's chart in one SVG, one under the other.
  --svg FILE   where to write the SVG ('-' for stdout)
Exit codes: 0 written, 1 invalid scenario (file:line:col lines), 2 usage or IO (an unknown party, no --svg).`;

export async function chartCommand(args: ParsedArgs, io: Io): Promise<number> {
  if (args.flags.help) {
    io.out(CHART_USAGE);
    return EXIT.ok;
  }
  const checked = checkFlags(args, ['svg']);
  const svgFlag = args.flags.svg;
  if (!checked.ok || args.positionals.length < 1 || args.positionals.length > 2 || typeof svgFlag !== 'string') {
    const why = !checked.ok ? checked.error : typeof svgFlag !== 'string' ? 'missing --svg FILE' : null;
    io.err(why ? `${why}\n${CHART_USAGE}` : CHART_USAGE);
    return EXIT.usage;
  }
  const [arg, party] = args.positionals as [string, string | undefined];
  const loaded = loadScenarioFile(arg);
  if (!loaded.ok) {
    if (loaded.failure.kind === 'io') {
      io.err(loaded.failure.message);
      return EXIT.usage;
    }
    for (const line of loaded.failure.lines) io.out(line);
    return EXIT.failed;
  }
  const sc = loaded.scenario;
  if (party !== undefined && !sc.parties.some((p) => p.id === party)) {
    io.err(`unknown party '${party}'; this scenario's parties: ${sc.parties.map((p) => p.id).join(', ')}`);
    return EXIT.usage;
  }
  const svg = party === undefined ? await allChartsSvg(sc) : await partyChartSvg(sc, party);
  if (svgFlag === '-') {
    io.out(svg);
    return EXIT.ok;
  }
  try {
    writeFileSync(svgFlag, `${svg}\n`);
  } catch {
    io.err(`${svgFlag}: cannot write the file`);
    return EXIT.usage;
  }
  const what = party === undefined ? `${sc.parties.length} statecharts` : `the statechart of ${party}`;
  io.err(`${svgFlag}: ${what} of ${loaded.path}`);
  return EXIT.ok;
}
