// A small argv parser for the command line: positionals and --flags, with the usage errors as values.
import { err, ok, type Result } from '../engine/index';

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | true>;
}

/** Parses `--name value`, `--name=value` and bare boolean flags named in `booleans`. */
export function parseArgs(argv: readonly string[], booleans: readonly string[]): Result<ParsedArgs, string> {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (eq >= 0) flags[name] = arg.slice(eq + 1);
    else if (booleans.includes(name)) flags[name] = true;
    else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return err(`--${name} needs a value`);
      flags[name] = next;
      i++;
    }
  }
  return ok({ positionals, flags });
}

/** Rejects flags a command does not know, so a typo is not silently ignored. */
export function checkFlags(args: ParsedArgs, known: readonly string[]): Result<ParsedArgs, string> {
  for (const name of Object.keys(args.flags)) {
    if (!known.includes(name)) return err(`unknown option --${name}`);
  }
  return ok(args);
}

/** The range an integer flag accepts, and what that range is (said in the error). */
export interface IntRange {
  min: number;
  max: number;
  why?: string;
}

/**
 * An integer flag, or the default when absent. With a range, a value outside it (or too long to be an exact
 * integer) is a one-sentence usage error naming the range.
 */
export function intFlag(args: ParsedArgs, name: string, fallback: number, range?: IntRange): Result<number, string> {
  const raw = args.flags[name];
  if (raw === undefined) return ok(fallback);
  if (raw === true || !/^-?\d+$/.test(raw)) return err(`--${name} must be an integer, got '${raw}'`);
  const value = Number(raw);
  if (range && !(Number.isSafeInteger(value) && value >= range.min && value <= range.max)) {
    const n = (x: number) => x.toLocaleString('en-US');
    return err(
      `--${name} must be between ${n(range.min)} and ${n(range.max)}${range.why ? ` (${range.why})` : ''}, got '${raw}'`,
    );
  }
  return ok(value);
}
