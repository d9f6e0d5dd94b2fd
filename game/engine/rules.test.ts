import { describe, expect, it } from 'vitest';
import type { Action } from './actions';
import { HUMANS, humanGame, pass, play } from './fixtures/kit';
import { mini } from './fixtures/mini';
import { newGame } from './newgame';
import { applyAction, legalActionTypes, speaker } from './rules';

const propose = (party: string, pkg: Record<string, string>): Action => ({
  type: 'offer.propose',
  party,
  package: pkg,
});
const accept = (party: string): Action => ({ type: 'offer.accept', party });
const error = (s: ReturnType<typeof humanGame>, a: Action) => {
  const r = applyAction(mini, s, a);
  return r.ok ? null : r.error;
};
/** Plays to the summit phase by striking the talks deal (trade: partial). */
const toSummit = () => play(humanGame(), [propose('north', { trade: 'partial' }), accept('broker')]);

describe('new game', () => {
  it('initialises from the scenario', () => {
    // Seed 6: no chance event fires at the start (revision 3 draws temperaments first, which moves the stream).
    const s = humanGame(6);
    expect(s.phase).toBe(0);
    expect(s.round).toBe(1);
    expect(s.turn).toBe(0);
    expect(s.control).toEqual({ east: 40, west: 70 });
    expect(s.gauges.pressure).toBe(50);
    expect(s.reservation).toEqual({ north: 40, south: 35, broker: 30 });
    expect(s.trust.north!.south).toBe(50);
    expect(s.ai.south!.value).toBe('probing');
    expect(s.seed).toBe(6);
    expect(speaker(mini, s)).toBe('north');
  });
  it('runs AI entry actions (say) and phase start', () => {
    const s = newGame(mini, { seed: 1 });
    expect(s.log.some((e) => e.kind === 'said' && e.line.text === 'Northland greets the room.')).toBe(true);
    expect(s.log.some((e) => e.kind === 'phase')).toBe(true);
  });
});

describe('turn order', () => {
  it('follows phase.order and rejects out-of-turn actions with a readable message', () => {
    const s = humanGame();
    expect(error(s, pass('broker'))).toEqual({
      code: 'not-your-turn',
      message: "It is Northland's turn, not Brokerland's.",
    });
    const s1 = play(s, [pass('north')]);
    expect(speaker(mini, s1)).toBe('broker');
    expect(s1.turn).toBe(1);
    const s3 = play(s1, [pass('broker'), pass('south')]);
    expect(s3.round).toBe(2);
    expect(speaker(mini, s3)).toBe('north');
  });
  it('lets nobody act after the end', () => {
    const s = play(humanGame(), [{ type: 'party.walkOut', party: 'north' }]);
    expect(error(s, pass('broker'))?.code).toBe('game-over');
    expect(legalActionTypes(mini, s, 'broker')).toEqual([]);
    expect(speaker(mini, s)).toBeNull();
  });
  it('rejects unknown parties', () => {
    expect(error(humanGame(), pass('nobody'))?.code).toBe('unknown-party');
  });
});

describe('legality', () => {
  it('absent parties may not propose, accept, reject or walk out', () => {
    const s = play(humanGame(), [propose('north', { trade: 'open' }), pass('broker')]);
    expect(speaker(mini, s)).toBe('south');
    const types = legalActionTypes(mini, s, 'south');
    expect(types).not.toContain('offer.propose');
    expect(types).not.toContain('offer.accept');
    expect(types).not.toContain('party.walkOut');
    expect(types).toContain('call.place');
    expect(error(s, propose('south', { trade: 'open' }))?.code).toBe('not-in-room');
    expect(error(s, accept('south'))?.code).toBe('not-in-room');
    expect(error(s, { type: 'party.walkOut', party: 'south' })?.code).toBe('not-in-room');
  });
  it('checks the package against the agenda', () => {
    const s = humanGame();
    expect(error(s, propose('north', {}))?.code).toBe('bad-package');
    expect(error(s, propose('north', { trade: 'free' }))?.code).toBe('bad-package');
    expect(error(s, propose('north', { trade: 'open', border: 'new' }))?.code).toBe('bad-package');
    expect(error(s, propose('north', { trade: 'open' }))).toBeNull();
  });
  it('accept and reject need a table offer by another party not yet accepted', () => {
    const s = humanGame();
    expect(error(s, accept('north'))?.code).toBe('no-offer');
    expect(legalActionTypes(mini, s, 'north')).not.toContain('offer.accept');
    const s1 = play(toSummit(), [propose('north', { border: 'shared', aid: 'some', amnesty: 'no' })]);
    const s2 = play(s1, [accept('south'), pass('broker')]);
    expect(error(s2, accept('north'))?.code).toBe('own-offer');
    const s3 = play(s2, [pass('north')]);
    expect(error(s3, accept('south'))?.code).toBe('already-accepted');
  });
  it('checks statement issues and targets', () => {
    const s = humanGame();
    expect(error(s, { type: 'statement.insist', party: 'north', issue: 'border' })?.code).toBe('bad-issue');
    expect(error(s, { type: 'statement.threaten', party: 'north', target: 'north' })?.code).toBe('bad-target');
    expect(error(s, { type: 'ask.whatWouldItTake', party: 'north', target: 'south' })?.code).toBe('bad-target');
  });
});

describe('effects', () => {
  it('propose puts the package on the table and records the last offer', () => {
    const s = play(humanGame(), [propose('north', { trade: 'open' })]);
    expect(s.table).toEqual({ package: { trade: 'open' }, proposer: 'north', acceptedBy: ['north'] });
    expect(s.lastOffer.north).toEqual({ trade: 'open' });
  });
  it('a new proposal clears acceptances', () => {
    const s = play(toSummit(), [propose('north', { border: 'shared', aid: 'some', amnesty: 'no' }), accept('south')]);
    const s1 = play(s, [propose('broker', { border: 'shared', aid: 'some', amnesty: 'yes' })]);
    expect(s1.table!.acceptedBy).toEqual(['broker']);
  });
  it('threaten, assure and call move trust', () => {
    const s = play(humanGame(), [
      { type: 'statement.threaten', party: 'north', target: 'south' },
      { type: 'statement.assure', party: 'broker', target: 'south' },
      { type: 'call.place', party: 'south', target: 'north' },
    ]);
    expect(s.trust.south!.north).toBe(50 - 5 + 2);
    expect(s.trust.south!.broker).toBe(53);
    expect(s.trust.north!.south).toBe(52);
  });
  it('insist and concede are recorded', () => {
    const s = play(humanGame(), [
      { type: 'statement.insist', party: 'north', issue: 'trade' },
      { type: 'statement.concede', party: 'broker', issue: 'trade' },
    ]);
    expect(s.insisted.north).toEqual(['trade']);
    expect(s.conceded.broker).toEqual(['trade']);
  });
  it('walking out ends the game', () => {
    const s = play(humanGame(), [pass('north'), { type: 'party.walkOut', party: 'broker' }]);
    expect(s.outcome?.kind).toBe('walkout');
    expect(s.outcome?.by).toBe('broker');
    expect(s.walkedOut).toEqual(['broker']);
  });
  it('logs every action with its turn', () => {
    const s = play(humanGame(), [pass('north'), pass('broker')]);
    const actions = s.log.filter((e) => e.kind === 'action');
    expect(actions.map((e) => e.turn)).toEqual([0, 1]);
    expect(actions[0]).toMatchObject({ party: 'north', action: { type: 'turn.pass', party: 'north' } });
  });
});

describe('deals', () => {
  it('needs every consent party: the proposer and the others', () => {
    const s = play(humanGame(), [propose('north', { trade: 'partial' })]);
    expect(s.agreements).toEqual([]);
    const s1 = play(s, [accept('broker')]);
    expect(s1.agreements).toEqual([{ phase: 'talks', package: { trade: 'partial' } }]);
    expect(s1.commitments).toEqual({ trade: 'partial' });
    expect(s1.phase).toBe(1);
    expect(s1.round).toBe(1);
    expect(s1.table).toBeNull();
    expect(s1.log.some((e) => e.kind === 'deal')).toBe(true);
  });
  it('is impossible when a consent party is absent', () => {
    const sc = structuredClone(mini);
    sc.issues[0]!.consent = ['north', 'broker', 'south'];
    let s = humanGame(1, sc);
    s = play(s, [propose('north', { trade: 'open' }), accept('broker')], sc);
    expect(s.agreements).toEqual([]);
    expect(s.phase).toBe(0);
  });
  it('ends the game with an agreement in the last phase', () => {
    const summit = toSummit();
    const pkg = { border: 'shared', aid: 'some', amnesty: 'no' };
    const s = play(summit, [propose('north', pkg), accept('south')]);
    expect(s.outcome).toBeNull();
    const s1 = play(s, [accept('broker')]);
    expect(s1.outcome?.kind).toBe('agreement');
    expect(s1.outcome?.package).toEqual({ trade: 'partial', ...pkg });
    expect(s1.outcome?.values.north).toBe(Math.floor((30 * 60 + 40 * 60 + 10 * 50 + 20 * 100 + 50) / 100));
  });
  it('breaking a commitment costs the proposer trust', () => {
    const sc = structuredClone(mini);
    sc.phases[1]!.agenda = ['trade', 'border'];
    let s = humanGame(1, sc);
    s = play(s, [propose('north', { trade: 'partial' }), accept('broker')], sc);
    const kept = play(s, [propose('north', { trade: 'partial', border: 'new' })], sc);
    expect(kept.trust.south!.north).toBe(s.trust.south!.north);
    const broken = play(s, [propose('north', { trade: 'open', border: 'new' })], sc);
    expect(broken.trust.south!.north).toBe(s.trust.south!.north! - 10);
    expect(broken.trust.broker!.north).toBe(s.trust.broker!.north! - 10);
    expect(broken.trust.north!.north).toBe(100);
  });
});

describe('deadlines and outcome', () => {
  const passRounds = (s: ReturnType<typeof humanGame>, n: number) => {
    let cur = s;
    for (let i = 0; i < n && !cur.outcome; i++) cur = play(cur, [pass(speaker(mini, cur)!)]);
    return cur;
  };
  it('a phase ends without a deal after its rounds, then the game ends no-deal', () => {
    const s = passRounds(humanGame(), 9);
    expect(s.phase).toBe(1);
    expect(s.log.some((e) => e.kind === 'phase' && e.change === 'ended')).toBe(true);
    const end = passRounds(s, 9);
    expect(end.outcome?.kind).toBe('no-deal');
    expect(end.turn).toBe(18);
  });
  it('the outcome keeps earlier agreements at no-deal', () => {
    let s = toSummit();
    for (let i = 0; i < 9; i++) s = play(s, [pass(speaker(mini, s)!)]);
    expect(s.outcome?.kind).toBe('no-deal');
    expect(s.outcome?.package).toEqual({ trade: 'partial', border: 'old', aid: 'none', amnesty: 'no' });
    expect(s.outcome?.reservations.north).toBe(40);
  });
  it('seats are respected: everyone human means no AI moves', () => {
    const s = humanGame();
    expect(Object.values(s.seats)).toEqual(Object.values(HUMANS));
  });
});

describe("'offer.accepted' (rules revision 2)", () => {
  // North's statechart raises its trust in whoever accepts its offer; the event exists from revision 2 on.
  const heard = structuredClone(mini);
  const north = heard.parties.find((p) => p.id === 'north')!;
  north.ai.states[north.ai.initial]!.on['offer.accepted'] = [
    { actions: [{ type: 'adjustTrust', params: { party: 'broker', delta: 7 } }] },
  ];
  const accepted = (rules: number) => {
    const s = newGame(heard, { seed: 1, seats: { north: 'ai', south: 'human', broker: 'human' }, rules });
    const r1 = applyAction(heard, s, { type: 'offer.propose', party: 'north', package: { trade: 'open' } });
    if (!r1.ok) throw new Error(r1.error.message);
    const r2 = applyAction(heard, r1.value, { type: 'offer.accept', party: 'broker' });
    if (!r2.ok) throw new Error(r2.error.message);
    return { before: s.trust.north!.broker!, after: r2.value.trust.north!.broker! };
  };
  it('the proposer hears of an acceptance', () => {
    const t = accepted(2);
    expect(t.after).toBe(t.before + 7);
  });
  it('revision-1 games keep their old behaviour', () => {
    const t = accepted(1);
    expect(t.after).toBe(t.before);
  });
});

describe('rule errors in words', () => {
  it("agree with a plural party name (the scenario's `plural`): are, their, have", () => {
    const isles = {
      ...mini,
      parties: mini.parties.map((p) =>
        p.id === 'south'
          ? { ...p, name: 'The Southern Isles', plural: true }
          : p.id === 'broker'
            ? { ...p, name: 'The Allies', plural: true }
            : p,
      ),
    };
    const said = (s: ReturnType<typeof humanGame>, a: Action) => {
      const r = applyAction(isles, s, a);
      return r.ok ? null : r.error.message;
    };
    // The talks: South is not in the room (order north, broker, south).
    const southsTurn = play(humanGame(1, isles), [pass('north'), pass('broker')], isles);
    expect(said(southsTurn, propose('south', { trade: 'open' }))).toBe(
      'The Southern Isles are not in the room at Harbour and cannot propose.',
    );
    expect(said(southsTurn, { type: 'party.walkOut', party: 'south' })).toBe(
      'The Southern Isles are not in the room at Harbour and cannot walk out.',
    );
    // The Allies propose, then meet their own offer at their next turn.
    const own = play(
      humanGame(1, isles),
      [pass('north'), propose('broker', { trade: 'open' }), pass('south'), pass('north')],
      isles,
    );
    expect(said(own, accept('broker'))).toBe('The Allies cannot accept their own offer.');
    expect(said(southsTurn, pass('north'))).toBe("It is The Southern Isles' turn, not Northland's.");
  });
});
