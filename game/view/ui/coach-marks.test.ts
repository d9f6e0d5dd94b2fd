// The first-game guide's words follow the game in front of the student: no map talk for a scenario without a map
// (pressing M there did nothing), and no keys to press on a touch screen.
import { describe, expect, it } from 'vitest';
import { type GuideContext, STEPS } from './coach-marks';

const all = (c: GuideContext) => STEPS.map((s) => `${s.title(c)} ${s.text(c)}`).join('\n');

describe('the first-game guide', () => {
  it('speaks of the map and its key only when the scenario has a map and there is a keyboard', () => {
    const desk = all({ narrow: false, touch: false, map: true });
    expect(desk).toContain('Press M');
    expect(desk).toContain('Propose your package (P)');
    expect(desk).toContain('Beside this panel');
  });
  it('says nothing of a map in a scenario without one', () => {
    for (const touch of [false, true]) {
      const text = all({ narrow: false, touch, map: false });
      expect(text).not.toMatch(/\bmap\b/i);
      expect(text).not.toContain('Press M');
    }
  });
  it('shows no key hints on a touch screen', () => {
    const phone = all({ narrow: true, touch: true, map: true });
    expect(phone).not.toMatch(/\([A-Z]\)/);
    expect(phone).not.toContain('Press');
    expect(phone).toContain('Tap Map');
    expect(phone).toContain('Above this panel');
  });
});
