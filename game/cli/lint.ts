// `summit lint <scenario> [--json]`: statechart and balance warnings of a valid scenario, one
// "file:line:col: warning: message (hint) [rule]" line each. Exit codes: 0 no warnings, 1 warnings or an
// invalid scenario (its errors are printed as `validate` prints them), 2 usage or IO. With --json, one document
// `{ file, valid, warnings: [...], errors: [...] }` on stdout.
import { readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { formatError, formatWarning, lintScenario } from '../content/index';
import { checkFlags, type ParsedArgs } from './args';
import { EXIT, type Io } from './io';
import { resolveScenarioPath } from './load-scenario';

const USAGE = 'usage: summit lint <scenario> [--json]';

export function lintCommand(args: ParsedArgs, io: Io): number {
  const checked = checkFlags(args, ['json']);
  if (!checked.ok || args.positionals.length !== 1) {
    io.err(checked.ok ? USAGE : `${checked.error}\n${USAGE}`);
    return EXIT.usage;
  }
  const arg = args.positionals[0];
  const path = resolveScenarioPath(arg);
  let text: string;
  try {
    if (!statSync(path).isFile()) {
      io.err(`${arg}: not a file`);
      return EXIT.usage;
    }
    text = readFileSync(path, 'utf8');
  } catch {
    io.err(`${arg}: no such file or scenario id`);
    return EXIT.usage;
  }
  const shown = relative(process.cwd(), path) || path;
  const result = lintScenario(text, shown);
  if (args.flags.json) {
    io.out(
      JSON.stringify(
        result.ok
          ? { file: shown, valid: true, warnings: result.value, errors: [] }
          : { file: shown, valid: false, warnings: [], errors: result.error },
        null,
        2,
      ),
    );
  } else if (!result.ok) {
    for (const e of result.error) io.out(formatError(e));
  } else {
    for (const w of result.value) io.out(formatWarning(w));
    io.err(`${shown}: ${result.value.length === 0 ? 'no warnings' : `${result.value.length} warning(s)`}`);
  }
  return !result.ok || result.value.length > 0 ? EXIT.failed : EXIT.ok;
}
