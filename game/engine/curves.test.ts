import { describe, expect, it } from 'vitest';
import { askAt, CONCESSION_PRESETS, targetValue } from './curves';

describe('concession curves', () => {
  it('interpolates integer keyframes', () => {
    expect(askAt(CONCESSION_PRESETS.linear, 0)).toBe(100);
    expect(askAt(CONCESSION_PRESETS.linear, 33)).toBe(67);
    expect(askAt(CONCESSION_PRESETS.linear, 100)).toBe(0);
    expect(askAt(CONCESSION_PRESETS.boulware, 50)).toBe(95);
    expect(askAt(CONCESSION_PRESETS.boulware, 65)).toBe(85);
    expect(askAt(CONCESSION_PRESETS.conceder, 10)).toBe(77);
  });
  it('is flat outside the keyframes', () => {
    expect(
      askAt(
        [
          [10, 80],
          [90, 20],
        ],
        0,
      ),
    ).toBe(80);
    expect(
      askAt(
        [
          [10, 80],
          [90, 20],
        ],
        100,
      ),
    ).toBe(20);
  });
  it('Boulware asks more than Conceder midway', () => {
    for (let t = 1; t < 100; t++) {
      expect(askAt(CONCESSION_PRESETS.boulware, t)).toBeGreaterThanOrEqual(askAt(CONCESSION_PRESETS.conceder, t));
    }
  });
  it('targets reservation + share of the span', () => {
    expect(targetValue(40, 100, 50)).toBe(70);
    expect(targetValue(40, 100, 0)).toBe(40);
    expect(targetValue(40, 100, 100)).toBe(100);
  });
});
