// The timeline: one item per step with what happened where, keys that stay within it, speeds.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../content/index';
import { openFixture } from './replay-fixture.testkit';
import { describeAction, keyCommand, moveIndex, positionText, SPEEDS, stepDelay, timeline } from './timeline-model';

describe('timeline', () => {
  it('has the start and every turn, labelled with the action and where it was taken', async () => {
    const { scenario, steps } = await openFixture();
    const t = timeline(scenario, steps);
    expect(t.items.length).toBe(steps.length);
    expect(t.last).toBe(steps.length - 1);
    expect(t.items[0]).toMatchObject({ index: 0, turn: 0, label: 'Start', party: null });
    expect(t.items[3]).toMatchObject({
      turn: 3,
      label: 'Turn 3 · Southland concedes Trade',
      phase: 'Talks by the lake',
      round: 1,
      party: 'south',
    });
    // Turn 9 ends the first phase: the label keeps the phase the action was taken in.
    expect(t.items[9]!.phase).toBe('Talks by the lake');
    expect(t.items[10]!.phase).toBe('The capital conference');
    expect(t.items[6]!.label).toBe('Turn 6 · Southland threatens Northland');
  });

  it('says where the viewer is', async () => {
    const { scenario, steps } = await openFixture();
    const t = timeline(scenario, steps);
    expect(positionText(t, 0)).toBe('Turn 0 of 21 · Talks by the lake, round 1');
    expect(positionText(t, t.last)).toMatch(/^Turn 21 of 21 · The capital conference, round \d$/);
  });
});

describe('describeAction', () => {
  it('agrees the verb with a plural party name (European allies propose, ask what they would take)', () => {
    const r = parseScenario(readFileSync('scenarios/alaska-2025.yaml', 'utf8'), 'alaska-2025.yaml');
    if (!r.ok) throw new Error('alaska does not parse');
    const sc = r.value;
    expect(describeAction(sc, { type: 'offer.propose', party: 'europe', package: {} })).toBe(
      'European allies propose a package',
    );
    expect(describeAction(sc, { type: 'ask.whatWouldItTake', party: 'ukraine', target: 'europe' })).toBe(
      'Ukraine asks European allies what they would take',
    );
    expect(describeAction(sc, { type: 'turn.pass', party: 'europe' })).toBe('European allies pass');
    expect(describeAction(sc, { type: 'turn.pass', party: 'us' })).toBe('United States passes');
  });
});

describe('keys and movement', () => {
  it('maps the arrow keys, Home, End and Space', () => {
    expect(['ArrowLeft', 'ArrowRight', 'Home', 'End', ' ', 'a'].map(keyCommand)).toEqual([
      'back',
      'forward',
      'first',
      'last',
      'toggle',
      null,
    ]);
  });

  it('stays within the timeline', () => {
    expect(moveIndex(0, 'back', 10)).toBe(0);
    expect(moveIndex(10, 'forward', 10)).toBe(10);
    expect(moveIndex(4, 'forward', 10)).toBe(5);
    expect(moveIndex(4, 'first', 10)).toBe(0);
    expect(moveIndex(4, 'last', 10)).toBe(10);
    expect(moveIndex(4, 'toggle', 10)).toBe(4);
  });

  it('plays faster at higher speeds', () => {
    expect(SPEEDS.map(stepDelay)).toEqual([2000, 1000, 500, 250]);
  });
});
