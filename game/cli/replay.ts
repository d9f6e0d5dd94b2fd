// `summit replay verify <file>` (0 verified · 1 invalid or diverged, saying where) and
// `summit replay link <file>` (prints the share link fragment, or says why the game is too large for one). The
// scenario is the one the replay carries, else found by the replay's id under scenarios/, or given with --scenario.
import { shareLink } from '../content/index';
import { stateHash, verifyReplay } from '../engine/index';
import type { ParsedArgs } from './args';
import { EXIT, type Io } from './io';
import { loadReplayFile, readReplayFile } from './load-replay';

const USAGE =
  'usage: summit replay verify <file.summit.json> [--scenario FILE] | summit replay link <file.summit.json>';

export function replayCommand(args: ParsedArgs, io: Io): number {
  const [sub, file, ...extra] = args.positionals;
  if (
    (sub !== 'verify' && sub !== 'link') ||
    file === undefined ||
    extra.length > 0 ||
    Object.keys(args.flags).some((f) => f !== 'scenario')
  ) {
    io.err(USAGE);
    return EXIT.usage;
  }
  if (sub === 'link') {
    const read = readReplayFile(file);
    if (!read.ok) {
      for (const line of read.lines) (read.code === 2 ? io.err : io.out)(line);
      return read.code;
    }
    const link = shareLink(read.replay);
    if (!link.ok) {
      io.out(`${file}: ${link.error}`);
      return EXIT.failed;
    }
    io.out(link.value);
    return EXIT.ok;
  }
  const scenarioFlag = args.flags.scenario;
  const loaded = loadReplayFile(file, typeof scenarioFlag === 'string' ? scenarioFlag : undefined);
  if (!loaded.ok) {
    for (const line of loaded.lines) (loaded.code === 2 ? io.err : io.out)(line);
    return loaded.code;
  }
  const { replay, scenario } = loaded;
  const verified = verifyReplay(scenario, replay);
  if (!verified.ok) {
    io.out(`${file}: ${verified.error.message}`);
    return EXIT.failed;
  }
  const s = verified.value;
  const outcome = s.outcome ? s.outcome.kind : 'unfinished';
  io.out(
    `${file}: verified — ${scenario.id} ${scenario.version}, seed ${replay.seed}, ${s.turn} turns, ${outcome}, state ${stateHash(s)}`,
  );
  return EXIT.ok;
}
