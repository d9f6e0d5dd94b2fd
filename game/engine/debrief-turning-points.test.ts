// The debrief's turning points are built from log entries' data: a hand-written log of every kind gives exactly the
// points that turn the game, with stance causes in words, offers valued under the commitments of their time, and a
// walk-out told apart from the other endings by the end entry's outcome.
import { describe, expect, it } from 'vitest';
import type { Action } from './actions';
import { turningPoints } from './debrief-turning-points';
import { mini } from './fixtures/mini';
import { newGame } from './newgame';
import { runGame } from './play';
import type { ActionEntry, GameState, LogEntry } from './state';
import { packageValue } from './values';

const place = (turn: number, phase = 'talks') => ({ turn, phase, round: 1 });
const act = (turn: number, action: Action, phase = 'talks'): ActionEntry => ({
  ...place(turn, phase),
  kind: 'action',
  party: action.party,
  action,
  line: null,
  reason: null,
  broken: [],
  answer: null,
});

function withLog(log: LogEntry[], agreements: GameState['agreements'] = []): GameState {
  return { ...newGame(mini, { seed: 1 }), log, agreements };
}

describe('turning points from log data', () => {
  const log: LogEntry[] = [
    { ...place(0), kind: 'phase', change: 'started' },
    { ...place(0), kind: 'said', party: 'north', line: { text: 'Hello.', simulated: true } },
    act(0, { type: 'offer.propose', party: 'north', package: { trade: 'open' } }),
    {
      ...place(1),
      kind: 'stance',
      party: 'south',
      from: 'probing',
      to: 'closing',
      mood: 'closing',
      cause: 'offer.received',
    },
    act(1, { type: 'offer.reject', party: 'south' }),
    act(2, { type: 'call.place', party: 'broker', target: 'south' }),
    act(3, { type: 'ask.whatWouldItTake', party: 'south', target: 'north' }),
    { ...place(4), kind: 'world', event: 'crisis' },
    {
      ...place(4),
      kind: 'stance',
      party: 'north',
      from: 'maximalist',
      to: 'bargaining',
      mood: 'bargaining',
      cause: 'world.crisis',
    },
    act(4, { type: 'statement.insist', party: 'north', issue: 'border' }),
    act(5, { type: 'statement.concede', party: 'broker', issue: 'aid' }),
    act(6, { type: 'offer.accept', party: 'broker' }),
    { ...place(7), kind: 'deal', package: { trade: 'open' } },
    { ...place(7, 'summit'), kind: 'phase', change: 'started' },
    act(7, { type: 'offer.propose', party: 'south', package: { border: 'new' } }, 'summit'),
    act(8, { type: 'turn.pass', party: 'north' }, 'summit'),
    { ...place(9, 'summit'), kind: 'phase', change: 'ended' },
    act(9, { type: 'party.walkOut', party: 'south' }, 'summit'),
    { ...place(9, 'summit'), kind: 'end', outcome: 'walkout', party: 'south' },
  ];
  const s = withLog(log, [{ phase: 'talks', package: { trade: 'open' } }]);
  const points = turningPoints(mini, s);

  it('keeps stances, offers, statements, world events, deals and the end; leaves out the rest', () => {
    expect(points.map((p) => [p.turn, p.kind, p.party])).toEqual([
      [0, 'offer', 'north'],
      [1, 'stance', 'south'],
      [4, 'world', null],
      [4, 'stance', 'north'],
      [4, 'insist', 'north'],
      [5, 'concede', 'broker'],
      [7, 'deal', null],
      [7, 'offer', 'south'],
      [9, 'walkout', 'south'],
    ]);
  });

  it('gives stance changes their states and their cause in words', () => {
    const stances = points.filter((p) => p.kind === 'stance');
    expect(stances.map((p) => p.stance)).toEqual([
      { from: 'probing', to: 'closing', cause: 'after an offer' },
      { from: 'maximalist', to: 'bargaining', cause: 'after the news: Border crisis' },
    ]);
    expect(stances[1]!.text).toBe(
      'Northland is now ready to bargain (stance: bargaining, was maximalist), after the news: Border crisis.',
    );
  });

  it('values each offer under the commitments that stood when it was made', () => {
    const [first, second] = points.filter((p) => p.kind === 'offer');
    for (const party of mini.parties) {
      expect(first!.values![party.id]).toBe(packageValue(mini, party, { trade: 'open' }, {}));
      expect(second!.values![party.id]).toBe(packageValue(mini, party, { border: 'new' }, { trade: 'open' }));
    }
    expect(first!.text).toBe('Northland proposes: Trade: OPEN.');
  });

  it('numbers each point as the turn whose state first shows it (the deal by the 48th action is turn 48)', () => {
    const s = runGame(mini, { seed: 3 });
    const points = turningPoints(mini, s);
    const deal = points.find((p) => p.kind === 'deal' || p.kind === 'end')!;
    const actionsBefore = s.log
      .slice(
        0,
        s.log.findIndex((e) => e.kind === deal.kind),
      )
      .filter((e) => e.kind === 'action');
    expect(deal.shownAt).toBe(actionsBefore.length);
    expect(points.at(-1)!.shownAt).toBe(s.turn);
  });

  it('an end that is not a walk-out is listed as the end', () => {
    const ended = withLog([{ ...place(3), kind: 'end', outcome: 'no-deal', party: null }]);
    expect(turningPoints(mini, ended)).toEqual([
      {
        turn: 3,
        shownAt: 0, // no action in this log: the state before any turn shows it
        phase: 'talks',
        round: 1,
        kind: 'end',
        party: null,
        text: 'Time has run out. The talks end without a deal.',
      },
    ]);
  });
});
