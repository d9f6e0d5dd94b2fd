// `summit simulate <scenario> [--seed N] [--human <party> --policy ai|random|pushover|hardliner] [--json]`:
// plays one game headless, through the same Match the browser's table drives (game/session/match): the "human"
// seat's moves are chosen by the policy and sent as a player's intents, every other party is played by its AI
// with match.step(). Without --json it prints a readable transcript; with --json one document on stdout and
// nothing else there. (`balance` and the benchmarks keep the engine's runGame, which plays the very same game on a
// private copy without Immer, several times faster; a test holds that both end in the same state.)
import { writeFileSync } from 'node:fs';
import { MAX_SEED, MIN_SEED } from '../content/index';
import {
  type CompiledScenario,
  choosePolicyAction,
  type GameState,
  POLICIES,
  type Policy,
  seedState,
  stateHash,
} from '../engine/index';
import { createMatch, type Match } from '../session/match/index';
import { checkFlags, intFlag, type ParsedArgs } from './args';
import { EXIT, type Io } from './io';
import { loadScenarioFile } from './load-scenario';
import { formatTranscript } from './transcript';

export const SIMULATE_USAGE =
  'usage: summit simulate <scenario> [--seed N] [--human <party> --policy ai|random|pushover|hardliner] [--json] [--replay-out FILE]';

export interface SimulateSummary {
  scenario: string;
  scenarioVersion: string;
  seed: number;
  human: string | null;
  policy: Policy | null;
  outcome: 'agreement' | 'no-deal' | 'walkout';
  walkedOutBy: string | null;
  package: Record<string, string>;
  values: Record<string, number>;
  reservations: Record<string, number>;
  surplus: Record<string, number>;
  turns: number;
  stateHash: string;
}

export interface SimulateOptions {
  seed: number;
  human: string | null;
  policy: Policy;
}

/**
 * Plays the game through a Match. The policy's choices come from its own PRNG (seeded as runGame seeds it), so the
 * game is the one runGame plays; a choice the rules refuse becomes a pass, as there.
 */
export function simulateMatch(sc: CompiledScenario, o: SimulateOptions): Match {
  // The seat is 'human' unless the policy is 'ai': then the party's statechart must keep reacting to events.
  const seats = Object.fromEntries(
    sc.parties.map((p) => [p.id, p.id === o.human && o.policy !== 'ai' ? 'human' : 'ai'] as const),
  );
  const match = createMatch({ scenario: sc, file: `${sc.id}.yaml`, seed: o.seed, seats, difficulty: 'normal' });
  let rng = seedState(o.seed ^ 0x5bd1e995);
  while (match.toMove() !== null) {
    if (match.step()) continue;
    const p = match.toMove()!;
    const choice = choosePolicyAction(o.policy, sc, match.state(), p, rng);
    rng = choice.rng;
    if (!match.act(choice.action).ok) match.act({ type: 'turn.pass', party: p });
  }
  return match;
}

export function simulateGame(sc: CompiledScenario, o: SimulateOptions): GameState {
  return simulateMatch(sc, o).state();
}

export function summarise(sc: CompiledScenario, s: GameState, o: SimulateOptions): SimulateSummary {
  const outcome = s.outcome!;
  const surplus: Record<string, number> = {};
  for (const p of sc.parties) surplus[p.id] = outcome.values[p.id] - outcome.reservations[p.id];
  return {
    scenario: sc.id,
    scenarioVersion: sc.version,
    seed: o.seed,
    human: o.human,
    policy: o.human ? o.policy : null,
    outcome: outcome.kind,
    walkedOutBy: outcome.by,
    package: outcome.package,
    values: outcome.values,
    reservations: outcome.reservations,
    surplus,
    turns: s.turn,
    stateHash: stateHash(s),
  };
}

export function parseSimulateOptions(
  sc: CompiledScenario,
  args: ParsedArgs,
): { ok: true; value: SimulateOptions } | { ok: false; error: string } {
  const seed = intFlag(args, 'seed', 1, { min: MIN_SEED, max: MAX_SEED, why: 'the seeds a replay records' });
  if (!seed.ok) return seed;
  const human = args.flags.human;
  const policy = args.flags.policy ?? 'ai';
  if (human === true || policy === true) return { ok: false, error: '--human and --policy need a value' };
  if (human !== undefined && !sc.parties.some((p) => p.id === human)) {
    return {
      ok: false,
      error: `unknown party '${human}'; this scenario's parties: ${sc.parties.map((p) => p.id).join(', ')}`,
    };
  }
  if (!(POLICIES as readonly string[]).includes(policy)) {
    return { ok: false, error: `unknown policy '${policy}'; use one of ${POLICIES.join(', ')}` };
  }
  if (args.flags.policy !== undefined && human === undefined)
    return { ok: false, error: '--policy needs --human <party>' };
  return { ok: true, value: { seed: seed.value, human: human ?? null, policy: policy as Policy } };
}

export function simulateCommand(args0: ParsedArgs, io: Io): number {
  const checked = checkFlags(args0, ['seed', 'human', 'policy', 'json', 'replay-out']);
  if (!checked.ok || args0.positionals.length !== 1) {
    io.err(checked.ok ? SIMULATE_USAGE : `${checked.error}\n${SIMULATE_USAGE}`);
    return EXIT.usage;
  }
  const loaded = loadScenarioFile(args0.positionals[0]);
  if (!loaded.ok) {
    if (loaded.failure.kind === 'io') io.err(loaded.failure.message);
    else for (const line of loaded.failure.lines) io.err(line);
    return loaded.failure.kind === 'io' ? EXIT.usage : EXIT.failed;
  }
  const sc = loaded.scenario;
  const opts = parseSimulateOptions(sc, args0);
  if (!opts.ok) {
    io.err(`${opts.error}\n${SIMULATE_USAGE}`);
    return EXIT.usage;
  }
  const match = simulateMatch(sc, opts.value);
  const final = match.state();
  const summary = summarise(sc, final, opts.value);
  const replayOut = args0.flags['replay-out'];
  if (replayOut !== undefined) {
    if (replayOut === true) {
      io.err(`--replay-out needs a file name\n${SIMULATE_USAGE}`);
      return EXIT.usage;
    }
    try {
      writeFileSync(replayOut, match.replayFile());
    } catch {
      io.err(`cannot write the replay to ${replayOut}`);
      return EXIT.usage;
    }
  }
  if (args0.flags.json) {
    io.out(JSON.stringify(summary, null, 2));
    return EXIT.ok;
  }
  io.out(
    `${sc.title} — seed ${summary.seed}${summary.human ? `, ${summary.human} played by policy '${summary.policy}'` : ', all AI'}`,
  );
  for (const line of formatTranscript(sc, final)) io.out(line);
  io.out('');
  io.out(
    `Outcome: ${summary.outcome}${summary.walkedOutBy ? ` (${summary.walkedOutBy} walked out)` : ''} after ${summary.turns} turns`,
  );
  for (const p of sc.parties) {
    io.out(
      `  ${p.name.padEnd(24)} value ${String(summary.values[p.id]).padStart(3)}  no-deal ${String(summary.reservations[p.id]).padStart(3)}  surplus ${String(summary.surplus[p.id]).padStart(4)}`,
    );
  }
  io.out(`State hash: ${summary.stateHash}`);
  return EXIT.ok;
}
