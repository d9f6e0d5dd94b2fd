// Scenarios that travel with their games. A game played on a scenario the game does not bundle (a file the player
// opened, one written in the studio) carries the scenario's YAML in its replay (`Replay.scenarioText`), so its save
// continues, its replay file plays back with no other file and its share link opens anywhere. This module keeps
// the text each such compiled scenario came from, and compiles the scenario a replay carries.
import { formatError, parseScenario } from '../content/index';
import { type CompiledScenario, err, ok, type Replay, type Result } from '../engine/index';

/** The YAML text each scenario compiled from the player's text came from (a weak map: it goes with the scenario). */
const texts = new WeakMap<CompiledScenario, string>();

/** Remembers the text a scenario was compiled from, so the games played on it can carry it. */
export function rememberScenarioText(sc: CompiledScenario, text: string): void {
  texts.set(sc, text);
}

/** The text a scenario was compiled from, when it came from the player's text (undefined for bundled files). */
export function scenarioTextOf(sc: CompiledScenario): string | undefined {
  return texts.get(sc);
}

/**
 * The scenario a replay carries, compiled; null when it carries none. parseReplay has already checked that the
 * text's hash is the replay's content hash; here it must also be a valid scenario, of the id and version the replay
 * names. Errors are one sentence for the player.
 */
export function scenarioOfReplay(replay: Replay): Result<CompiledScenario, string> | null {
  const text = replay.scenarioText;
  if (text === undefined) return null;
  const { id, version } = replay.scenario;
  const parsed = parseScenario(text, `${id}.yaml`);
  if (!parsed.ok) {
    const first = parsed.error[0];
    return err(`The scenario this replay carries is not a valid scenario${first ? ` (${formatError(first)})` : ''}.`);
  }
  const sc = parsed.value;
  if (sc.id !== id || sc.version !== version) {
    return err(
      `The scenario this replay carries is '${sc.id}' version ${sc.version}, but the replay names '${id}' version ${version}.`,
    );
  }
  rememberScenarioText(sc, text);
  return ok(sc);
}
