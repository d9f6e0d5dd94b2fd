// The debrief on spaces small enough to check by hand (a two-party, two-issue scenario whose six packages are listed
// below), and its turning points on games of the mini fixture.
import { describe, expect, it } from 'vitest';
import { analyzeGame } from './debrief';
import { humanGame, pass, play } from './fixtures/kit';
import { mini } from './fixtures/mini';
import { causeWords } from './log-sentences';
import { newGame } from './newgame';
import { runGame } from './play';
import type { CompiledScenario, Party } from './scenario';

// Two parties, two issues. Values (A, B) of the six packages, all exact (no rounding):
//   x0 y0 (0, 20)  ·  x0 y1 (20, 100)  ·  x0 y2 (50, 36)  ·  x1 y0 (50, 12)  ·  x1 y1 (70, 92)  ·  x1 y2 (100, 28)
// Reservations A 30, B 20. ZOPA (both strictly above): x0y2, x1y1, x1y2 → 3 packages, best joint x1y1 (162).
// Nash products: x0y2 20×16 = 320, x1y1 40×72 = 2880, x1y2 70×8 = 560 → Nash point x1y1.
// Pareto frontier (A ascending): (20,100), (70,92), (100,28).
function tiny(): CompiledScenario {
  const party = (id: string, reservation: number, weights: Party['weights'], values: Party['values']): Party => ({
    ...structuredClone(mini.parties[2]),
    id,
    name: `Party <${id.toUpperCase()}>`,
    short: id.toUpperCase(),
    reservation,
    weights,
    values,
  });
  const opts = (...ids: string[]) =>
    ids.map((id) => ({ id, label: id.toUpperCase(), description: '', mapEffects: [] }));
  const a = party('a', 30, { x: 50, y: 50 }, { x: { x0: 0, x1: 100 }, y: { y0: 0, y1: 40, y2: 100 } });
  const b = party('b', 20, { x: 20, y: 80 }, { x: { x0: 100, x1: 60 }, y: { y0: 0, y1: 100, y2: 20 } });
  return {
    ...structuredClone(mini),
    id: 'tiny',
    parties: [a, b],
    issues: [
      { id: 'x', name: 'Issue X', description: '', statusQuo: 'x0', consent: ['a', 'b'], options: opts('x0', 'x1') },
      {
        id: 'y',
        name: 'Issue Y',
        description: '',
        statusQuo: 'y0',
        consent: ['a', 'b'],
        options: opts('y0', 'y1', 'y2'),
      },
    ],
    phases: [
      {
        id: 'only',
        name: 'Only',
        date: '2025-01-01',
        place: 'Here',
        inRoom: ['a', 'b'],
        order: ['a', 'b'],
        agenda: ['x', 'y'],
        rounds: 2,
      },
    ],
    trust: { a: { a: 100, b: 50 }, b: { a: 50, b: 100 } },
    map: null,
    events: [],
    history: { summary: 'In history, nothing was agreed.', points: ['Nothing.'] },
  };
}

function dealOn(sc: CompiledScenario, x: string, y: string) {
  const s0 = newGame(sc, { seed: 1, seats: { a: 'human', b: 'human' } });
  return play(
    s0,
    [
      { type: 'offer.propose', party: 'a', package: { x, y } },
      { type: 'offer.accept', party: 'b' },
    ],
    sc,
  );
}

describe('analyzeGame on a space checked by hand', () => {
  const sc = tiny();

  it('a Pareto-optimal deal: values, surplus, per-issue gains, Nash distance, joint value', () => {
    const s = dealOn(sc, 'x1', 'y2');
    expect(s.outcome?.kind).toBe('agreement');
    const d = analyzeGame(sc, s, { player: 'a' });
    expect(d.outcome.kind).toBe('agreement');
    expect(d.parties.map((p) => [p.party, p.value, p.reservation, p.surplus])).toEqual([
      ['a', 100, 30, 70],
      ['b', 28, 20, 8],
    ]);
    expect(d.pareto).toEqual({ optimal: true, improvement: null });
    expect(d.nash?.package).toEqual({ x: 'x1', y: 'y1' });
    expect(d.nash?.product).toBe(2880);
    expect(d.nash?.distance).toBe(30 + 64);
    expect(d.zopa.count).toBe(3);
    expect(d.zopa.best?.package).toEqual({ x: 'x1', y: 'y1' });
    expect(d.joint).toEqual({ value: 128, best: 162, leftOnTable: 34 });
    // x: x1 instead of x0 — A +50×100, B 20×(60−100); y: y2 instead of y0 — A +50×100, B +80×20.
    const [x, y] = d.issues;
    expect(x.gains).toEqual({ a: 5000, b: -800 });
    expect(x.gained).toEqual(['a']);
    expect(x.gaveWay).toEqual(['b']);
    expect(x.favourites).toEqual({ a: 'x1', b: 'x0' });
    expect(x.moved).toBe(true);
    expect(y.gains).toEqual({ a: 5000, b: 1600 });
    expect(y.gained).toEqual(['a', 'b']);
    expect(y.favourites).toEqual({ a: 'y2', b: 'y1' });
  });

  it('a dominated deal: the improvement with the largest joint gain', () => {
    const d = analyzeGame(sc, dealOn(sc, 'x0', 'y2'));
    expect(d.parties.map((p) => p.surplus)).toEqual([20, 16]);
    expect(d.pareto.optimal).toBe(false);
    expect(d.pareto.improvement?.package).toEqual({ x: 'x1', y: 'y1' });
    expect(d.pareto.improvement?.values).toEqual({ a: 70, b: 92 });
    expect(d.pareto.improvement?.gain).toBe(20 + 56);
    expect(d.nash?.distance).toBe(20 + 56);
    expect(d.joint.leftOnTable).toBe(76);
  });

  it('the dance: offers in the two value axes, frontier, Nash point and reservation lines', () => {
    const s0 = newGame(sc, { seed: 1, seats: { a: 'human', b: 'human' } });
    const s = play(
      s0,
      [
        { type: 'offer.propose', party: 'a', package: { x: 'x1', y: 'y2' } },
        { type: 'offer.propose', party: 'b', package: { x: 'x0', y: 'y1' } },
        { type: 'offer.propose', party: 'a', package: { x: 'x1', y: 'y1' } },
        { type: 'offer.accept', party: 'b' },
      ],
      sc,
    );
    const d = analyzeGame(sc, s, { player: 'b' });
    expect(d.dances).toHaveLength(1);
    const dance = d.dances[0];
    expect([dance.a, dance.b]).toEqual(['b', 'a']);
    expect(dance.offers.map((o) => [o.turn, o.proposer, o.a, o.b])).toEqual([
      [0, 'a', 28, 100],
      [1, 'b', 100, 20],
      [2, 'a', 92, 70],
    ]);
    expect(dance.frontier).toEqual([
      { a: 28, b: 100 },
      { a: 92, b: 70 },
      { a: 100, b: 20 },
    ]);
    expect(dance.nash).toEqual({ a: 92, b: 70 });
    expect(dance.reservation).toEqual({ a: 20, b: 30 });
    expect(dance.outcome).toEqual({ a: 92, b: 70 });
    expect(d.nash?.distance).toBe(0);
    expect(d.summary.join(' ')).toContain('Nash point');
  });

  it('an unfinished game of rules revision 2 is judged at the status quo', () => {
    const d = analyzeGame(sc, newGame(sc, { seed: 1, rules: 2, seats: { a: 'human', b: 'human' } }), {
      player: 'nobody',
    });
    expect(d.player).toBeNull();
    expect(d.outcome.kind).toBe('unfinished');
    expect(d.outcome.package).toEqual({ x: 'x0', y: 'y0' });
    expect(d.parties.map((p) => p.surplus)).toEqual([-30, 0]);
    expect(d.issues.every((i) => !i.moved && i.gained.length === 0)).toBe(true);
    // Without a player: every pair (here one).
    expect(d.dances.map((x) => [x.a, x.b])).toEqual([['a', 'b']]);
    expect(d.history?.summary).toContain('nothing was agreed');
  });

  it("lists the temperaments of the computer's delegations only, never a human seat's", () => {
    const d = analyzeGame(sc, newGame(sc, { seed: 1, seats: { a: 'human', b: 'ai' } }));
    expect(d.temperaments?.map((t) => t.party)).toEqual(['b']);
    expect(analyzeGame(sc, runGame(sc, { seed: 1 })).temperaments?.map((t) => t.party)).toEqual(['a', 'b']);
  });

  it('a summary of 3–5 sentences built from the figures', () => {
    const d = analyzeGame(sc, dealOn(sc, 'x0', 'y2'), { player: 'a' });
    expect(d.summary.length).toBeGreaterThanOrEqual(3);
    expect(d.summary.length).toBeLessThanOrEqual(5);
    expect(d.summary[0]).toBe('Agreement after 2 turns: 1 of 2 issues moved from the status quo.');
    expect(d.summary[1]).toBe(
      'Party <A> got 50, against 30 with no deal (a surplus of 20); it gained most on Issue Y.',
    );
    expect(d.summary[2]).toContain('not Pareto-optimal');
    expect(d.summary[2]).toContain('76 points');
    expect(d.summary[4]).toBe('Joint value: 86 of a best possible 162, so 76 were left on the table.');
  });

  it("the summary's pronouns follow the party's `plural`", () => {
    const allies = {
      ...sc,
      parties: sc.parties.map((p) => (p.id === 'a' ? { ...p, name: 'The Allies', plural: true } : p)),
    };
    expect(analyzeGame(allies, dealOn(allies, 'x0', 'y2'), { player: 'a' }).summary[1]).toBe(
      'The Allies got 50, against 30 with no deal (a surplus of 20); they gained most on Issue Y.',
    );
    const unfinished = newGame(allies, { seed: 1, rules: 2, seats: { a: 'human', b: 'human' } });
    expect(analyzeGame(allies, unfinished, { player: 'a' }).summary[1]).toBe(
      'The Allies got 0, against 30 with no deal (30 below their no-deal value).',
    );
    expect(analyzeGame(sc, unfinished, { player: 'a' }).summary[1]).toBe(
      'Party <A> got 0, against 30 with no deal (30 below its no-deal value).',
    );
  });

  it('an unfinished game (revision 3 on) scores every party at its no-deal value, its reservation', () => {
    const d = analyzeGame(sc, newGame(sc, { seed: 1, seats: { a: 'human', b: 'human' } }));
    expect(d.outcome.package).toEqual({ x: 'x0', y: 'y0' });
    expect(d.parties.map((p) => p.surplus)).toEqual([0, 0]);
  });

  it('no deal: every issue at its status quo, every party at its reservation (revision 3 on)', () => {
    let s = newGame(sc, { seed: 1, seats: { a: 'human', b: 'human' } });
    s = play(s, [pass('a'), pass('b'), pass('a'), pass('b')], sc);
    expect(s.outcome?.kind).toBe('no-deal');
    const d = analyzeGame(sc, s);
    expect(d.summary[0]).toBe('No deal after 4 turns: every issue stayed at its status quo.');
    expect(d.summary[1]).toBe('Values of the outcome: Party <A> 30 (no deal 30), Party <B> 20 (no deal 20).');
  });

  it('no deal under rules revision 2 keeps the status-quo scoring its replays were recorded with', () => {
    let s = newGame(sc, { seed: 1, rules: 2, seats: { a: 'human', b: 'human' } });
    s = play(s, [pass('a'), pass('b'), pass('a'), pass('b')], sc);
    expect(analyzeGame(sc, s).summary[1]).toBe(
      'Values of the outcome: Party <A> 0 (no deal 30), Party <B> 20 (no deal 20).',
    );
  });
});

describe('turning points', () => {
  it('lists stance changes with their cause, offers with values, statements, world events and the end', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const s = runGame(mini, { seed });
      const d = analyzeGame(mini, s);
      const shifts = s.log.filter((e) => e.kind === 'stance');
      const stances = d.turningPoints.filter((t) => t.kind === 'stance');
      expect(stances).toHaveLength(shifts.length);
      for (const t of stances) {
        const states = mini.parties.find((p) => p.id === t.party)!.ai.states;
        expect(states[t.stance!.from]).toBeDefined();
        expect(states[t.stance!.to]).toBeDefined();
      }
      const offers = d.turningPoints.filter((t) => t.kind === 'offer');
      expect(offers).toHaveLength(s.log.filter((e) => e.kind === 'action' && e.action.type === 'offer.propose').length);
      for (const o of offers) expect(Object.keys(o.values!)).toEqual(['north', 'south', 'broker']);
      expect(d.turningPoints.filter((t) => t.kind === 'world')).toHaveLength(s.fired.length);
      const last = d.turningPoints[d.turningPoints.length - 1];
      expect(last.kind).toBe(s.outcome!.kind === 'walkout' ? 'walkout' : 'end');
      // Turn order is kept.
      const turns = d.turningPoints.map((t) => t.turn);
      expect([...turns].sort((a, b) => a - b)).toEqual(turns);
    }
  });

  it('names a world event cause by its headline, and keeps insist and concede statements', () => {
    let s = humanGame(1);
    s = play(s, [
      { type: 'statement.insist', party: 'north', issue: 'trade' },
      { type: 'statement.concede', party: 'broker', issue: 'trade' },
    ]);
    const d = analyzeGame(mini, s);
    expect(d.turningPoints.map((t) => t.kind)).toEqual(expect.arrayContaining(['insist', 'concede']));
    expect(causeWords(mini, 'world.crisis')).toBe('after the news: Border crisis');
    expect(causeWords(mini, 'offer.received')).toBe('after an offer');
  });

  it('values offers of a later phase with the deals struck before', () => {
    // Phase 1 (trade) needs north and broker; strike trade=open, then propose in the summit.
    let s = humanGame(1);
    s = play(s, [
      { type: 'offer.propose', party: 'north', package: { trade: 'open' } },
      { type: 'offer.accept', party: 'broker' },
    ]);
    expect(s.commitments).toEqual({ trade: 'open' });
    s = play(s, [{ type: 'offer.propose', party: 'north', package: { border: 'new', aid: 'none', amnesty: 'no' } }]);
    const d = analyzeGame(mini, s, { player: 'north' });
    const last = d.dances[0].offers[d.dances[0].offers.length - 1];
    // north: trade open 30×100 + border new 40×100 + aid none 10×100 + amnesty no 20×100 = 10000 → 100.
    expect(last.a).toBe(100);
  });
});
