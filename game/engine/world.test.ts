import { describe, expect, it } from 'vitest';
import { humanGame, pass, play } from './fixtures/kit';
import { mini } from './fixtures/mini';
import { newGame } from './newgame';
import { speaker } from './rules';
import type { CompiledScenario } from './scenario';
import type { GameState } from './state';

const passUntil = (s0: GameState, done: (s: GameState) => boolean, sc: CompiledScenario = mini) => {
  let s = s0;
  while (!s.outcome && !done(s)) s = play(s, [pass(speaker(sc, s)!)], sc);
  return s;
};

describe('world events', () => {
  it('fires the scheduled event at the start of its round, once, with its effects', () => {
    const s = passUntil(humanGame(), (x) => x.phase === 1 && x.round === 2);
    expect(s.fired).toContain('crisis');
    expect(s.gauges.pressure).toBe(70);
    expect(s.trust.north!.south).toBe(40);
    const entry = s.log.find((e) => e.kind === 'world' && e.event === 'crisis')!;
    expect(entry.kind).toBe('world');
    expect(entry.round).toBe(2);
    const later = passUntil(s, (x) => x.outcome !== null);
    expect(later.fired.filter((id) => id === 'crisis')).toHaveLength(1);
  });
  it('rolls the chance event with the game PRNG: same seed, same fate; some seeds fire it, some do not', () => {
    // The leak (50 %) rolls at the start of every round until it fires, the first roll when the game begins.
    const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
    const firstRoll = seeds.map((seed) => humanGame(seed).fired.includes('leak'));
    expect(firstRoll).toContain(true);
    expect(firstRoll).toContain(false);
    expect(seeds.map((seed) => humanGame(seed).fired.includes('leak'))).toEqual(firstRoll);
    // Rarer (10 %), it may never fire in a whole game: some seeds see it, some never do.
    const rare = structuredClone(mini);
    rare.events[1]!.chance = { percent: 10, phases: ['talks', 'summit'] };
    const fate = (seed: number, sc = mini) => passUntil(humanGame(seed, sc), (x) => x.outcome !== null, sc);
    const everFired = seeds.map((seed) => fate(seed, rare).fired.includes('leak'));
    expect(everFired).toContain(true);
    expect(everFired).toContain(false);
    const withLeak = seeds.find((seed) => fate(seed).fired.includes('leak'))!;
    const s = fate(withLeak);
    expect(s.reservation.south).toBe(30);
    expect(s.control.east).toBe(50);
  });
  it('never fires a chance event outside its phases, and 100 % fires at the first roll', () => {
    const sc = structuredClone(mini);
    sc.events[1]!.chance = { percent: 100, phases: ['summit'] };
    const s0 = humanGame(1, sc);
    expect(s0.fired).toEqual([]);
    let s = s0;
    while (s.phase === 0) s = play(s, [pass(speaker(sc, s)!)], sc);
    expect(s.fired).toEqual(['leak']);
  });
  it('clamps effects to 0–100', () => {
    const sc = structuredClone(mini);
    sc.events[0]!.at = { phase: 'talks', round: 1 };
    sc.events[0]!.effects = [{ type: 'gauge', params: { gauge: 'pressure', delta: 500 } }];
    expect(humanGame(1, sc).gauges.pressure).toBe(100);
  });
  it('reaches the statecharts as world.<id>', () => {
    // North (AI) moves to bargaining on world.crisis when pressure ≥ 60.
    let s = newGame(mini, { seed: 1, seats: { north: 'ai', south: 'human', broker: 'human' } });
    s = play(s, [
      { type: 'offer.propose', party: 'north', package: { trade: 'partial' } },
      { type: 'offer.accept', party: 'broker' },
    ]);
    s = passUntil(s, (x) => x.fired.includes('crisis'));
    expect(s.ai.north!.value).toBe('bargaining');
    expect(s.ai.north!.cause).toBe('world.crisis');
    expect(s.reservation.north).toBe(30);
    expect(s.log.some((e) => e.kind === 'stance' && e.party === 'north' && e.to === 'bargaining')).toBe(true);
  });
});
