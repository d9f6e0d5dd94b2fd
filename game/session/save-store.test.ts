// The autosave slots with a fake storage: a new save pushes the current one to "previous" only when it reads as
// a save, damaged text never pushes out the last good game, storage that throws never stops the game, and
// Continue (continueMatch) falls back to the previous good save with a message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../content/index';
import { ok, playHash } from '../engine/index';
import { continueMatch, createMatch } from './match/index';
import {
  createSaveStore,
  FAILED_SAVE_KEY,
  PREVIOUS_SAVE_KEY,
  readSaveRecord,
  SAVE_FORMAT,
  SAVE_KEY,
  type SaveRecord,
  type SaveStorage,
} from './save-store';

/** A Map-backed Storage; `failing` makes every call throw (private mode, quota, blocked cookies). */
function fakeStorage(failing = false): SaveStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  const guard = () => {
    if (failing) throw new Error('storage is blocked');
  };
  return {
    map,
    getItem(k) {
      guard();
      return map.get(k) ?? null;
    },
    setItem(k, v) {
      guard();
      map.set(k, v);
    },
    removeItem(k) {
      guard();
      map.delete(k);
    },
  };
}

const record = (n: number): SaveRecord => ({
  format: SAVE_FORMAT,
  version: 1,
  file: 'alaska-2025.yaml',
  difficulty: 'normal',
  replay: { turn: n },
});

describe('readSaveRecord', () => {
  it('reads our saves and defaults a missing difficulty', () => {
    expect(readSaveRecord(JSON.stringify(record(1)))).toEqual(record(1));
    const { difficulty: _, ...noDifficulty } = record(2);
    expect(readSaveRecord(JSON.stringify(noDifficulty))?.difficulty).toBe('normal');
  });
  it('rejects garbage, other JSON and other formats without throwing', () => {
    for (const text of [
      '',
      'not json {{{',
      '{"format":"summit-save","replay": garbage',
      'null',
      '[]',
      '"summit"',
      JSON.stringify({ ...record(1), format: 'other' }),
      JSON.stringify({ ...record(1), version: 2 }),
      JSON.stringify({ ...record(1), file: 3 }),
      JSON.stringify({ ...record(1), replay: null }),
    ]) {
      expect(readSaveRecord(text), text).toBeNull();
    }
  });
});

describe('createSaveStore', () => {
  it('keeps the current save and the one before it, newest first', () => {
    const storage = fakeStorage();
    const saves = createSaveStore(storage);
    expect(saves.hasSave()).toBe(false);
    expect(saves.candidates()).toEqual([]);
    saves.write(record(1));
    expect(saves.candidates().map((c) => c.slot)).toEqual(['current']);
    saves.write(record(2));
    saves.write(record(3));
    expect(saves.candidates().map((c) => [c.slot, readSaveRecord(c.text)?.replay])).toEqual([
      ['current', { turn: 3 }],
      ['previous', { turn: 2 }],
    ]);
    expect(saves.hasSave()).toBe(true);
  });

  it('a damaged current save never pushes out the previous good one', () => {
    const storage = fakeStorage();
    const saves = createSaveStore(storage);
    saves.write(record(1));
    saves.write(record(2));
    storage.map.set(SAVE_KEY, '{"format":"summit-save", garbage');
    saves.write(record(3));
    expect(readSaveRecord(storage.map.get(PREVIOUS_SAVE_KEY)!)?.replay).toEqual({ turn: 1 });
    expect(readSaveRecord(storage.map.get(SAVE_KEY)!)?.replay).toEqual({ turn: 3 });
  });

  it('offers the damaged current save first and the previous good one after it', () => {
    const storage = fakeStorage();
    const saves = createSaveStore(storage);
    saves.write(record(1));
    saves.write(record(2));
    storage.map.set(SAVE_KEY, 'garbage');
    const [first, second] = saves.candidates();
    expect(first).toEqual({ slot: 'current', text: 'garbage' });
    expect(readSaveRecord(first!.text)).toBeNull();
    expect(second!.slot).toBe('previous');
    expect(readSaveRecord(second!.text)?.replay).toEqual({ turn: 1 });
  });

  it('clear forgets both slots', () => {
    const saves = createSaveStore(fakeStorage());
    saves.write(record(1));
    saves.write(record(2));
    saves.clear();
    expect(saves.hasSave()).toBe(false);
  });

  it('storage that throws, or none at all, is a game without saves, never an exception', () => {
    for (const saves of [createSaveStore(fakeStorage(true)), createSaveStore(null)]) {
      expect(() => saves.write(record(1))).not.toThrow();
      expect(saves.candidates()).toEqual([]);
      expect(saves.hasSave()).toBe(false);
      expect(() => saves.clear()).not.toThrow();
    }
  });
});

describe('a write that fails', () => {
  /** Storage that refuses values longer than `limit` characters, like a full localStorage refuses a big save. */
  function fullFor(limit: number) {
    const storage = fakeStorage();
    const set = storage.setItem;
    storage.setItem = (k, v) => {
      if (v.length > limit) {
        const e = new Error('full');
        e.name = 'QuotaExceededError';
        throw e;
      }
      set(k, v);
    };
    return storage;
  }
  const game = (n: number, gameId: string): SaveRecord => ({
    ...record(n),
    gameId,
    turn: n,
    replay: { pad: 'x'.repeat(300) },
  });

  it('says why, and leaves a marker naming the game and turn that could not be saved', () => {
    const storage = fullFor(200);
    const saves = createSaveStore(storage);
    expect(saves.write(game(4, 'g1'))).toEqual({
      ok: false,
      message: "This game could not be saved: the browser's storage for this site is full.",
    });
    expect(saves.lastFailure()).toEqual({ gameId: 'g1', file: 'alaska-2025.yaml', turn: 4 });
    expect(saves.hasSave()).toBe(false);
  });

  it('the next good write takes the marker away; so does clear', () => {
    const storage = fakeStorage();
    const saves = createSaveStore(storage);
    storage.map.set(FAILED_SAVE_KEY, JSON.stringify({ gameId: 'g1', file: 'a.yaml', turn: 3 }));
    expect(saves.lastFailure()?.turn).toBe(3);
    expect(saves.write(game(5, 'g1'))).toEqual({ ok: true });
    expect(saves.lastFailure()).toBeNull();
    storage.map.set(FAILED_SAVE_KEY, JSON.stringify({ gameId: 'g1', file: 'a.yaml', turn: 3 }));
    saves.clear();
    expect(saves.lastFailure()).toBeNull();
  });

  it('when not even the marker fits: drops the previous slot, then another game in the current slot', () => {
    const storage = fakeStorage();
    const saves = createSaveStore(storage);
    saves.write(game(1, 'older'));
    saves.write(game(2, 'older'));
    // Now nothing more fits at all, until something is removed.
    const set = storage.setItem;
    let room = 0;
    storage.setItem = (k, v) => {
      if (room <= 0) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      room--;
      set(k, v);
    };
    const remove = storage.removeItem;
    storage.removeItem = (k) => {
      if (storage.map.has(k)) room++;
      remove(k);
    };
    expect(saves.write(game(0, 'newer')).ok).toBe(false);
    // The previous slot made room for the marker; the older game is still the current save, and Continue will say so.
    expect(storage.map.has(PREVIOUS_SAVE_KEY)).toBe(false);
    expect(readSaveRecord(storage.map.get(SAVE_KEY)!)?.gameId).toBe('older');
    expect(saves.lastFailure()?.gameId).toBe('newer');
    // With no previous slot left to drop and no room, the other game's save goes rather than pass for this one.
    storage.map.delete(FAILED_SAVE_KEY);
    room = 0;
    expect(saves.write(game(1, 'newer')).ok).toBe(false);
    expect(storage.map.has(SAVE_KEY)).toBe(false);
    expect(saves.lastFailure()?.gameId).toBe('newer');
  });

  it('no storage at all is said, not swallowed', () => {
    expect(createSaveStore(null).write(record(1))).toEqual({
      ok: false,
      message: 'This game cannot be saved: this browser offers no storage.',
    });
  });
});

describe('continueGame', () => {
  const root = join(import.meta.dirname, '..', '..');
  const parsed = parseScenario(readFileSync(join(root, 'scenarios/tutorial.yaml'), 'utf8'), 'tutorial.yaml');
  if (!parsed.ok) throw new Error('tutorial.yaml does not parse');
  const sc = parsed.value;
  const continueGame = (saves: ReturnType<typeof createSaveStore>) => continueMatch(saves, async () => ok(sc));

  /** A tutorial game with the first party human, played a few turns (every AI turn, human passes). */
  function played(storage: SaveStorage) {
    const saves = createSaveStore(storage);
    const seats = Object.fromEntries(sc.parties.map((p, i) => [p.id, i === 0 ? 'human' : 'ai'] as const));
    const game = createMatch({ file: 'tutorial.yaml', scenario: sc, seats, seed: 7, difficulty: 'easy' }, saves);
    const human = sc.parties[0]!.id;
    for (let humanTurns = 0; humanTurns < 3; ) {
      if (game.step()) continue;
      if (game.toMove() !== human) break;
      expect(game.act({ type: 'turn.pass', party: human }).ok).toBe(true);
      humanTurns++;
    }
    return { saves, game };
  }

  it('resumes the saved game at the same state', async () => {
    const storage = fakeStorage();
    const { saves, game } = played(storage);
    const r = await continueGame(saves);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.message).toBeNull();
    expect(r.match.hash()).toBe(game.hash());
    expect(r.match.difficulty).toBe('easy');
  });

  it('a damaged current save falls back to the previous good one, with a message', async () => {
    const storage = fakeStorage();
    const { saves } = played(storage);
    const previous = readSaveRecord(storage.map.get(PREVIOUS_SAVE_KEY)!)!;
    storage.map.set(SAVE_KEY, '{"format":"summit-save","replay": garbage');
    const r = await continueGame(saves);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.message).toBe('The last save is damaged (not a readable save). Resumed from the previous save.');
    expect(playHash(r.match.state())).toBe((previous.replay as { finalHash: string }).finalHash);
  });

  it('a save that reads but does not play back also falls back', async () => {
    const storage = fakeStorage();
    const { saves } = played(storage);
    const current = JSON.parse(storage.map.get(SAVE_KEY)!);
    current.replay.finalHash = '0000000000000000';
    storage.map.set(SAVE_KEY, JSON.stringify(current));
    const r = await continueGame(saves);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.message).toMatch(/^The last save .*Resumed from the previous save\.$/);
  });

  it('nothing usable: a message, never an exception', async () => {
    const storage = fakeStorage();
    storage.map.set(SAVE_KEY, 'garbage');
    const r = await continueGame(createSaveStore(storage));
    expect(r).toEqual({
      ok: false,
      message: 'The last save is damaged (not a readable save). No saved game could be resumed.',
    });
    expect(await continueGame(createSaveStore(fakeStorage()))).toEqual({
      ok: false,
      message: 'There is no saved game.',
    });
  });
});
