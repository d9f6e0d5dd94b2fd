// The dance plot's geometry on a small hand-made dance: positions, paths, labels, legend and table rows.
import { describe, expect, it } from 'vitest';
import type { Dance } from '../../engine';
import {
  DANCE_SIZE,
  danceModel,
  exportFileName,
  lightness,
  mixWhite,
  onDark,
  onPaper,
  pathOf,
  placeLabels,
  safeColour,
  turnList,
} from './dance-model';

const parties = [
  { id: 'us', name: 'United States', colour: '#3c5a99' },
  { id: 'ru', name: 'Russia', colour: '#a23b3b' },
  { id: 'eu', name: 'Europe', colour: '#d1a93a' },
];

const offer = (turn: number, proposer: string, a: number, b: number) => ({
  turn,
  phase: 'p1',
  round: 1 + Math.floor(turn / 3),
  proposer,
  package: {},
  a,
  b,
});

const dance: Dance = {
  a: 'us',
  b: 'ru',
  offers: [
    offer(0, 'us', 90, 10),
    offer(1, 'ru', 20, 80),
    offer(2, 'eu', 50, 50),
    offer(3, 'us', 90, 10),
    offer(4, 'us', 70, 40),
  ],
  frontier: [
    { a: 0, b: 100 },
    { a: 50, b: 70 },
    { a: 100, b: 0 },
  ],
  nash: { a: 50, b: 70 },
  reservation: { a: 30, b: 20 },
  outcome: { a: 70, b: 40 },
};

describe('danceModel', () => {
  const m = danceModel(dance, parties, (id) => `Phase ${id}`);
  // Plot area: x 64…520 (456 px for 100 points), y 444…44 (400 px).
  const x = (a: number) => 64 + a * 4.56;
  const y = (b: number) => 444 - b * 4;

  it('uses the default size and a plot area inside it', () => {
    expect(m.width).toBe(DANCE_SIZE.width);
    expect(m.plot).toEqual({ left: 64, top: 44, right: 520, bottom: 444 });
  });

  it('places ticks every 10 points on both axes', () => {
    expect(m.xAxis.ticks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(m.xAxis.ticks[5].pos).toBeCloseTo(x(50));
    expect(m.yAxis.ticks[10].pos).toBe(44);
    expect(m.xAxis.label).toBe('United States: value (0–100)');
    expect(m.yAxis.label).toBe('Russia: value (0–100)');
  });

  it('puts a on x and b on y, with 1-based turns and opacity growing in time', () => {
    const us = m.series.find((s) => s.role === 'a')!;
    expect(us.points.map((p) => p.turn)).toEqual([1, 4, 5]);
    expect(us.points[2].x).toBeCloseTo(x(70));
    expect(us.points[2].y).toBeCloseTo(y(40));
    expect(us.points[0].opacity).toBe(0.35);
    expect(us.points[2].opacity).toBe(1);
    expect(us.path).toBe(pathOf(us.points));
    expect(us.path!.startsWith('M')).toBe(true);
  });

  it('draws no line for a single offer or for other parties', () => {
    const ru = m.series.find((s) => s.role === 'b')!;
    expect(ru.points).toHaveLength(1);
    expect(ru.path).toBeNull();
    const other = m.series.find((s) => s.role === 'other')!;
    expect(other.name).toBe('Other parties');
    expect(other.path).toBeNull();
    expect(m.series.map((s) => s.role)).toEqual(['a', 'b', 'other']);
  });

  it('merges the labels of a repeated offer', () => {
    const texts = m.labels.map((l) => l.text);
    expect(texts).toContain('1, 4');
    expect(texts).toContain('5');
    expect(texts).toContain('2');
    expect(texts).toHaveLength(3); // other parties' offers carry no label
  });

  it('projects the frontier, the Nash point, the reservation lines and the outcome', () => {
    expect(m.frontier.points).toHaveLength(3);
    expect(m.frontier.path).toBe(`M64 ${y(100)} L${x(50)} ${y(70)} L${x(100)} ${y(0)}`);
    expect(m.nash).toMatchObject({ a: 50, b: 70 });
    expect(m.reservation.x).toBeCloseTo(x(30));
    expect(m.reservation.y).toBeCloseTo(y(20));
    expect(m.outcome).toMatchObject({ a: 70, b: 40 });
  });

  it('lists a legend entry for everything drawn, and a data row per offer', () => {
    expect(m.legend.map((l) => l.kind)).toEqual([
      'series',
      'series',
      'other',
      'frontier',
      'nash',
      'reservation',
      'outcome',
    ]);
    expect(m.rows[2]).toEqual({ turn: 3, phase: 'Phase p1', round: 1, proposer: 'Europe', a: 50, b: 50 });
    expect(m.desc).toContain('5 offers');
    expect(m.desc).toContain('Nash point: 50 and 70');
    expect(m.desc).toContain("placed by United States' value (x axis) and Russia's value (y axis)");
    const allies = danceModel(dance, [{ ...parties[0], name: 'The Allies', possessive: "The Allies'" }, parties[1]]);
    expect(allies.desc).toContain("placed by The Allies' value (x axis)");
  });

  it('copes with no offers and no Nash point', () => {
    const empty = danceModel({ ...dance, offers: [], nash: null }, parties);
    expect(empty.series).toEqual([]);
    expect(empty.nash).toBeNull();
    expect(empty.legend.some((l) => l.kind === 'nash')).toBe(false);
    expect(empty.desc).toContain('No Nash point');
  });

  it('keeps two parties of one colour apart', () => {
    const same = danceModel(dance, [parties[0], { ...parties[1], colour: '#3c5a99' }]);
    expect(same.series[0].colour).not.toBe(same.series[1].colour);
  });
});

describe('helpers', () => {
  it('accepts only #rrggbb colours', () => {
    expect(safeColour('#A23B3B')).toBe('#A23B3B');
    expect(safeColour('red; stroke: url(x)')).toBe('#8a96a8');
  });
  it('lifts dark colours for the navy page and darkens pale ones for paper', () => {
    expect(mixWhite('#000000', 0.5)).toBe('#808080');
    expect(lightness('#ffffff')).toBeCloseTo(1);
    expect(lightness(onDark('#3c5a99'))).toBeGreaterThanOrEqual(0.45);
    expect(onDark('#e2c98e')).toBe('#e2c98e');
    expect(onPaper('#3c5a99')).toBe('#3c5a99');
    expect(lightness(onPaper('#f3efe4'))).toBeLessThan(0.7);
  });
  it('moves a label that would cover another one', () => {
    const ls = placeLabels([
      { x: 100, y: 100, text: '1', colour: '#ffffff' },
      { x: 102, y: 100, text: '2', colour: '#ffffff' },
      { x: 300, y: 300, text: '3', colour: '#ffffff' },
    ]);
    expect(ls[0]).toMatchObject({ x: 108, y: 93, anchor: 'start' });
    expect(ls[1].y === 93 && ls[1].anchor === 'start').toBe(false);
    expect(ls[2]).toMatchObject({ x: 308, y: 293 });
  });
  it('keeps labels left of a right edge', () => {
    const [l] = placeLabels([{ x: 100, y: 100, text: '19, 26', colour: '#ffffff' }], 110);
    expect(l.anchor).toBe('end');
    expect(l.x).toBe(92);
  });
  it('caps long turn lists', () => {
    expect(turnList([1, 2, 3, 4, 5])).toBe('1, 2, 3 +2');
  });
  it('names the PNG after scenario and parties', () => {
    expect(exportFileName('alaska-2025', 'ukraine', 'us')).toBe('alaska-2025-dance-ukraine-us.png');
    expect(exportFileName('My Scenario!', 'a b', '')).toBe('my-scenario-dance-a-b-x.png');
  });
});
