// The per-seat redaction: a seat sees its own secrets and nobody else's; the shapes stay those the view draws.

import { describe, expect, it } from 'vitest';
import { newGame } from '../engine/newgame';
import { playerScenario, playerState } from './player-view';
import { scenarioShelf } from './scenarios';

const loaded = scenarioShelf('scenarios').load('alaska-2025.yaml');
if (!loaded.ok) throw new Error(loaded.error);
const sc = loaded.value;
const seats = Object.fromEntries(sc.parties.map((p) => [p.id, p.id === 'us' ? 'human' : 'ai'] as const));

describe('playerScenario', () => {
  const seen = playerScenario(sc, 'us');
  it("keeps the seat's own brief, values, weights and reservation", () => {
    const us = seen.parties.find((p) => p.id === 'us')!;
    const real = sc.parties.find((p) => p.id === 'us')!;
    expect(us.brief).toBe(real.brief);
    expect(us.values).toEqual(real.values);
    expect(us.weights).toEqual(real.weights);
    expect(us.reservation).toBe(real.reservation);
  });
  it("carries no trace of another party's brief, values, reservation, red lines or statechart", () => {
    const text = JSON.stringify(seen);
    for (const p of sc.parties.filter((x) => x.id !== 'us')) {
      expect(text).not.toContain(p.brief.slice(0, 60));
      for (const issue of Object.keys(p.values)) expect(text).not.toContain(JSON.stringify(p.values[issue]));
      const shown = seen.parties.find((x) => x.id === p.id)!;
      expect(shown.reservation).toBe(0);
      expect(
        Object.values(shown.ai.states).every((s) => s.redLines.length === 0 && Object.keys(s.lines).length === 0),
      ).toBe(true);
      // The faces still show: every stance keeps its mood.
      expect(Object.keys(shown.ai.states)).toEqual(Object.keys(p.ai.states));
    }
  });
  it('gives a spectator no brief at all', () => {
    expect(playerScenario(sc, null).parties.every((p) => p.brief === '')).toBe(true);
  });
});

describe('playerState', () => {
  const s = newGame(sc, { seed: 987654321, seats });
  it('hides the seed, the PRNG, the others’ reservations and the AI’s reasons', () => {
    const withReason = {
      ...s,
      log: [
        ...s.log,
        {
          kind: 'action' as const,
          turn: 0,
          phase: s.log[0]!.phase,
          round: 1,
          party: 'russia',
          action: { type: 'turn.pass' as const, party: 'russia' },
          line: null,
          reason: { summary: 'secret reasoning' } as never,
          broken: [],
          answer: null,
        },
      ],
    };
    const seen = playerState(sc, withReason, 'us');
    expect(seen.seed).toBe(0);
    expect(seen.rng).toBe(0);
    expect(seen.reservation.us).toBe(s.reservation.us);
    expect(seen.reservation.russia).toBe(0);
    expect(JSON.stringify(seen)).not.toContain('secret reasoning');
    expect(JSON.stringify(seen)).not.toContain('987654321');
  });
});
