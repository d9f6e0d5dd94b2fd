import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { CURVE_KEYFRAMES, checkCurve, expandCurve } from './curves';
import { Reporter } from './reporter';
import { PositionIndex } from './yaml-positions';

function check(curve: [number, number][]): string[] {
  const text = `c: ${JSON.stringify(curve)}\n`;
  const lc = new LineCounter();
  const r = new Reporter('f', new PositionIndex(parseDocument(text, { lineCounter: lc }).contents, lc, text));
  checkCurve(curve, ['c'], r);
  return r.errors.map((e) => `${e.column} ${e.message}`);
}

describe('curves', () => {
  it('expands presets to fresh keyframe arrays', () => {
    expect(expandCurve('boulware')).toEqual(CURVE_KEYFRAMES.boulware);
    expect(expandCurve('linear')).not.toBe(CURVE_KEYFRAMES.linear);
  });
  it('accepts keyframes from 0 to 100 strictly ascending', () => {
    expect(
      check([
        [0, 100],
        [30, 50],
        [100, 0],
      ]),
    ).toEqual([]);
  });
  it('refuses keyframes that do not start at 0, end at 100, or go backwards', () => {
    expect(
      check([
        [10, 100],
        [100, 0],
      ])[0],
    ).toContain('first keyframe must be at t = 0');
    expect(
      check([
        [0, 100],
        [90, 0],
      ])[0],
    ).toContain('last keyframe must be at t = 100');
    expect(
      check([
        [0, 100],
        [50, 50],
        [50, 40],
        [100, 0],
      ])[0],
    ).toContain('must rise strictly');
  });
});
