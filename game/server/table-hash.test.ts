// The views' hash pins the whole game like the state hash: equal games give equal hashes whether computed turn by
// turn or from scratch (fresh objects, nothing cached), and any difference in the transcript's wording changes it.

import { describe, expect, it } from 'vitest';
import { type GameState, type LogEntry, playHash } from '../engine/index';
import { createMatch } from '../session/match/index';
import { scenarioShelf } from './scenarios';
import { logChain, tableHash } from './table-hash';

const loaded = scenarioShelf('scenarios').load('alaska-2025.yaml');
if (!loaded.ok) throw new Error(loaded.error);
const sc = loaded.value;

/** Every state of an all-AI game, in order. */
function states(seed: number): GameState[] {
  const seats = Object.fromEntries(sc.parties.map((p) => [p.id, 'ai'] as const));
  const m = createMatch({ scenario: sc, file: 'alaska-2025.yaml', seed, seats, difficulty: 'normal' });
  const out = [m.state()];
  while (m.step()) out.push(m.state());
  return out;
}

const fresh = (s: GameState): GameState => JSON.parse(JSON.stringify(s)) as GameState;

describe('the table hash', () => {
  it('is the same turn by turn as from scratch, and differs from turn to turn', () => {
    const all = states(11);
    const seen = new Set<string>();
    for (const s of all) {
      const h = tableHash(s, playHash(s));
      expect(tableHash(fresh(s), playHash(fresh(s)))).toBe(h);
      seen.add(h);
    }
    expect(seen.size).toBe(all.length);
  });

  it('changes with the wording of any transcript entry, even where the play hash does not', () => {
    const s = fresh(states(12).at(-1)!);
    const before = tableHash(s, playHash(s));
    const said = s.log.findIndex((e) => e.kind !== 'action');
    expect(said).toBeGreaterThanOrEqual(0);
    const log: LogEntry[] = s.log.map((e, i) => (i === said ? ({ ...e, round: e.round + 1 } as LogEntry) : e));
    const edited = { ...s, log };
    expect(playHash(edited)).toBe(playHash(s));
    expect(tableHash(edited, playHash(edited))).not.toBe(before);
  });

  it('chains from where it stopped only for the same entries', () => {
    const a = fresh(states(13).at(-1)!);
    const b = fresh(a);
    expect(logChain(a.log.slice(0, 10))).toBe(logChain(b.log.slice(0, 10)));
    // A log that shares a's last entry object but not the one before it is not read as a's.
    const mixed = [...b.log.slice(0, 9), a.log[9]!];
    b.log[8] = { ...b.log[8]!, turn: b.log[8]!.turn + 100 } as LogEntry;
    const rebuilt = [...b.log.slice(0, 9), a.log[9]!];
    expect(logChain(rebuilt)).not.toBe(logChain(mixed));
    expect(logChain([])).toBe('');
  });
});
