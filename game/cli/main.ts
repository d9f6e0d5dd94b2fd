// The `summit` command line entry point (npm run -s summit -- <command> ...). No stack trace reaches the user:
// an unexpected failure prints one line and exits 2; output piped into a command that stops reading (`| head -1`)
// ends the command quietly.
import { EXIT, endQuietlyOnClosedPipe, processIo } from './io';
import { runCliAsync } from './run';
import { terminalText } from './terminal-text';

async function runLoadtestCommand(argv: string[]) {
  const { runLoadtest } = await import('./loadtest');
  const code = await runLoadtest(argv, processIo).catch((e) => {
    processIo.err(`summit loadtest: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.usage;
  });
  process.exit(code);
}

const internalError = (e: unknown): void => {
  process.stderr.write(`summit: internal error: ${terminalText(e instanceof Error ? e.message : String(e))}\n`);
  process.exitCode = EXIT.usage;
};

endQuietlyOnClosedPipe(
  [process.stdout, process.stderr],
  (code) => process.exit(code),
  (line) => process.stderr.write(`${line}\n`),
);

try {
  // loadtest runs real WebSockets and exits when its rooms are done; the others (chart is asynchronous) set the code.
  if (process.argv[2] === 'loadtest') void runLoadtestCommand(process.argv.slice(3));
  else
    runCliAsync(process.argv.slice(2), processIo).then((code) => {
      process.exitCode = code;
    }, internalError);
} catch (e) {
  internalError(e);
}
