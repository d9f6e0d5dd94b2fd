// Opening replays: the fixture opens from a file and from a link, and every kind of bad input a player can hand
// the game gets one clear sentence (never an exception).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeLink, makeReplayFile, parseScenario } from '../content/index';
import { playHash } from '../engine/index';
import { bundledScenario } from './bundled';
import { branchPoint, openReplayLink, openReplayText, replayFileName, type ScenarioLookup } from './replay-open';

const root = join(import.meta.dirname, '..', '..');
const miniText = readFileSync(join(root, 'scenarios/fixtures/mini.yaml'), 'utf8');
const replayText = readFileSync(join(root, 'scenarios/fixtures/replays/mini-format1.summit.json'), 'utf8');
const lookup: ScenarioLookup = async (id) => (id === 'mini' ? { text: miniText, file: 'mini.yaml' } : null);
const mini = () => {
  const r = parseScenario(miniText, 'mini.yaml');
  if (!r.ok) throw new Error('fixture does not parse');
  return r.value;
};

/** The fixture as data, edited by `edit`, back to file text. */
// biome-ignore lint/suspicious/noExplicitAny: the edits deliberately break the replay's types
function edited(edit: (r: Record<string, any>) => void): string {
  const data = JSON.parse(replayText);
  edit(data);
  return JSON.stringify(data, null, 1);
}

async function errorOf(p: Promise<{ ok: boolean; error?: string }>): Promise<string> {
  const r = await p;
  expect(r.ok).toBe(false);
  return (r as { error: string }).error;
}

describe('openReplayText', () => {
  it('opens the format-1 fixture: every step, ending in the recorded final state', async () => {
    const r = await openReplayText(replayText, 'mini.summit.json', lookup);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.scenario.id).toBe('mini');
    expect(r.value.steps.length).toBe(r.value.replay.hashes.length + 1);
    expect(r.value.steps[0]!.turn).toBe(0);
    expect(playHash(r.value.steps.at(-1)!.state)).toBe(r.value.replay.finalHash);
  });

  it('opens the Alaska fixture of rules revision 2 (a frozen copy of the scenario it was recorded with)', async () => {
    const alaskaText = readFileSync(join(root, 'scenarios/archive/alaska-2025@1.1.0.yaml'), 'utf8');
    const text = readFileSync(join(root, 'scenarios/fixtures/replays/alaska-rules2.summit.json'), 'utf8');
    const r = await openReplayText(text, 'alaska.summit.json', async (id) =>
      id === 'alaska-2025' ? { text: alaskaText, file: 'alaska-2025.yaml' } : null,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.replay.rules).toBe(2);
    expect(r.value.steps.length).toBe(r.value.replay.hashes.length + 1);
    expect(playHash(r.value.steps.at(-1)!.state)).toBe(r.value.replay.finalHash);
  });

  it('finds an earlier version of a bundled scenario in the archive, so old replays and links still open', async () => {
    const text = readFileSync(join(root, 'scenarios/fixtures/replays/alaska-rules2.summit.json'), 'utf8');
    const r = await openReplayText(text, 'alaska.summit.json', bundledScenario);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.scenario.version).toBe('1.1.0');
    expect(playHash(r.value.steps.at(-1)!.state)).toBe(r.value.replay.finalHash);
    const link = await openReplayLink(makeLink(r.value.replay), bundledScenario);
    expect(link.ok).toBe(true);
  });

  it('a truncated file', async () => {
    const e = await errorOf(openReplayText(replayText.slice(0, 400), 'game.summit.json', lookup));
    expect(e).toMatch(/^The file ends too early: it looks truncated \(game\.summit\.json, line \d+, column \d+\)\.$/);
  });

  it('invalid JSON', async () => {
    const e = await errorOf(openReplayText(replayText.replace('"seed"', 'seed'), 'g.json', lookup));
    expect(e).toMatch(/^This is not valid JSON \(g\.json, line \d+, column \d+\)\.$/);
  });

  it('another format version', async () => {
    const e = await errorOf(
      openReplayText(
        edited((r) => (r.version = 2)),
        'g.json',
        lookup,
      ),
    );
    expect(e).toMatch(/^Replay version 2 is not supported; this build reads version 1 \(g\.json, line 3, column/);
  });

  it('a replay of another version of the scenario says which version it needs', async () => {
    const e = await errorOf(
      openReplayText(
        edited((r) => (r.scenario.version = '0.9.0')),
        'g.json',
        lookup,
      ),
    );
    expect(e).toBe("This replay needs version 0.9.0 of 'mini'; this game has version 1.0.0.");
  });

  it('the same version with other content', async () => {
    const e = await errorOf(
      openReplayText(
        edited((r) => (r.scenario.contentHash = '0000000000000000')),
        'g.json',
        lookup,
      ),
    );
    expect(e).toBe(
      "This replay needs version 1.0.0 of 'mini' as it was recorded; this game's copy of that version has been changed.",
    );
  });

  it('an unknown scenario', async () => {
    const e = await errorOf(
      openReplayText(
        edited((r) => (r.scenario.id = 'foo')),
        'g.json',
        lookup,
      ),
    );
    expect(e).toBe("This replay is of a scenario this game does not have: 'foo'.");
  });

  it('a catalogue that throws counts as not having the scenario', async () => {
    const e = await errorOf(
      openReplayText(replayText, 'g.json', async () => {
        throw new Error('network');
      }),
    );
    expect(e).toBe("This replay is of a scenario this game does not have: 'mini'.");
  });

  it('a tampered action says at which turn it diverged', async () => {
    const text = edited((r) => {
      r.actions[1].action = { type: 'statement.assure', party: 'south', target: 'north' };
    });
    const e = await errorOf(openReplayText(text, 'g.json', lookup));
    expect(e).toBe('This replay does not match the game: diverged at turn 5.');
  });

  it('a recorded outcome the game does not reach is refused, never shown', async () => {
    const text = edited((r) => {
      r.outcome = { kind: 'agreement', values: { north: 100, south: 100, broker: 100 } };
    });
    const e = await errorOf(openReplayText(text, 'g.json', lookup));
    expect(e).toMatch(/^The replay records a value of 100 for \w+, but the game played back gives \d+\.$/);
  });

  it('an action moved to another turn', async () => {
    const e = await errorOf(
      openReplayText(
        edited((r) => (r.actions[0].turn = 3)),
        'g.json',
        lookup,
      ),
    );
    expect(e).toBe('This replay does not match the game: diverged at turn 2.');
  });

  it('JSON that is no replay', async () => {
    for (const text of ['{"hello": 1}', '[1, 2, 3]', '"summit"', 'null']) {
      const e = await errorOf(openReplayText(text, 'g.json', lookup));
      expect(e).toMatch(/^This JSON is not a Summit replay/);
    }
  });

  it('an empty file', async () => {
    const e = await errorOf(openReplayText('  \n', 'g.json', lookup));
    expect(e).toMatch(/^The file is empty/);
  });

  it('a replay with a wrongly shaped field names the field', async () => {
    const e = await errorOf(
      openReplayText(
        edited((r) => (r.seed = 'two')),
        'g.json',
        lookup,
      ),
    );
    expect(e).toMatch(/^Seed: .*\(g\.json, line \d+, column \d+\)\.$/);
  });

  it('a scenario id that is no slug (HTML, a path) is refused as a field, never looked up', async () => {
    for (const name of ['<img src=x onerror=alert(1)>', 'package.json', '/etc/hostname', '../mini']) {
      const e = await errorOf(
        openReplayText(
          edited((r) => (r.scenario.id = name)),
          'g.json',
          lookup,
        ),
      );
      expect(e).toMatch(
        /^Scenario\.id: a scenario id uses a-z, 0-9 and "-" only.*\(g\.json, line \d+, column \d+\)\.$/,
      );
    }
  });
});

describe('openReplayLink', () => {
  const replay = JSON.parse(replayText);

  it('opens a link made from the fixture (fragment or whole URL)', async () => {
    const link = makeLink(replay);
    for (const input of [link, link.slice(1), `https://summit.example/play${link}`]) {
      const r = await openReplayLink(input, lookup);
      expect(r.ok).toBe(true);
      if (r.ok) expect(playHash(r.value.steps.at(-1)!.state)).toBe(replay.finalHash);
    }
  });

  it('an oversized link', async () => {
    const e = await errorOf(openReplayLink(`#r1.00000000.${'A'.repeat(20_000)}`, lookup));
    expect(e).toMatch(/^This link is too long to be a Summit replay/);
  });

  it('a decompression bomb stops at the cap', async () => {
    const bomb = Buffer.from(deflateSync(new Uint8Array(8 * 1024 * 1024), { level: 9 })).toString('base64url');
    expect(bomb.length).toBeLessThan(16_000);
    const e = await errorOf(openReplayLink(`#r1.00000000.${bomb}`, lookup));
    expect(e).toMatch(/too large to open/);
  });

  it('a link cut off when copied', async () => {
    const link = makeLink(replay);
    const e = await errorOf(openReplayLink(link.slice(0, link.length - 40), lookup));
    expect(e).toMatch(/^This replay link is (damaged|incomplete)/);
  });

  it('a tampered link (edited JSON, checksum kept)', async () => {
    const link = makeLink(replay);
    const other = makeLink({ ...replay, seed: 3 });
    const [, , data] = other.split('.');
    const e = await errorOf(openReplayLink(`${link.split('.').slice(0, 2).join('.')}.${data}`, lookup));
    expect(e).toMatch(/checksum does not match/);
  });

  it('a link whose replay diverges', async () => {
    const tampered = { ...replay, actions: replay.actions.slice(0, 3) };
    const e = await errorOf(openReplayLink(makeLink(tampered), lookup));
    expect(e).toMatch(/^This replay does not match the game: diverged at turn \d+\.$/);
  });

  it('a link of another link version and text that is no link', async () => {
    expect(await errorOf(openReplayLink('#r2.abc.def', lookup))).toMatch(/another version of Summit/);
    expect(await errorOf(openReplayLink('hello', lookup))).toBe('This is not a Summit replay link.');
  });
});

describe('replayFileName', () => {
  const sc = mini();
  const replay = JSON.parse(replayText);

  it('names the scenario, the first human seat and the local date', () => {
    expect(replayFileName(sc, replay, new Date(2025, 7, 15, 23, 30))).toBe('mini-south-2025-08-15.summit.json');
  });

  it("a watched game is 'ai'", () => {
    const watched = { ...replay, seats: { north: 'ai', south: 'ai', broker: 'ai' } };
    expect(replayFileName(sc, watched, new Date(2026, 0, 2))).toBe('mini-ai-2026-01-02.summit.json');
  });

  it('the first human in party order wins', () => {
    const two = { ...replay, seats: { north: 'human', south: 'human', broker: 'ai' } };
    expect(replayFileName(sc, two, new Date(2026, 0, 2))).toBe('mini-north-2026-01-02.summit.json');
  });
});

describe('branchPoint', () => {
  it('gives the state after that turn and names the parent', async () => {
    const r = await openReplayText(makeReplayFile(JSON.parse(replayText)), 'g.json', lookup);
    if (!r.ok) throw new Error(r.error);
    const b = branchPoint(r.value, 7);
    expect(b.state.turn).toBe(7);
    expect(b.parent).toEqual({ finalHash: r.value.replay.finalHash, turn: 7 });
  });
});
