// The browser's side of a running game: the scenario files bundled with the game (read through the Vite glob), and
// Continue over them. Loaded lazily (on Play or Continue) so the title screen carries none of the engine, the YAML
// parser or zod. The game itself is the Match (./match), the same in Node.
import { formatError, parseScenario } from '../content/index';
import { type CompiledScenario, err, ok, type Result } from '../engine/index';
import { type ContinueResult, continueMatch } from './match/index';
import type { ScenarioLookup } from './replay-open';
import type { SaveStore } from './save-store';
import { archivedSources, scenarioSources } from './scenario-files';

/**
 * The `file` of a game whose scenario was opened from the player's disk (or a ?scenario= link), not bundled: its
 * save names the file, but the browser cannot read it again on Continue, so Continue says so.
 */
export const OPENED_FILE_PREFIX = 'opened:';

/** Reads and compiles a bundled scenario file; the error is a readable sentence with file:line:column. */
export async function loadScenario(file: string): Promise<Result<CompiledScenario, string>> {
  if (file.startsWith(OPENED_FILE_PREFIX)) {
    const name = file.slice(OPENED_FILE_PREFIX.length);
    return err(
      `it used the scenario file ${name}, opened from your computer, which the game cannot read again; open the file again to start a new game.`,
    );
  }
  const key = Object.keys(scenarioSources).find((path) => path.endsWith(`/${file}`));
  if (key === undefined) return err(`This build has no scenario file ${file}.`);
  let text: string;
  try {
    text = await scenarioSources[key]();
  } catch {
    return err(`The scenario file ${file} could not be loaded.`);
  }
  const parsed = parseScenario(text, file);
  if (!parsed.ok) {
    const first = parsed.error[0];
    return err(first ? formatError(first) : `${file} could not be read.`);
  }
  return ok(parsed.value);
}

/**
 * Finds a bundled scenario's text by its id (a replay names its scenario by id; the file is `<id>.yaml`), or, for a
 * version the game no longer plays by default, its archived copy (`archive/<id>@<version>.yaml`).
 */
export const bundledScenario: ScenarioLookup = async (id, version) => {
  const archived =
    version === undefined
      ? undefined
      : Object.keys(archivedSources).find((path) => path.endsWith(`/${id}@${version}.yaml`));
  if (archived !== undefined) return { text: await archivedSources[archived]!(), file: `${id}@${version}.yaml` };
  const key = Object.keys(scenarioSources).find((path) => path.endsWith(`/${id}.yaml`));
  return key ? { text: await scenarioSources[key](), file: `${id}.yaml` } : null;
};

/** Continue on the title: the saved game as a Match (see continueMatch). */
export function continueGame(saves: SaveStore): Promise<ContinueResult> {
  return continueMatch(saves, loadScenario);
}
