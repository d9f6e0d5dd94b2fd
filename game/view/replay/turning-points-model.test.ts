// Turning points: stance changes (not spoken lines), world events, accepts, the deal and the end, each at the
// first step whose state shows it.
import { describe, expect, it } from 'vitest';
import { openFixture } from './replay-fixture';
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
      const entries = steps[p.step]!.state.log.map((e) => e.text);
      expect(entries.some((t) => t === p.text || p.kind === 'stance')).toBe(true);
      expect(p.turn).toBe(steps[p.step]!.turn);
    }
    expect(points[0]).toMatchObject({ step: 3, label: 'World event' });
    expect(points[2]!.text).toBe('Northland moves from firm to closing (closing) after time running on.');
    expect(points.at(-1)!.step).toBe(steps.length - 1);
  });

  it('names a world event that caused a stance by its headline', async () => {
    const { scenario, steps } = await openFixture();
    const last = steps.at(-1)!;
    const entry = {
      ...last.state.log[13]!,
      text: 'Northland shifts from firm to closing (closing), after world.storm.',
    };
    const fake = [{ ...last, state: { ...last.state, log: [entry] } }];
    const ev = scenario.events.find((e) => e.id === 'storm');
    const text = turningPoints(scenario, fake)[0]!.text;
    expect(text).toBe(
      ev
        ? `Northland moves from firm to closing (closing) after the news: ${ev.headline}.`
        : 'Northland moves from firm to closing (closing) after world.storm.',
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
