// The Match in Node, through its API alone: a whole hot-seat Alaska game (two humans, two AI) whose replay verifies
// and whose file and link read back; a broken rule comes back as a value; skip stops at the next human; changes of
// seats (mid-game, and a branch of a branch) are all recorded and play back; a failing save port is an event.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLink, parseReplay, parseScenario } from '../../content/index';
import {
  type Action,
  type CompiledScenario,
  choosePolicyAction,
  makeReplay,
  type PartyId,
  playHash,
  reseatsOf,
  seedState,
  stateHash,
  verifyReplay,
} from '../../engine/index';
import { createSaveStore } from '../save-store';
import { continueMatch } from './continue';
import { matchFromReplay } from './from-replay';
import { createMatch } from './match';
import { memoryStorage } from './memory-storage';
import type { Match, MatchEvent, SavePort } from './types';

const root = join(import.meta.dirname, '..', '..', '..');
function scenario(file: string): CompiledScenario {
  const parsed = parseScenario(readFileSync(join(root, 'scenarios', file), 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.value;
}
const alaska = scenario('alaska-2025.yaml');
const tutorial = scenario('tutorial.yaml');

/** Seats with these parties human and the rest AI. */
const seatsFor = (sc: CompiledScenario, humans: PartyId[]) =>
  Object.fromEntries(sc.parties.map((p) => [p.id, humans.includes(p.id) ? 'human' : 'ai'] as const));

/**
 * Plays the humans' turns with a seeded random policy (legal actions of every kind) and the AI's with step(), up
 * to `maxTurns` or the end. Only the Match's API moves the game.
 */
function playOn(match: Match, rngSeed: number, maxTurns = Number.POSITIVE_INFINITY): void {
  let rng = seedState(rngSeed);
  while (match.toMove() !== null && match.state().turn < maxTurns) {
    if (match.step()) continue;
    const p = match.toMove()!;
    const choice = choosePolicyAction('random', match.scenario, match.state(), p, rng);
    rng = choice.rng;
    const r = match.act(choice.action);
    if (!r.ok) expect(match.act({ type: 'turn.pass', party: p }).ok).toBe(true);
  }
}

describe('a whole hot-seat Alaska game through the Match', () => {
  const events: MatchEvent[] = [];
  const storage = memoryStorage();
  const saves = createSaveStore(storage);
  const match = createMatch(
    {
      scenario: alaska,
      file: 'alaska-2025.yaml',
      seed: 11,
      seats: seatsFor(alaska, ['us', 'ukraine']),
      difficulty: 'normal',
    },
    saves,
  );
  match.subscribe((e) => events.push(e));
  playOn(match, 5);

  it('ends, with both humans and both AI having played', () => {
    expect(match.toMove()).toBeNull();
    expect(match.state().outcome).not.toBeNull();
    const turns = events.filter((e) => e.type === 'turn');
    expect(turns.length).toBe(match.state().turn);
    for (const p of ['us', 'ukraine']) expect(turns.some((t) => t.party === p && t.by === 'human')).toBe(true);
    for (const p of ['russia', 'europe']) expect(turns.some((t) => t.party === p && t.by === 'ai')).toBe(true);
    expect(turns.every((t) => t.by === match.state().seats[t.party])).toBe(true);
    expect(events.filter((e) => e.type === 'end')).toHaveLength(1);
    expect(events.at(-1)?.type).toBe('end');
    expect(events.some((e) => e.type === 'offer')).toBe(true);
    expect(events.some((e) => e.type === 'stance')).toBe(true);
    expect(events.filter((e) => e.type === 'phase').length).toBeGreaterThan(0);
  });

  it('its replay verifies to the very same state', () => {
    const replay = match.replay();
    expect(replay.actions.length).toBeGreaterThan(0);
    expect(replay.game).toMatch(/^summit-\d+\.\d+\.\d+/);
    const v = verifyReplay(alaska, replay);
    expect(v.ok).toBe(true);
    if (v.ok) expect(stateHash(v.value)).toBe(match.hash());
  });

  it('its replay file and its link read back as the same replay', () => {
    const replay = match.replay();
    const file = parseReplay(match.replayFile(), 'game.summit.json');
    expect(file.ok && file.value).toEqual(replay);
    const link = match.link();
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const back = parseLink(link.value);
    expect(back.ok && back.value).toEqual(replay);
    expect(match.replayFileName(new Date(2025, 7, 15))).toBe('alaska-2025-us-2025-08-15.summit.json');
  });

  it('the autosave is the finished game', () => {
    const saved = JSON.parse(storage.map.get('summit.save.v1')!);
    expect(saved.gameId).toBe(match.gameId);
    expect(saved.replay.finalHash).toBe(playHash(match.state()));
  });
});

describe('intents', () => {
  const start = () =>
    createMatch({
      scenario: tutorial,
      file: 'tutorial.yaml',
      seed: 3,
      seats: seatsFor(tutorial, []),
      difficulty: 'easy',
    });

  it('a broken rule comes back as a value and changes nothing', () => {
    const sc = tutorial;
    const human = sc.parties[1]!.id;
    const match = createMatch({
      scenario: sc,
      file: 'tutorial.yaml',
      seed: 3,
      seats: seatsFor(sc, [human]),
      difficulty: 'normal',
    });
    match.skip();
    const before = match.hash();
    // An AI seat's party cannot be played by a human.
    const ai = sc.parties.find((p) => p.id !== human)!.id;
    const notYours = match.act({ type: 'turn.pass', party: ai });
    expect(notYours).toEqual({ ok: false, error: expect.objectContaining({ code: 'not-your-turn' }) });
    // Accepting with nothing on the table, or a package that settles nothing, breaks the rules.
    const bad: Action = { type: 'offer.propose', party: human, package: {} };
    const r = match.act(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/\S/);
    expect(match.hash()).toBe(before);
    expect(match.act({ type: 'turn.pass', party: human }).ok).toBe(true);
    expect(match.hash()).not.toBe(before);
  });

  it('step plays one AI turn; skip plays up to the next human turn', () => {
    const sc = tutorial;
    const human = sc.parties[0]!.id;
    const match = createMatch({
      scenario: sc,
      file: 'tutorial.yaml',
      seed: 4,
      seats: seatsFor(sc, [human]),
      difficulty: 'normal',
    });
    playOn(match, 1, 3);
    match.act({ type: 'turn.pass', party: match.toMove()! });
    expect(match.aiToMove()).toBe(true);
    const t = match.state().turn;
    expect(match.step()).toBe(true);
    expect(match.state().turn).toBe(t + 1);
    const played = match.skip();
    expect(played).toBeGreaterThanOrEqual(0);
    expect(match.state().turn).toBe(t + 1 + played);
    expect(match.toMove() === null || match.toMove() === human).toBe(true);
    expect(match.step()).toBe(false);
    expect(match.skip()).toBe(0);
  });

  it('an AI-only game can be watched to its end', () => {
    const match = start();
    const played = match.skip();
    expect(match.toMove()).toBeNull();
    expect(played).toBe(match.state().turn);
    expect(verifyReplay(tutorial, match.replay()).ok).toBe(true);
  });
});

describe('changes of seats', () => {
  it('a reseat in the middle of a game is recorded and plays back', () => {
    const match = createMatch({
      scenario: alaska,
      file: 'alaska-2025.yaml',
      seed: 2,
      seats: seatsFor(alaska, ['russia']),
      difficulty: 'normal',
    });
    const seen: MatchEvent[] = [];
    match.subscribe((e) => seen.push(e));
    playOn(match, 9, 12);
    // The player leaves: an AI takes Russia's seat; later Europe is taken over by a player.
    match.reseat({ russia: 'ai' });
    expect(seen.at(-1)).toEqual({ type: 'reseat', turn: match.state().turn, seats: seatsFor(alaska, []) });
    playOn(match, 9, 30);
    match.reseat({ europe: 'human' });
    // Saved right at the change of seats: Continue resumes with the new seats.
    const here = matchFromReplay(alaska, match.replay(), { file: 'alaska-2025.yaml', difficulty: 'normal' });
    expect(here.ok && here.value.hash()).toBe(match.hash());
    playOn(match, 10);
    const replay = match.replay();
    expect(replay.reseats?.map((r) => r.turn)).toEqual([12, 30]);
    expect(replay.seats).toEqual(seatsFor(alaska, ['russia']));
    const v = verifyReplay(alaska, replay);
    expect(v.ok).toBe(true);
    if (v.ok) expect(stateHash(v.value)).toBe(match.hash());
  });

  it('a branch of a branch keeps both reseats, names its parent, and verifies', () => {
    const first = createMatch({
      scenario: alaska,
      file: 'alaska-2025.yaml',
      seed: 6,
      seats: seatsFor(alaska, []),
      difficulty: 'hard',
    });
    first.skip();
    const branch = first.branch(10, ['us']);
    expect(branch.state().turn).toBe(10);
    expect(branch.replay().parent).toEqual({ finalHash: first.replay().finalHash, turn: 10 });
    playOn(branch, 3, 25);
    const second = branch.branch(20, ['europe', 'ukraine']);
    expect(second.difficulty).toBe('hard');
    expect(second.humans()).toEqual(['ukraine', 'europe']);
    playOn(second, 4);
    const replay = second.replay();
    expect(reseatsOf(replay)).toEqual([
      { turn: 10, seats: seatsFor(alaska, ['us']) },
      { turn: 20, seats: seatsFor(alaska, ['ukraine', 'europe']) },
    ]);
    expect(replay.parent?.turn).toBe(20);
    // The us player's moves of the first branch (turns 10–19) are in the second branch's record too.
    expect(replay.actions.some((a) => a.action.party === 'us' && a.turn < 20)).toBe(true);
    const v = verifyReplay(alaska, replay);
    expect(v.ok).toBe(true);
    if (v.ok) expect(stateHash(v.value)).toBe(second.hash());
    const file = parseReplay(second.replayFile(), 'b.summit.json');
    expect(file.ok && verifyReplay(alaska, file.value).ok).toBe(true);
  });
});

describe('autosave', () => {
  it('a failing save port is a saveFailed event with its message, and the game goes on', () => {
    const failing: SavePort = { write: () => ({ ok: false, message: 'The disk is full.' }) };
    const seen: MatchEvent[] = [];
    const match = createMatch(
      {
        scenario: tutorial,
        file: 'tutorial.yaml',
        seed: 1,
        seats: seatsFor(tutorial, [tutorial.parties[0]!.id]),
        difficulty: 'normal',
      },
      failing,
    );
    match.subscribe((e) => seen.push(e));
    match.skip();
    expect(match.act({ type: 'turn.pass', party: match.toMove()! }).ok).toBe(true);
    expect(seen.filter((e) => e.type === 'saveFailed')).toContainEqual({
      type: 'saveFailed',
      message: 'The disk is full.',
    });
    expect(match.save()).toEqual({ ok: false, message: 'The disk is full.' });
  });

  it('storage full: the store says so, and Continue says the save it finds is of an older game', async () => {
    const storage = memoryStorage(60_000);
    const saves = createSaveStore(storage);
    const seats = seatsFor(alaska, ['us']);
    const older = createMatch(
      { scenario: alaska, file: 'alaska-2025.yaml', seed: 1, seats, difficulty: 'normal' },
      saves,
    );
    playOn(older, 1, 8);
    // Fill the storage to its quota with someone else's data (big blocks, then single characters).
    for (const size of [1000, 1]) {
      for (let i = 0; ; i++) {
        try {
          storage.setItem(`other.${size}.${i}`, 'x'.repeat(size));
        } catch {
          break;
        }
      }
    }
    const latest = createMatch(
      { scenario: alaska, file: 'alaska-2025.yaml', seed: 2, seats, difficulty: 'normal' },
      saves,
    );
    // The first save is written as the Match is made: its outcome is there to read.
    expect(latest.saveStatus()).toEqual({
      ok: false,
      message: "This game could not be saved: the browser's storage for this site is full.",
    });
    expect(saves.lastFailure()?.gameId).toBe(latest.gameId);
    const resumed = await continueMatch(saves, async () => ({ ok: true, value: alaska }));
    expect(resumed.ok).toBe(true);
    if (!resumed.ok) return;
    expect(resumed.match.hash()).not.toBe(latest.hash());
    expect(resumed.message).toMatch(/could not be saved .*older game/);
  });

  it('storage full in the same game: Continue says from which turn it goes on', async () => {
    const storage = memoryStorage();
    const saves = createSaveStore(storage);
    const match = createMatch(
      { scenario: alaska, file: 'alaska-2025.yaml', seed: 4, seats: seatsFor(alaska, ['us']), difficulty: 'normal' },
      saves,
    );
    playOn(match, 1, 6);
    expect(match.save()).toEqual({ ok: true });
    const savedAt = match.state().turn;
    // From now on nothing more fits.
    const full = storage.setItem;
    storage.setItem = (key, value) => {
      if (value.length < 200) return full(key, value); // the small failure marker still fits
      const e = new Error('quota');
      e.name = 'QuotaExceededError';
      throw e;
    };
    playOn(match, 1, 20);
    storage.setItem = full;
    expect(saves.lastFailure()).toEqual({ gameId: match.gameId, file: 'alaska-2025.yaml', turn: match.state().turn });
    const resumed = await continueMatch(saves, async () => ({ ok: true, value: alaska }));
    expect(resumed.ok && resumed.match.state().turn).toBe(savedAt);
    expect(resumed.ok && resumed.message).toBe(
      `The last turns of this game could not be saved (the browser’s storage was full): it goes on from turn ${savedAt + 1}, not turn ${match.state().turn + 1}.`,
    );
    // The next good write clears the marker.
    if (resumed.ok) resumed.match.save();
    expect(saves.lastFailure()).toBeNull();
  });
});

describe('replays of earlier builds', () => {
  it('a branch recorded with the single `reseat` field resumes, and goes on with the list', () => {
    const first = createMatch({
      scenario: tutorial,
      file: 'tutorial.yaml',
      seed: 8,
      seats: seatsFor(tutorial, []),
      difficulty: 'normal',
    });
    first.skip();
    const human = tutorial.parties[0]!.id;
    const branch = first.branch(4, [human]);
    playOn(branch, 2, 9);
    branch.skip(); // at rest: a human to move (verifyReplay would play on through AI turns)
    const { reseats, ...rest } = branch.replay();
    const old = { ...rest, reseat: reseats![0]! };
    expect(verifyReplay(tutorial, old).ok).toBe(true);
    const resumed = matchFromReplay(tutorial, old, { file: 'tutorial.yaml', difficulty: 'normal' });
    expect(resumed.ok).toBe(true);
    if (!resumed.ok) return;
    expect(resumed.value.hash()).toBe(branch.hash());
    playOn(resumed.value, 2);
    const now = resumed.value.replay();
    expect(now.reseat).toBeUndefined();
    expect(now.reseats).toEqual([{ turn: 4, seats: seatsFor(tutorial, [human]) }]);
    expect(verifyReplay(tutorial, now).ok).toBe(true);
  });
});

describe("the replay's hashes, recorded as the game is played", () => {
  /** The replay as a play-back makes it (makeReplay given no hashes): what the Match's must equal. */
  const playedBack = (m: Match) => {
    const r = m.replay();
    return makeReplay(m.scenario, m.state(), {
      game: r.game,
      parent: r.parent,
      reseats: r.reseats ? { startSeats: r.seats, changes: r.reseats } : null,
      chair: r.chair ?? [],
    });
  };

  it('are those a play-back collects: humans and AI, changes of seats, the chair, unfinished and finished', () => {
    const m = createMatch({
      scenario: alaska,
      file: 'alaska-2025.yaml',
      seed: 21,
      seats: seatsFor(alaska, ['us', 'russia']),
      difficulty: 'normal',
    });
    playOn(m, 3, 6);
    m.reseat({ russia: 'ai', europe: 'human' });
    expect(m.chair({ type: 'world.event', event: 'road-to-nowhere' }).ok).toBe(true);
    playOn(m, 4, 14);
    expect(m.replay().hashes).toHaveLength(m.state().turn);
    expect(m.replay()).toEqual(playedBack(m));
    expect(verifyReplay(alaska, m.replay()).ok).toBe(true);
    expect(m.chair({ type: 'phase.end' }).ok).toBe(true);
    playOn(m, 5);
    expect(m.state().outcome).not.toBeNull();
    expect(m.replay()).toEqual(playedBack(m));
    expect(verifyReplay(alaska, m.replay()).ok).toBe(true);
  });

  it('are played back for a game resumed past its first turn (the Match did not see them all)', () => {
    const m = createMatch({
      scenario: alaska,
      file: 'alaska-2025.yaml',
      seed: 8,
      seats: seatsFor(alaska, ['us']),
      difficulty: 'normal',
    });
    playOn(m, 2, 10);
    const resumed = matchFromReplay(alaska, m.replay(), { file: 'alaska-2025.yaml', difficulty: 'normal' });
    expect(resumed.ok).toBe(true);
    if (!resumed.ok) return;
    playOn(resumed.value, 2);
    expect(resumed.value.replay()).toEqual(playedBack(resumed.value));
    expect(verifyReplay(alaska, resumed.value.replay()).ok).toBe(true);
  });
});
