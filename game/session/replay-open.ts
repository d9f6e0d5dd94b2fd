// Opening a replay in the browser: a dropped or picked file, or a share link, becomes the replay, the scenario it
// was played in and every step of its playback — or one sentence that says what is wrong with it. The checks run
// in the order a player can act on: is it a replay at all, does this game have its scenario, the same version of
// it (or does the replay carry its scenario, checked by its hash), and does playing it back give the recorded game. No DOM here: the title screen and the link handler call it,
// and the unit tests feed it every kind of bad input.
import { parseLink, parseReplay, parseScenario, type ScenarioError } from '../content/index';
import type { CompiledScenario } from '../engine/index';
import { err, ok, type PlaybackStep, playReplay, type Replay, type Result } from '../engine/index';
import { scenarioOfReplay } from './carried-scenario';

export type { PlaybackStep, Replay } from '../engine/index';

/** Finds a bundled (or opened) scenario's YAML by id; null when this game has no scenario of that id. */
/** A scenario's text by id; given the version a replay names, the lookup may return that version's archived copy. */
export type ScenarioLookup = (id: string, version?: string) => Promise<{ text: string; file: string } | null>;

export interface OpenedReplay {
  replay: Replay;
  scenario: CompiledScenario;
  /** The start (turn 0) and the state after every turn, checked against the recorded hashes. */
  steps: PlaybackStep[];
}

/** Opens the text of a `*.summit.json` file. `fileName` only labels the error. */
export async function openReplayText(
  text: string,
  fileName: string,
  scenarios: ScenarioLookup,
): Promise<Result<OpenedReplay, string>> {
  const parsed = parseReplay(text, fileName);
  if (!parsed.ok) return err(fileError(fileName, parsed.error[0]!));
  return play(parsed.value, scenarios);
}

/** Opens a share link: the `#r1.…` fragment, with or without '#', or a whole URL that carries one. */
export async function openReplayLink(
  fragmentOrUrl: string,
  scenarios: ScenarioLookup,
): Promise<Result<OpenedReplay, string>> {
  const parsed = parseLink(fragmentOrUrl);
  if (!parsed.ok) return err(parsed.error); // parseLink's errors are already sentences for the player
  return play(parsed.value, scenarios);
}

async function play(replay: Replay, scenarios: ScenarioLookup): Promise<Result<OpenedReplay, string>> {
  // A replay that carries its scenario needs no other file (its hash was checked when it was read).
  const carried = scenarioOfReplay(replay);
  if (carried !== null && !carried.ok) return carried;
  const sc = carried !== null ? carried.value : await lookUp(replay, scenarios);
  if (typeof sc === 'string') return err(sc);
  const steps = playReplay(sc, replay);
  if (!steps.ok) {
    const e = steps.error;
    return err(
      e.code === 'scenario-mismatch' || e.code === 'untrue'
        ? e.message
        : `This replay does not match the game: diverged at turn ${e.turn}.`,
    );
  }
  return ok({ replay, scenario: sc, steps: steps.value });
}

/** The scenario a replay names, found by the lookup (bundled, or archived by version); else why not. */
async function lookUp(replay: Replay, scenarios: ScenarioLookup): Promise<CompiledScenario | string> {
  const { id, version, contentHash } = replay.scenario;
  let source: { text: string; file: string } | null;
  try {
    source = await scenarios(id, version);
  } catch {
    source = null; // a catalogue that fails to load a file has, as far as the player can tell, no such scenario
  }
  if (source === null) return `This replay is of a scenario this game does not have: '${id}'.`;
  const compiled = parseScenario(source.text, source.file);
  if (!compiled.ok) {
    const e = compiled.error[0]!;
    return `This game's copy of the scenario '${id}' could not be read (${e.file}:${e.line}:${e.column}).`;
  }
  const sc = compiled.value;
  if (sc.id !== id) return `This replay is of a scenario this game does not have: '${id}'.`;
  // Checked here rather than left to playReplay, to say it the way a player can act on: which version to get.
  if (sc.version !== version)
    return `This replay needs version ${version} of '${id}'; this game has version ${sc.version}.`;
  if (sc.contentHash !== contentHash) {
    return `This replay needs version ${version} of '${id}' as it was recorded; this game's copy of that version has been changed.`;
  }
  return sc;
}

/** One sentence from the first error of a replay file, keeping its position for whoever wants to look. */
function fileError(fileName: string, e: ScenarioError): string {
  const message = e.message.charAt(0).toUpperCase() + e.message.slice(1);
  return `${message} (${fileName}, line ${e.line}, column ${e.column}).`;
}

/**
 * The name a downloaded replay gets: `<scenario>-<party>-<YYYY-MM-DD>.summit.json`, party being the first human
 * seat in the scenario's party order ('ai' for a game the player watched). The date is the player's local date,
 * because that is the day they will look for. Ids are reduced to file-name-safe characters.
 */
export function replayFileName(sc: CompiledScenario, replay: Replay, date: Date): string {
  const human = sc.parties.find((p) => replay.seats[p.id] === 'human')?.id ?? 'ai';
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${safe(sc.id)}-${safe(human)}-${day}.summit.json`;
}

/** What "play from here" needs: the state after `turn` actions and the parent the branch's replay names. */
export function branchPoint(
  opened: OpenedReplay,
  turn: number,
): { state: PlaybackStep['state']; parent: Replay['parent'] } {
  const step = opened.steps.find((s) => s.turn === turn) ?? opened.steps[opened.steps.length - 1]!;
  return { state: step.state, parent: { finalHash: opened.replay.finalHash, turn: step.turn } };
}

/** A game just played (or any replay this build made) opened for the viewer: every step, checked. */
export function watchMatch(match: { scenario: CompiledScenario; replay(): Replay }): Result<OpenedReplay, string> {
  const replay = match.replay();
  const steps = playReplay(match.scenario, replay);
  if (!steps.ok) return err(`This game's replay does not play back: ${steps.error.message}`);
  return ok({ replay, scenario: match.scenario, steps: steps.value });
}
