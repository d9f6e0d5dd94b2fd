// The chair's interventions (a class's instructor injecting a world event, a phase clock running out) through the
// Match: they change the game, enter the log and the replay, and the replay verifies; a replay stripped of them no
// longer does; they are refused under earlier rules and for an event that has already fired.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReplay, parseScenario } from '../../content/index';
import { type CompiledScenario, newGame, verifyReplay } from '../../engine/index';
import { matchFromReplay } from './from-replay';
import { createMatch, openMatch } from './match';

const root = join(import.meta.dirname, '..', '..', '..');
const alaska: CompiledScenario = (() => {
  const parsed = parseScenario(readFileSync(join(root, 'scenarios', 'alaska-2025.yaml'), 'utf8'), 'alaska-2025.yaml');
  if (!parsed.ok) throw new Error('alaska does not parse');
  return parsed.value;
})();
const allAi = Object.fromEntries(alaska.parties.map((p) => [p.id, 'ai' as const]));

describe('the chair', () => {
  it('injects an event and ends a phase; the replay records both and verifies', () => {
    const m = createMatch({ scenario: alaska, file: 'alaska-2025.yaml', seed: 7, seats: allAi, difficulty: 'normal' });
    for (let i = 0; i < 3; i++) m.step();
    const injected = m.chair({ type: 'world.event', event: 'road-to-nowhere' });
    expect(injected.ok).toBe(true);
    expect(m.state().fired).toContain('road-to-nowhere');
    expect(m.state().log.at(-1)).toMatchObject({ kind: 'world', event: 'road-to-nowhere' });
    // An event fires once.
    const again = m.chair({ type: 'world.event', event: 'road-to-nowhere' });
    expect(again.ok ? null : again.error.code).toBe('already-fired');
    for (let i = 0; i < 2; i++) m.step();
    const phase = m.state().phase;
    expect(m.chair({ type: 'phase.end' }).ok).toBe(true);
    expect(m.state().phase).toBe(phase + 1);
    while (m.step()) {}
    const replay = m.replay();
    expect(replay.chair).toEqual([
      { turn: 3, chair: { type: 'world.event', event: 'road-to-nowhere' } },
      { turn: 5, chair: { type: 'phase.end' } },
    ]);
    const read = parseReplay(m.replayFile(), 'x.summit.json');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(verifyReplay(alaska, read.value).ok).toBe(true);
    // Without the interventions the recording no longer plays back.
    expect(verifyReplay(alaska, { ...read.value, chair: undefined }).ok).toBe(false);
    expect(verifyReplay(alaska, { ...read.value, chair: [read.value.chair![0]!] }).ok).toBe(false);
  });

  it('ends the game when the clock runs out in the last phase, and an unfinished game resumes with its interventions', () => {
    const m = createMatch({ scenario: alaska, file: 'alaska-2025.yaml', seed: 3, seats: allAi, difficulty: 'normal' });
    for (let guard = 0; guard < 50 && m.state().outcome === null; guard++) m.chair({ type: 'phase.end' });
    expect(m.state().outcome?.kind).toBe('no-deal');
    expect(verifyReplay(alaska, m.replay()).ok).toBe(true);

    const u = createMatch({ scenario: alaska, file: 'alaska-2025.yaml', seed: 4, seats: allAi, difficulty: 'normal' });
    u.step();
    u.chair({ type: 'world.event', event: 'sanctions-package' });
    u.step();
    u.step();
    const resumed = matchFromReplay(alaska, u.replay(), { file: 'alaska-2025.yaml', difficulty: 'normal' });
    expect(resumed.ok).toBe(true);
    if (resumed.ok) expect(resumed.value.hash()).toBe(u.hash());
  });

  it('is refused under the rules before revision 4', () => {
    const state = newGame(alaska, { seed: 1, seats: allAi, rules: 3 });
    const m = openMatch(
      {
        scenario: alaska,
        file: 'alaska-2025.yaml',
        difficulty: 'normal',
        gameId: 'g',
        state,
        startSeats: allAi,
        reseats: [],
        parent: null,
      },
      null,
    );
    const r = m.chair({ type: 'phase.end' });
    expect(r.ok).toBe(false);
    expect(m.state()).toBe(state);
  });
});
