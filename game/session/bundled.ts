// The browser's side of a running game: the scenario files bundled with the game (read through the Vite glob), and
// Continue over them. Loaded lazily (on Play or Continue) so the title screen carries none of the engine, the YAML
// parser or zod. The game itself is the Match (./match), the same in Node.
import { formatError, parseScenario } from '../content/index';
import { type CompiledScenario, err, fnv1a64, ok, type Replay, type Result } from '../engine/index';
import { scenarioTextOf } from './carried-scenario';
import { type ContinueResult, continueMatch } from './match/index';
import type { ScenarioLookup } from './replay-open';
import type { SaveStore } from './save-store';
import { archivedSources, scenarioSources } from './scenario-files';

/**
 * The `file` of a game whose scenario was opened from the player's disk (or a ?scenario= link, or the studio), not
 * bundled. Its save carries the scenario's text, so Continue plays it back from that; a save of an earlier build,
 * which carries none, only names the file, which the browser cannot read again, and Continue says so.
 */
export const OPENED_FILE_PREFIX = 'opened:';

/**
 * Reads and compiles a bundled scenario file; the error is a readable sentence with file:line:column. Given the
 * scenario a saved game was recorded on, a file that has since changed gives way to the archived copy of that
 * version (`archive/<id>@<version>.yaml`), so the save continues exactly.
 */
export async function loadScenario(
  file: string,
  wanted?: Replay['scenario'],
): Promise<Result<CompiledScenario, string>> {
  const current = await loadBundledFile(file);
  if (!current.ok || wanted === undefined) return current;
  const sc = current.value;
  if (sc.id !== wanted.id || (sc.version === wanted.version && sc.contentHash === wanted.contentHash)) return current;
  const archived = await archivedScenario(wanted);
  return archived ?? current; // no archived copy: the replay's check then says which version it needs
}

/** The archived copy of a version of a bundled scenario, compiled, when the build has it with that very content. */
async function archivedScenario(wanted: Replay['scenario']): Promise<Result<CompiledScenario, string> | null> {
  const key = Object.keys(archivedSources).find((path) => path.endsWith(`/${wanted.id}@${wanted.version}.yaml`));
  if (key === undefined) return null;
  const name = `${wanted.id}@${wanted.version}.yaml`;
  let text: string;
  try {
    text = await archivedSources[key]!();
  } catch {
    return err(`The scenario file ${name} could not be loaded.`);
  }
  const parsed = parseScenario(text, name);
  if (!parsed.ok) {
    const first = parsed.error[0];
    return err(first ? formatError(first) : `${name} could not be read.`);
  }
  return parsed.value.contentHash === wanted.contentHash ? ok(parsed.value) : null;
}

async function loadBundledFile(file: string): Promise<Result<CompiledScenario, string>> {
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

/**
 * The text a game on this scenario must carry in its replays and saves: the player's own text, unless a bundled or
 * archived copy of the same id and version has the very same content (then the game names it, as any bundled game).
 */
export async function scenarioTextToCarry(sc: CompiledScenario): Promise<string | undefined> {
  const text = scenarioTextOf(sc);
  if (text === undefined) return undefined;
  try {
    const bundled = await bundledScenario(sc.id, sc.version);
    if (bundled !== null && fnv1a64(bundled.text) === sc.contentHash) return undefined;
  } catch {
    // a bundled file that fails to load: carry the text, which always works
  }
  return text;
}

/** Continue on the title: the saved game as a Match (see continueMatch). */
export function continueGame(saves: SaveStore): Promise<ContinueResult> {
  return continueMatch(saves, loadScenario);
}
