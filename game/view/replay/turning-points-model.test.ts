// Turning points: stance changes (not spoken lines), world events, accepts, the deal and the end, each at the
// first step whose state shows it.
import { describe, expect, it } from 'vitest';
import { logSentence } from '../../session/live';
import { openFixture } from './replay-fixture.testkit';
import { currentPoint, turningPoints } from './turning-points-model';

describe('turningPoints', () => {
  it('lists the moments that turn the game, in order, at the step that shows them', async () => {
    const { scenario, steps } = await openFixture();
    const points = turningPoints(scenario, steps);
    expect(points.map((p) => p.kind)).toEqual([
      'world',
      'world',
      'stance',
      'stance',
      'stance',
      'accept',
      'accept',
      'accept',
      'deal',
      'end',
    ]);
    for (const p of points) {
      // The step holds the point's entry and the step before does not.
      const count = (i: number) => steps[i]!.state.log.filter((e) => logSentence(scenario, e) === p.text).length;
      expect(count(p.step)).toBeGreaterThan(p.step > 0 ? count(p.step - 1) : 0);
      expect(p.turn).toBe(steps[p.step]!.turn);
    }
    expect(points[0]).toMatchObject({ step: 3, label: 'World event' });
    expect(points[2]!.text).toBe(
      'Northland is now ready to close a deal (stance: closing, was firm), as time ran short.',
    );
    expect(points.at(-1)!.step).toBe(steps.length - 1);
  });

  it('names a world event that caused a stance by its headline', async () => {
    const { scenario, steps } = await openFixture();
    const last = steps.at(-1)!;
    const shift = last.state.log.find((e) => e.kind === 'stance')!;
    const entry = { ...shift, cause: 'world.storm' };
    const fake = [{ ...last, state: { ...last.state, log: [entry] } }];
    const ev = scenario.events.find((e) => e.id === 'storm')!;
    expect(turningPoints(scenario, fake)[0]!.text).toBe(
      `Northland is now ready to close a deal (stance: closing, was firm), after the news: ${ev.headline}.`,
    );
  });

  it('finds the point at or before a step', async () => {
    const { scenario, steps } = await openFixture();
    const points = turningPoints(scenario, steps);
    expect(currentPoint(points, 0)).toBe(-1);
    expect(currentPoint(points, 3)).toBe(0);
    expect(currentPoint(points, steps.length - 1)).toBe(points.length - 1);
  });
});
