// The `summit` command line entry point (npm run -s summit -- <command> ...). No stack trace reaches the user:
// an unexpected failure prints one line and exits 2.
import { EXIT, processIo } from './io';
import { runCli } from './run';
import { terminalText } from './terminal-text';

try {
  process.exitCode = runCli(process.argv.slice(2), processIo);
} catch (e) {
  process.stderr.write(`summit: internal error: ${terminalText(e instanceof Error ? e.message : String(e))}\n`);
  process.exitCode = EXIT.usage;
}
