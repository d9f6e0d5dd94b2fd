// `summit validate <scenario.yaml>...`: 0 when every file is valid, 1 when any is invalid (one
// "file:line:col: message" line per error), 2 for usage or IO errors.
import type { ParsedArgs } from './args';
import { EXIT, type Io } from './io';
import { loadScenarioFile } from './load-scenario';

export function validateCommand(args: ParsedArgs, io: Io): number {
  if (args.positionals.length === 0) {
    io.err('usage: summit validate <scenario.yaml>...');
    return EXIT.usage;
  }
  let code: number = EXIT.ok;
  for (const file of args.positionals) {
    const loaded = loadScenarioFile(file);
    if (loaded.ok) {
      io.out(`${loaded.path}: valid (${loaded.scenario.id} ${loaded.scenario.version})`);
    } else if (loaded.failure.kind === 'io') {
      io.err(loaded.failure.message);
      code = EXIT.usage;
    } else {
      for (const line of loaded.failure.lines) io.out(line);
      if (code === EXIT.ok) code = EXIT.failed;
    }
  }
  return code;
}
