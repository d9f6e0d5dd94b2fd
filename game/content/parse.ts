// parseScenario: YAML text → checked CompiledScenario, or every error found, as values. The stages run in
// order and stop at the first stage that fails, because later stages assume the earlier ones held (the
// reference checks need typed data; the shape checks need safe data). Nothing escapes as an exception: an
// internal bug becomes a ScenarioError too, so the command line and the browser always have a sentence to show.

import type { CompiledScenario } from '../engine/index';
import { err, fnv1a64, ok, type Result } from '../engine/index';
import { compileScenario } from './compile';
import { type ScenarioError, sortErrors } from './errors';
import { checkLimits } from './limits';
import { checkPreferences } from './preferences';
import { checkReferences, checkUniqueIds } from './references';
import { Reporter } from './reporter';
import { parseSafely } from './safety';
import { indexScenario } from './scenario-index';
import { type ScenarioFile, ScenarioFileSchema } from './schema';
import { schemaErrors } from './schema-errors';
import { checkStatecharts } from './statechart-checks';
import type { PositionIndex } from './yaml-positions';

/** Parse and check the authoring format only (no compile): the data as the author wrote it. */
export function parseScenarioFile(text: string, file: string): Result<ScenarioFile, ScenarioError[]> {
  const read = readScenarioFile(text, file);
  return read.ok ? ok(read.value.data) : read;
}

/**
 * parseScenarioFile with the positions of the YAML nodes it read, so lint can name lines without parsing the
 * text a second time (the YAML parse is most of a check's cost).
 */
export function readScenarioFile(
  text: string,
  file: string,
): Result<{ data: ScenarioFile; positions: PositionIndex }, ScenarioError[]> {
  try {
    if (typeof text !== 'string') return err([internal(file, 'scenario text must be a string')]);
    const safe = parseSafely(text, file);
    if (!safe.ok) return err(sortErrors(safe.error));
    const { doc, positions } = safe.value;
    const data: unknown = doc.toJS({ maxAliasCount: 0 });

    const shape = ScenarioFileSchema.safeParse(data, { reportInput: true });
    if (!shape.success) return err(sortErrors(schemaErrors(shape.error.issues, data, positions, file)));
    const s = shape.data;

    const r = new Reporter(file, positions);
    // Limits first: the later checks, lint and every command assume bounded counts and texts.
    checkLimits(s, r);
    if (r.errors.length) return err(sortErrors(r.errors));
    checkUniqueIds(s, r);
    // Duplicates make every later lookup ambiguous: report them alone.
    if (r.errors.length) return err(sortErrors(r.errors));
    const ix = indexScenario(s);
    checkReferences(s, r, ix);
    checkPreferences(s, r, ix);
    checkStatecharts(s, r, ix);
    if (r.errors.length) return err(sortErrors(r.errors));
    return ok({ data: s, positions });
  } catch (e) {
    return err([
      internal(file, `internal error while reading the scenario: ${e instanceof Error ? e.message : String(e)}`),
    ]);
  }
}

/** Parse, check and compile a scenario file. `file` is only used to label errors. */
export function parseScenario(text: string, file: string): Result<CompiledScenario, ScenarioError[]> {
  const parsed = parseScenarioFile(text, file);
  if (!parsed.ok) return parsed;
  try {
    return ok(compileScenario(parsed.value, fnv1a64(text)));
  } catch (e) {
    return err([
      internal(file, `internal error while compiling the scenario: ${e instanceof Error ? e.message : String(e)}`),
    ]);
  }
}

function internal(file: string, message: string): ScenarioError {
  return {
    file,
    line: 1,
    column: 1,
    path: '',
    message,
    hint: 'this is a bug in Summit, not in the file; please report it',
  };
}
