// Scales and ticks of the debrief charts: checked by hand on round numbers.
import { describe, expect, it } from 'vitest';
import { linearScale, percent, round1, ticks } from './scale-model';

describe('linearScale', () => {
  it('maps the domain ends onto the range ends, also backwards (SVG y)', () => {
    const x = linearScale([0, 100], [60, 560]);
    expect(x(0)).toBe(60);
    expect(x(100)).toBe(560);
    expect(x(50)).toBe(310);
    const y = linearScale([0, 100], [400, 20]);
    expect(y(0)).toBe(400);
    expect(y(100)).toBe(20);
    expect(y(25)).toBe(305);
  });
  it('clamps values outside the domain', () => {
    const x = linearScale([0, 100], [0, 200]);
    expect(x(-5)).toBe(0);
    expect(x(120)).toBe(200);
  });
  it('survives an empty domain', () => {
    expect(linearScale([5, 5], [0, 10])(5)).toBe(0);
  });
});

describe('ticks', () => {
  it('includes both ends', () => {
    expect(ticks(0, 100, 20)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(ticks(0, 100, 25)).toEqual([0, 25, 50, 75, 100]);
  });
  it('gives nothing for a non-positive step', () => {
    expect(ticks(0, 10, 0)).toEqual([]);
  });
});

describe('percent and round1', () => {
  it('clamps to 0–100', () => {
    expect(percent(38)).toBe(38);
    expect(percent(-3)).toBe(0);
    expect(percent(150)).toBe(100);
    expect(percent(173, 400)).toBe(43.3);
    expect(percent(1, 0)).toBe(0);
  });
  it('rounds to one decimal', () => {
    expect(round1(1.26)).toBe(1.3);
    expect(round1(-0.04)).toBe(-0);
  });
});
