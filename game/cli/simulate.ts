// `summit simulate <scenario> [--seed N] [--human <party> --policy ai|random|pushover|hardliner] [--json]`:
// plays one game headless. The "human" seat is played by the chosen policy; every other party by its AI.
// Without --json it prints a readable transcript; with --json one document on stdout and nothing else there.
import { writeFileSync } from 'node:fs';
import { MAX_SEED, MIN_SEED, makeReplayFile } from '../content/index';
import {
  type CompiledScenario,
  type GameState,
  makeReplay,
  POLICIES,
  type Policy,
  runGame,
  stateHash,
} from '../engine/index';
import { checkFlags, intFlag, type ParsedArgs } from './args';
import { EXIT, type Io } from './io';
import { loadScenarioFile } from './load-scenario';
import { formatTranscript } from './transcript';
import { GAME_VERSION } from './version';

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

export function simulateGame(sc: CompiledScenario, o: SimulateOptions): GameState {
  // The seat is 'human' unless the policy is 'ai': then the party's statechart must keep reacting to events.
  const policies = o.human ? { [o.human]: o.policy } : {};
  return runGame(sc, { seed: o.seed, policies });
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
  const final = simulateGame(sc, opts.value);
  const summary = summarise(sc, final, opts.value);
  const replayOut = args0.flags['replay-out'];
  if (replayOut !== undefined) {
    if (replayOut === true) {
      io.err(`--replay-out needs a file name\n${SIMULATE_USAGE}`);
      return EXIT.usage;
    }
    try {
      writeFileSync(replayOut, makeReplayFile(makeReplay(sc, final, { game: GAME_VERSION })));
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
