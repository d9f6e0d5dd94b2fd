// Every statement gets an answer: a threat, an assurance or a call records the trust and no-deal values it moved
// (by the rules and by the statecharts that react), and the transcript says so; insisting says it moves nothing.
import { describe, expect, it } from 'vitest';
import type { Action } from './actions';
import { mini } from './fixtures/mini';
import { effectsSentence } from './log-sentences';
import { newGame } from './newgame';
import { applyAction } from './rules';
import type { ActionEntry, GameState } from './state';

const start = (): GameState => newGame(mini, { seed: 1, seats: { north: 'human', south: 'ai', broker: 'ai' } });

function act(s: GameState, a: Action): ActionEntry {
  const r = applyAction(mini, s, a);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.log.find((e, i) => i >= s.log.length && e.kind === 'action') as ActionEntry;
}

describe('what a statement changed', () => {
  it('records the trust a threat costs and says it in words', () => {
    const s = start();
    const before = s.trust.broker!.north!;
    const e = act(s, { type: 'statement.threaten', party: 'north', target: 'broker' });
    expect(e.effects).toContainEqual({ kind: 'trust', from: 'broker', to: 'north', before, after: before - 5 });
    expect(effectsSentence(mini, e)).toContain(`Brokerland's trust in Northland ${before} → ${before - 5}`);
  });

  it('records both rows a call moves', () => {
    const s = start();
    const e = act(s, { type: 'call.place', party: 'north', target: 'broker' });
    const moved = (e.effects ?? []).map((f) => (f.kind === 'trust' ? `${f.from}>${f.to}:${f.after - f.before}` : ''));
    expect(moved).toEqual(expect.arrayContaining(['broker>north:2', 'north>broker:2']));
    expect(effectsSentence(mini, e)).toMatch(/^What changed: /);
  });

  it('says that insisting moves no figure, and that a clamped threat changed nothing', () => {
    const e = act(start(), { type: 'statement.insist', party: 'north', issue: 'trade' });
    expect(effectsSentence(mini, e)).toBe('On the record for every delegation to see; it moves no figure.');
    const s = start();
    const low: GameState = { ...s, trust: { ...s.trust, broker: { ...s.trust.broker!, north: 0 } } };
    const t = act(low, { type: 'statement.threaten', party: 'north', target: 'broker' });
    expect(t.effects).toBeUndefined();
    expect(effectsSentence(mini, t)).toBe('No figure changed (trust is already at its limit).');
  });
});
