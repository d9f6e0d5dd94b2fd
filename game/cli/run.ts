// Dispatches `summit <command> ...` to one module per command and keeps the contract's exit codes: 0 success,
// 1 invalid input or failed check, 2 usage or IO. `runCli` runs the synchronous commands; `runCliAsync` also the
// asynchronous `chart` (ELK's layout is asynchronous).
import { analyzeCommand } from './analyze';
import { parseArgs } from './args';
import { balanceCommand } from './balance';
import { EXIT, type Io } from './io';
import { lintCommand } from './lint';
import { newCommand } from './new';
import { replayCommand } from './replay';
import { reportCommand } from './report';
import { simulateCommand } from './simulate';
import { terminalIo } from './terminal-text';
import { validateCommand } from './validate';

export const USAGE = `summit — the Summit command line

  summit validate <scenario.yaml>...     check scenario files (0 valid, 1 invalid, 2 usage/IO)
  summit simulate <scenario> [--seed N] [--human <party> --policy ai|random|pushover|hardliner] [--json]
  summit simulate ... --replay-out FILE   also write the game's replay (*.summit.json)
  summit replay verify <file> [--scenario FILE]  play a replay back (0 verified, 1 invalid or diverged)
  summit replay link <file>              print the share link fragment of a replay
  summit analyze <replay> [--json] [--scenario FILE]  debrief figures of one game
  summit report <replay or folder>... [--csv] [--html FILE] [--scenario FILE]  class report
  summit balance <scenario> [--runs N] [--seed N] [--workers N] [--json] [--report FILE.html]
  summit new <id> [--dir scenarios]      write a commented starter scenario (never overwrites: exit 2)
  summit lint <scenario> [--json]        statechart and balance warnings (0 none, 1 warnings, 2 usage/IO)
  summit chart <scenario> [party] --svg FILE  the AI statecharts as an SVG diagram (all parties in one
                                         file without a party; --svg - for stdout; chart --help for more)
  summit loadtest --url http://HOST:PORT [--url …] --rooms R [--scenario ID] [--drops F] [--json]  bots in online rooms

<scenario> is a path or an id under scenarios/ (e.g. alaska-2025).`;

const BOOLEAN_FLAGS = ['json', 'help', 'csv'];

/** Every command, `chart` included (the one entry the `summit` binary calls, loadtest aside). */
export async function runCliAsync(argv: readonly string[], rawIo: Io): Promise<number> {
  if (argv[0] !== 'chart') return runCli(argv, rawIo);
  const io = terminalIo(rawIo);
  const parsed = parseArgs(argv.slice(1), BOOLEAN_FLAGS);
  if (!parsed.ok) {
    io.err(`${parsed.error}\n\n${USAGE}`);
    return EXIT.usage;
  }
  // Loaded only for `chart`: ELK is large, and every other command would pay for parsing it.
  const { chartCommand } = await import('./chart');
  return chartCommand(parsed.value, io);
}

export function runCli(argv: readonly string[], rawIo: Io): number {
  const io = terminalIo(rawIo); // text from files may carry terminal control characters: printed escaped
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === 'help') {
    io.out(USAGE);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const parsed = parseArgs(rest, BOOLEAN_FLAGS);
  if (!parsed.ok) {
    io.err(`${parsed.error}\n\n${USAGE}`);
    return EXIT.usage;
  }
  switch (command) {
    case 'validate':
      return validateCommand(parsed.value, io);
    case 'simulate':
      return simulateCommand(parsed.value, io);
    case 'balance':
      return balanceCommand(parsed.value, io);
    case 'new':
      return newCommand(parsed.value, io);
    case 'lint':
      return lintCommand(parsed.value, io);
    case 'replay':
      return replayCommand(parsed.value, io);
    case 'analyze':
      return analyzeCommand(parsed.value, io);
    case 'report':
      return reportCommand(parsed.value, io);
    case 'chart':
      io.err('summit chart is asynchronous: run it through runCliAsync');
      return EXIT.usage;
    default:
      io.err(`unknown command '${command}'\n\n${USAGE}`);
      return EXIT.usage;
  }
}
