// Scenarios that travel with their games: a game on a scenario the game does not bundle (opened from a file,
// written in the studio) continues from its save, and its replay file and share link play back with no other file;
// a link too large says so while the file still works; a carried scenario that was changed, is invalid or names
// another scenario gets one sentence; a save made on an earlier version of a bundled scenario continues on the
// archived copy of that version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fnv1a64, makeLink, makeReplayFile, parseReplay, parseScenario, starterScenario } from '../content/index';
import { type CompiledScenario, type Replay, type Seat, verifyReplay } from '../engine/index';
import { continueGame, OPENED_FILE_PREFIX, scenarioTextToCarry } from './bundled';
import { scenarioOfReplay } from './carried-scenario';
import { continueMatch, createMatch, type Match, memoryStorage } from './match/index';
import { openReplayLink, openReplayText, type ScenarioLookup } from './replay-open';
import { createSaveStore, PREVIOUS_SAVE_KEY, SAVE_KEY } from './save-store';
import { compileScenarioText } from './scenario-text';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
/** A lookup that knows no scenario at all: whatever opens, opened from what the replay carries. */
const nothing: ScenarioLookup = async () => null;

function compiled(text: string, name: string): CompiledScenario {
  const r = compileScenarioText(text, name);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

const STARTER = starterScenario('my-summit', '../assets/schema/scenario.schema.json', '2026-01-01');

/** A game on a scenario of the player's own, with its first party human, played `humanTurns` human turns on. */
function playOwn(text: string, name: string, saves: ReturnType<typeof createSaveStore> | null, humanTurns = 3) {
  const sc = compiled(text, name);
  const seats: Record<string, Seat> = {};
  for (const [i, p] of sc.parties.entries()) seats[p.id] = i === 0 ? 'human' : 'ai';
  const match = createMatch(
    { scenario: sc, file: `${OPENED_FILE_PREFIX}${name}`, seed: 5, seats, difficulty: 'normal', scenarioText: text },
    saves,
  );
  play(match, humanTurns);
  return match;
}

/** Plays on: AI turns, and each human turn a pass, `humanTurns` times or to the end. */
function play(match: Match, humanTurns: number): void {
  for (let i = 0; i < humanTurns && match.state().outcome === null; i++) {
    match.skip();
    const p = match.toMove();
    if (p === null) break;
    const r = match.act({ type: 'turn.pass', party: p });
    if (!r.ok) throw new Error(r.error.message);
  }
}

function finished(text: string, name: string): Match {
  const match = playOwn(text, name, null, 0);
  play(match, 500);
  expect(match.state().outcome).not.toBeNull();
  return match;
}

describe('a game on a scenario of the player’s own carries it', () => {
  it('its replay carries the text, whose hash is the scenario’s content hash', () => {
    const match = playOwn(STARTER, 'my-summit.yaml', null);
    const replay = match.replay();
    expect(replay.scenarioText).toBe(STARTER);
    expect(fnv1a64(STARTER)).toBe(replay.scenario.contentHash);
  });

  it('a bundled game carries nothing: replays of bundled scenarios are as before', async () => {
    const tutorial = parseScenario(read('scenarios/tutorial.yaml'), 'tutorial.yaml');
    if (!tutorial.ok) throw new Error('tutorial does not parse');
    const seats = Object.fromEntries(tutorial.value.parties.map((p) => [p.id, 'ai' as Seat]));
    const match = createMatch({
      scenario: tutorial.value,
      file: 'tutorial.yaml',
      seed: 1,
      seats,
      difficulty: 'normal',
    });
    expect('scenarioText' in match.replay()).toBe(false);
    // An opened copy identical to a bundled file is not carried either: the game names it, as any bundled game.
    expect(await scenarioTextToCarry(compiled(read('scenarios/tutorial.yaml'), 'tutorial.yaml'))).toBeUndefined();
    expect(await scenarioTextToCarry(compiled(STARTER, 'my-summit.yaml'))).toBe(STARTER);
    const edited = read('scenarios/tutorial.yaml').replace(/^title: .*$/m, 'title: My own tutorial');
    expect(await scenarioTextToCarry(compiled(edited, 'tutorial.yaml'))).toBe(edited);
  });
});

describe('saves of a scenario of the player’s own continue', () => {
  it('Continue resumes the game from the scenario its save carries, at the same state, and it goes on carrying it', async () => {
    const saves = createSaveStore(memoryStorage());
    const match = playOwn(STARTER, 'my-summit.yaml', saves);
    expect(match.state().turn).toBeGreaterThan(0);
    const resumed = await continueGame(saves);
    expect(resumed.ok).toBe(true);
    if (!resumed.ok) return;
    expect(resumed.message).toBeNull();
    expect(resumed.match.hash()).toBe(match.hash());
    expect(resumed.match.file).toBe(`${OPENED_FILE_PREFIX}my-summit.yaml`);
    play(resumed.match, 2);
    expect(resumed.match.replay().scenarioText).toBe(STARTER);
    // And again, from the save the resumed game wrote.
    const again = await continueGame(saves);
    expect(again.ok && again.match.hash()).toBe(resumed.match.hash());
  });

  it('a save of an earlier build, without the scenario, still says the file cannot be read again', async () => {
    const storage = memoryStorage();
    const saves = createSaveStore(storage);
    playOwn(STARTER, 'my-summit.yaml', saves);
    for (const key of [SAVE_KEY, PREVIOUS_SAVE_KEY]) {
      const record = JSON.parse(storage.getItem(key)!);
      delete record.replay.scenarioText;
      storage.setItem(key, JSON.stringify(record));
    }
    const resumed = await continueGame(saves);
    expect(resumed.ok).toBe(false);
    expect(!resumed.ok && resumed.message).toContain('opened from your computer, which the game cannot read again');
  });

  it('a save whose carried scenario was changed does not continue, and says why in a sentence', async () => {
    const storage = memoryStorage();
    const saves = createSaveStore(storage);
    playOwn(STARTER, 'my-summit.yaml', saves);
    for (const key of [SAVE_KEY, PREVIOUS_SAVE_KEY]) {
      const record = JSON.parse(storage.getItem(key)!);
      record.replay.scenarioText = record.replay.scenarioText.replace('reservation: 40', 'reservation: 45');
      storage.setItem(key, JSON.stringify(record));
    }
    const resumed = await continueGame(saves);
    expect(resumed.ok).toBe(false);
    expect(!resumed.ok && resumed.message).toMatch(
      /^The last save is damaged \(the scenario this replay carries has been changed since the game was recorded: its content hash does not match\)\. The previous save is damaged/,
    );
  });
});

describe('a save made on an earlier version of a bundled scenario', () => {
  it('continues on the archived copy of that version', async () => {
    const archivedText = read('scenarios/archive/alaska-2025@1.1.0.yaml');
    const old = parseScenario(archivedText, 'alaska-2025.yaml');
    if (!old.ok) throw new Error('the archived Alaska does not parse');
    const current = parseScenario(read('scenarios/alaska-2025.yaml'), 'alaska-2025.yaml');
    expect(current.ok && current.value.version).not.toBe(old.value.version);
    const saves = createSaveStore(memoryStorage());
    const seats = Object.fromEntries(old.value.parties.map((p, i) => [p.id, (i === 0 ? 'human' : 'ai') as Seat]));
    // Saved by a build whose bundled alaska-2025.yaml was still version 1.1.0: the save names the file, not the text.
    const match = createMatch(
      { scenario: old.value, file: 'alaska-2025.yaml', seed: 3, seats, difficulty: 'hard' },
      saves,
    );
    play(match, 3);
    expect(match.replay().scenarioText).toBeUndefined();
    const resumed = await continueGame(saves);
    expect(resumed.ok).toBe(true);
    if (!resumed.ok) return;
    expect(resumed.match.scenario.version).toBe('1.1.0');
    expect(resumed.match.hash()).toBe(match.hash());
    expect(resumed.match.difficulty).toBe('hard');
  });

  it('without an archived copy, Continue says which version the save needs', async () => {
    const saves = createSaveStore(memoryStorage());
    const text = read('scenarios/tutorial.yaml').replace(/^version: .*$/m, 'version: 0.0.1');
    const sc = parseScenario(text, 'tutorial.yaml');
    if (!sc.ok) throw new Error('does not parse');
    const seats = Object.fromEntries(sc.value.parties.map((p, i) => [p.id, (i === 0 ? 'human' : 'ai') as Seat]));
    play(createMatch({ scenario: sc.value, file: 'tutorial.yaml', seed: 3, seats, difficulty: 'normal' }, saves), 2);
    const resumed = await continueGame(saves);
    expect(resumed.ok).toBe(false);
    expect(!resumed.ok && resumed.message).toMatch(/needs version 0\.0\.1 of 'tutorial'/);
  });

  it('the loader is asked for the version the save was recorded on', async () => {
    const saves = createSaveStore(memoryStorage());
    playOwn(read('scenarios/fixtures/mini.yaml'), 'mini.yaml', saves);
    const storage = saves.candidates()[0]!;
    const record = JSON.parse(storage.text);
    delete record.replay.scenarioText;
    const bare = createSaveStore(memoryStorage());
    bare.write(record);
    const asked: unknown[] = [];
    const mini = parseScenario(read('scenarios/fixtures/mini.yaml'), 'mini.yaml');
    if (!mini.ok) throw new Error('mini does not parse');
    const resumed = await continueMatch(bare, async (file, wanted) => {
      asked.push([file, wanted]);
      return { ok: true, value: mini.value };
    });
    expect(resumed.ok).toBe(true);
    expect(asked).toEqual([[`${OPENED_FILE_PREFIX}mini.yaml`, record.replay.scenario]]);
  });
});

describe('replay files that carry their scenario', () => {
  it('open and play back with no other file, to the recorded final state', async () => {
    const match = finished(STARTER, 'my-summit.yaml');
    const r = await openReplayText(match.replayFile(), 'my-summit.summit.json', nothing);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.scenario.id).toBe('my-summit');
    expect(r.value.steps.at(-1)!.state.turn).toBe(match.state().turn);
    const verified = verifyReplay(r.value.scenario, r.value.replay);
    expect(verified.ok).toBe(true);
  });

  it('the carried scenario wins over a bundled one of the same id, since its hash is the recorded one', async () => {
    const edited = read('scenarios/tutorial.yaml').replace(/^title: .*$/m, 'title: My own tutorial');
    const match = finished(edited, 'tutorial.yaml');
    const lookup: ScenarioLookup = async () => ({ text: read('scenarios/tutorial.yaml'), file: 'tutorial.yaml' });
    const r = await openReplayText(match.replayFile(), 'mine.summit.json', lookup);
    expect(r.ok && r.value.scenario.title).toBe('My own tutorial');
  });

  /** The finished starter game's replay, edited as data. */
  const editedReplay = (() => {
    let replay: Replay | null = null;
    return (edit: (r: Replay) => void): string => {
      replay ??= finished(STARTER, 'my-summit.yaml').replay();
      const copy = JSON.parse(JSON.stringify(replay)) as Replay;
      edit(copy);
      return makeReplayFile(copy);
    };
  })();

  it('a changed scenario text: one sentence, at the field, no stack', async () => {
    const text = editedReplay((r) => {
      r.scenarioText = r.scenarioText!.replace('reservation: 40', 'reservation: 10');
    });
    const r = await openReplayText(text, 'mine.summit.json', nothing);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(
      /^The scenario this replay carries has been changed since the game was recorded: its content hash does not match \(mine\.summit\.json, line \d+, column \d+\)\.$/,
    );
  });

  it('a carried text that is no valid scenario: one sentence naming its line; HTML in it stays text', async () => {
    const bad = 'format: 1\nid: my-summit\nversion: 0.1.0\ntitle: <img src=x onerror=alert(1)>\n';
    const text = editedReplay((r) => {
      r.scenarioText = bad;
      r.scenario.contentHash = fnv1a64(bad);
    });
    const r = await openReplayText(text, 'mine.summit.json', nothing);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(
      /^The scenario this replay carries is not a valid scenario \(my-summit\.yaml:\d+:\d+: .*\)\.$/,
    );
    expect(r.error).not.toMatch(/\n\s+at /);
  });

  it('a carried scenario of another id or version than the replay names: one sentence', async () => {
    const text = editedReplay((r) => {
      r.scenario.version = '9.9.9';
    });
    const r = await openReplayText(text, 'mine.summit.json', nothing);
    expect(!r.ok && r.error).toBe(
      "The scenario this replay carries is 'my-summit' version 0.1.0, but the replay names 'my-summit' version 9.9.9.",
    );
  });

  it('the format-1 fixture (no scenario carried) opens exactly as before', async () => {
    const text = read('scenarios/fixtures/replays/mini-format1.summit.json');
    const parsed = parseReplay(text, 'f.json');
    expect(parsed.ok && parsed.value.scenarioText).toBeUndefined();
    expect(parsed.ok && scenarioOfReplay(parsed.value)).toBeNull();
    const r = await openReplayText(text, 'f.json', async (id) =>
      id === 'mini' ? { text: read('scenarios/fixtures/mini.yaml'), file: 'mini.yaml' } : null,
    );
    expect(r.ok).toBe(true);
  });
});

describe('share links that carry their scenario', () => {
  it('open with no other file, to the same final state', async () => {
    const match = finished(STARTER, 'my-summit.yaml');
    const link = match.link();
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const r = await openReplayLink(`https://example.org/${link.value}`, nothing);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.replay.finalHash).toBe(match.replay().finalHash);
    expect(r.value.steps.at(-1)!.state.turn).toBe(match.state().turn);
  });

  it('a link whose carried scenario was changed: one sentence', async () => {
    const match = finished(STARTER, 'my-summit.yaml');
    const replay = match.replay();
    replay.scenarioText = replay.scenarioText!.replace('reservation: 40', 'reservation: 10');
    const r = await openReplayLink(makeLink(replay), nothing);
    expect(!r.ok && r.error).toBe(
      'This link does not hold a valid replay: the scenario this replay carries has been changed since the game was recorded: its content hash does not match.',
    );
  });

  it('too large for a link: the link says so, and the replay file still plays back', async () => {
    // Alaska as a scenario of the player's own (an edited copy): about 110 kB of YAML, far over a link's length.
    const text = read('scenarios/alaska-2025.yaml').replace(/^title: .*$/m, 'title: Alaska, my way');
    const match = playOwn(text, 'alaska-mine.yaml', null, 2);
    const link = match.link();
    expect(link.ok).toBe(false);
    expect(!link.ok && link.error).toMatch(
      /^This game is too large for a share link because it carries its scenario \(\d+ characters; a link holds 16000\): download the replay file instead, which carries the scenario too\.$/,
    );
    const r = await openReplayText(match.replayFile(), 'alaska-mine.summit.json', nothing);
    expect(r.ok && r.value.scenario.title).toBe('Alaska, my way');
  });
});
