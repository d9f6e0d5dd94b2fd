// Continue: the autosave played back into a Match. The current save is tried first, then the previous good one;
// a save that does not play back is reported, never thrown. When the latest autosave could not be written
// (storage full), the game found is older than the one last played — Continue says so instead of resuming it
// without a word. A game on a scenario of the player's own continues from the scenario its save carries; a save
// made on an earlier version of a bundled scenario continues on that version's archived copy.
import { parseReplay } from '../../content/index';
import type { CompiledScenario, Replay, Result } from '../../engine/index';
import { scenarioOfReplay } from '../carried-scenario';
import { type FailedSave, readSaveRecord, type SaveRecord, type SaveStore } from '../save-store';
import { matchFromReplay } from './from-replay';
import type { Difficulty, Match } from './types';

export type ContinueResult = { ok: true; match: Match; message: string | null } | { ok: false; message: string };

/**
 * Compiles a scenario file a save names (bundled files in the browser; the file system in Node). `wanted` is the
 * scenario the saved replay was recorded on: when the file is now a later version, the loader returns the archived
 * copy of the wanted version if it has one.
 */
export type ScenarioLoader = (file: string, wanted?: Replay['scenario']) => Promise<Result<CompiledScenario, string>>;

export async function continueMatch(saves: SaveStore, load: ScenarioLoader): Promise<ContinueResult> {
  const problems: string[] = [];
  const failed = saves.lastFailure();
  for (const stored of saves.candidates()) {
    const label = stored.slot === 'current' ? 'The last save' : 'The previous save';
    const record = readSaveRecord(stored.text);
    if (record === null) {
      problems.push(`${label} is damaged (not a readable save).`);
      continue;
    }
    const replay = parseReplay(JSON.stringify(record.replay), 'save');
    if (!replay.ok) {
      problems.push(`${label} is damaged (${replay.error[0]?.message ?? 'not a replay'}).`);
      continue;
    }
    // A game on a scenario of the player's own carries it; a bundled one is loaded (its archived version if need be).
    const sc = scenarioOfReplay(replay.value) ?? (await load(record.file, replay.value.scenario));
    if (!sc.ok) {
      problems.push(`${label} cannot be opened: ${sc.error}`);
      continue;
    }
    const difficulty: Difficulty =
      record.difficulty === 'easy' || record.difficulty === 'hard' ? record.difficulty : 'normal';
    const match = matchFromReplay(sc.value, replay.value, {
      file: record.file,
      difficulty,
      save: saves,
      gameId: record.gameId,
    });
    if (!match.ok) {
      problems.push(`${label} does not play back: ${match.error}`);
      continue;
    }
    const notes = [...problems];
    if (problems.length > 0) notes.push('Resumed from the previous save.');
    const stale = staleNote(failed, record, match.value.state().turn);
    if (stale) notes.push(stale);
    return { ok: true, match: match.value, message: notes.length > 0 ? notes.join(' ') : null };
  }
  const lost = failed !== null ? ' The last game you played could not be saved: the browser’s storage was full.' : '';
  return {
    ok: false,
    message:
      problems.length > 0
        ? `${problems.join(' ')} No saved game could be resumed.${lost}`
        : `There is no saved game.${lost}`,
  };
}

/** What to tell the player when the save found is not the latest state of the game last played. */
export function staleNote(failed: FailedSave | null, record: SaveRecord, turn: number): string | null {
  if (failed === null) return null;
  if (failed.gameId === null || record.gameId !== failed.gameId) {
    return 'The game you played last could not be saved (the browser’s storage was full): this is an older game, saved before it.';
  }
  if (failed.turn !== null && failed.turn > turn) {
    return `The last turns of this game could not be saved (the browser’s storage was full): it goes on from turn ${turn + 1}, not turn ${failed.turn + 1}.`;
  }
  return null;
}
