// The dance plot as plain data: what the SVG builder draws, computed from one engine Dance without the DOM so the
// geometry (scales, ticks, path data, labels) is unit tested. Party a is on the x axis, b on the y axis (the engine
// puts the player first). Only a's and b's own proposals get a connected line — that line is the "dance"; proposals
// by the other parties are drawn as small grey points so the plane still shows everything that was on the table.
// Turns are shown 1-based ("turn 1" is the first move), as everywhere else in the debrief.
import type { Dance, PartyId } from '../../engine';
import { linearScale, ticks } from './scale-model';

export interface PartyInfo {
  id: PartyId;
  name: string;
  colour: string; // scenario colour, #rrggbb
  /** The name in the possessive by the party's grammar ("European allies'"); absent: "name's", or "name'" after an s. */
  possessive?: string;
}

const possessiveOf = (p: PartyInfo): string => p.possessive ?? (/s$/i.test(p.name) ? `${p.name}'` : `${p.name}'s`);

export interface PlotPoint {
  x: number;
  y: number;
  a: number;
  b: number;
}

export interface OfferPoint extends PlotPoint {
  turn: number; // 1-based
  /** 0.35 (first offer of the game) … 1 (last): later offers stand out, the path still reads left to right in time. */
  opacity: number;
}

export interface OfferSeries {
  party: PartyId;
  name: string;
  role: 'a' | 'b' | 'other';
  colour: string;
  points: OfferPoint[];
  path: string | null; // polyline through the party's successive offers; null for 'other' or a single offer
}

export interface PointLabel {
  x: number;
  y: number;
  text: string; // the turns of the offers at this spot, e.g. "3, 7, 12"
  colour: string;
  anchor: 'start' | 'end';
}

export interface LegendItem {
  kind: 'series' | 'other' | 'frontier' | 'nash' | 'reservation' | 'outcome';
  label: string;
  colour: string;
}

export interface DanceRow {
  turn: number; // 1-based
  phase: string;
  round: number;
  proposer: string;
  a: number;
  b: number;
}

export interface DanceModel {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  title: string;
  desc: string;
  xAxis: { label: string; ticks: { value: number; pos: number }[] };
  yAxis: { label: string; ticks: { value: number; pos: number }[] };
  frontier: { path: string; points: PlotPoint[] };
  reservation: { x: number; y: number; a: number; b: number };
  nash: PlotPoint | null;
  outcome: PlotPoint;
  series: OfferSeries[];
  labels: PointLabel[];
  legend: LegendItem[];
  rows: DanceRow[];
  aName: string;
  bName: string;
}

export const DANCE_SIZE = { width: 720, height: 500 } as const;
// Room on the right for the legend; on the left and bottom for ticks and axis labels.
const MARGIN = { left: 64, top: 44, right: 200, bottom: 56 };
export const OTHER_COLOUR = '#8a96a8';
export const FRONTIER_COLOUR = '#7fb8a4';
export const NASH_COLOUR = '#e8e2cf';
export const RESERVATION_COLOUR = '#d9826b';
export const OUTCOME_COLOUR = '#ffd98a';

/** sRGB luminance without gamma (a cheap, monotone stand-in): enough to tell a dark colour from a light one. */
export function lightness(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return (0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255)) / 255;
}

/** Mix a #rrggbb colour towards white by t (0–1). */
export function mixWhite(hex: string, t: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const ch = (v: number) =>
    Math.round(v + (255 - v) * t)
      .toString(16)
      .padStart(2, '0');
  return `#${ch((n >> 16) & 255)}${ch((n >> 8) & 255)}${ch(n & 255)}`;
}

/** Scenario colours are chosen for flags, not for a navy page: dark ones are lifted until they read on it. */
export function onDark(hex: string): string {
  let c = safeColour(hex);
  for (let i = 0; i < 6 && lightness(c) < 0.45; i++) c = mixWhite(c, 0.2);
  return c;
}

/** On white paper the reverse: very light colours are darkened so a printed point stays visible. */
export function onPaper(hex: string): string {
  const c = safeColour(hex);
  if (lightness(c) < 0.6) return c;
  const n = Number.parseInt(c.slice(1), 16);
  const ch = (v: number) =>
    Math.round(v * 0.6)
      .toString(16)
      .padStart(2, '0');
  return `#${ch((n >> 16) & 255)}${ch((n >> 8) & 255)}${ch(n & 255)}`;
}

/** A colour the SVG can take as an attribute: scenario colours are data, so anything else falls back to grey. */
export function safeColour(c: string | undefined, fallback = OTHER_COLOUR): string {
  return c && /^#[0-9a-fA-F]{6}$/.test(c) ? c : fallback;
}

export function pathOf(points: { x: number; y: number }[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
}

/** Turns joined for a label, capped so a party that repeats itself ten times does not write a sentence. */
export function turnList(turns: number[], max = 3): string {
  if (turns.length <= max) return turns.join(', ');
  return `${turns.slice(0, max).join(', ')} +${turns.length - max}`;
}

export function danceModel(
  d: Dance,
  parties: PartyInfo[],
  phaseName: (id: string) => string = (id) => id,
  size: { width: number; height: number } = DANCE_SIZE,
): DanceModel {
  const info = (id: PartyId): PartyInfo => parties.find((p) => p.id === id) ?? { id, name: id, colour: OTHER_COLOUR };
  const A = info(d.a);
  const B = info(d.b);
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: size.width - MARGIN.right,
    bottom: size.height - MARGIN.bottom,
  };
  const sx = linearScale([0, 100], [plot.left, plot.right]);
  const sy = linearScale([0, 100], [plot.bottom, plot.top]);
  const at = (a: number, b: number): PlotPoint => ({ x: sx(a), y: sy(b), a, b });
  const tickValues = ticks(0, 100, 10);

  const n = d.offers.length;
  const opacityOf = (i: number) => (n <= 1 ? 1 : Math.round(35 + (65 * i) / (n - 1)) / 100);
  const colourA = safeColour(A.colour);
  // Two parties may share a colour in a scenario; b then takes a light fallback so the two lines stay apart.
  const colourB = safeColour(B.colour) === colourA ? '#9ec5f0' : safeColour(B.colour);
  const roleOf = (p: PartyId): OfferSeries['role'] => (p === d.a ? 'a' : p === d.b ? 'b' : 'other');

  const byParty = new Map<PartyId, OfferSeries>();
  d.offers.forEach((o, i) => {
    const role = roleOf(o.proposer);
    const key = role === 'other' ? '__other' : o.proposer;
    let s = byParty.get(key);
    if (!s) {
      s = {
        party: role === 'other' ? '' : o.proposer,
        name: role === 'other' ? 'Other parties' : info(o.proposer).name,
        role,
        colour: role === 'a' ? colourA : role === 'b' ? colourB : OTHER_COLOUR,
        points: [],
        path: null,
      };
      byParty.set(key, s);
    }
    s.points.push({ ...at(o.a, o.b), turn: o.turn + 1, opacity: opacityOf(i) });
  });
  const order = { a: 0, b: 1, other: 2 };
  const series = [...byParty.values()].sort((x, y) => order[x.role] - order[y.role]);
  for (const s of series) if (s.role !== 'other' && s.points.length > 1) s.path = pathOf(s.points);

  // One label per spot and series: a party often repeats an offer, and stacked numbers would be unreadable.
  const spots: { p: OfferPoint; turns: number[]; colour: string; role: 'a' | 'b' }[] = [];
  for (const s of series) {
    if (s.role === 'other') continue;
    const mine = new Map<string, { p: OfferPoint; turns: number[]; colour: string; role: 'a' | 'b' }>();
    for (const p of s.points) {
      const k = `${p.a},${p.b}`;
      const spot = mine.get(k);
      if (spot) spot.turns.push(p.turn);
      else mine.set(k, { p, turns: [p.turn], colour: s.colour, role: s.role });
    }
    spots.push(...mine.values());
  }
  const labels = placeLabels(
    spots.map((x) => ({ x: x.p.x, y: x.p.y, text: turnList(x.turns), colour: x.colour })),
    plot.right + 12,
  );

  const frontierPoints = d.frontier.map((f) => at(f.a, f.b));
  const nash = d.nash ? at(d.nash.a, d.nash.b) : null;
  const outcome = at(d.outcome.a, d.outcome.b);
  const reservation = { x: sx(d.reservation.a), y: sy(d.reservation.b), ...d.reservation };

  const legend: LegendItem[] = [
    ...series.map((s) => ({
      kind: s.role === 'other' ? ('other' as const) : ('series' as const),
      label: s.role === 'other' ? 'Other parties' : s.name,
      colour: s.colour,
    })),
    { kind: 'frontier', label: 'Pareto frontier', colour: FRONTIER_COLOUR },
    ...(nash ? [{ kind: 'nash' as const, label: 'Nash point', colour: NASH_COLOUR }] : []),
    { kind: 'reservation', label: 'No-deal values', colour: RESERVATION_COLOUR },
    { kind: 'outcome', label: 'Outcome', colour: OUTCOME_COLOUR },
  ];

  const title = `The dance: ${A.name} and ${B.name}`;
  const mine = series.find((s) => s.role === 'a')?.points.length ?? 0;
  const theirs = series.find((s) => s.role === 'b')?.points.length ?? 0;
  const desc =
    `${n} offer${n === 1 ? '' : 's'} placed by ${possessiveOf(A)} value (x axis) and ${possessiveOf(B)} value (y axis), 0 to 100: ` +
    `${mine} by ${A.name}, ${theirs} by ${B.name}, ${n - mine - theirs} by others. ` +
    `No-deal values: ${A.name} ${d.reservation.a}, ${B.name} ${d.reservation.b}. ` +
    `Outcome: ${d.outcome.a} and ${d.outcome.b}. ` +
    (d.nash ? `Nash point: ${d.nash.a} and ${d.nash.b}. ` : 'No Nash point. ') +
    `The Pareto frontier has ${d.frontier.length} point${d.frontier.length === 1 ? '' : 's'}.`;

  return {
    width: size.width,
    height: size.height,
    plot,
    title,
    desc,
    xAxis: { label: `${A.name}: value (0–100)`, ticks: tickValues.map((value) => ({ value, pos: sx(value) })) },
    yAxis: { label: `${B.name}: value (0–100)`, ticks: tickValues.map((value) => ({ value, pos: sy(value) })) },
    frontier: { path: pathOf(frontierPoints), points: frontierPoints },
    reservation,
    nash,
    outcome,
    series,
    labels,
    legend,
    rows: d.offers.map((o) => ({
      turn: o.turn + 1,
      phase: phaseName(o.phase),
      round: o.round,
      proposer: info(o.proposer).name,
      a: o.a,
      b: o.b,
    })),
    aName: A.name,
    bName: B.name,
  };
}

// Label candidates around a point (dx, dy of the text's baseline start; anchor 'end' puts the text left of it).
const SPOTS: { dx: number; dy: number; anchor: 'start' | 'end' }[] = [
  { dx: 8, dy: -7, anchor: 'start' },
  { dx: 8, dy: 15, anchor: 'start' },
  { dx: -8, dy: -7, anchor: 'end' },
  { dx: -8, dy: 15, anchor: 'end' },
  { dx: 0, dy: -11, anchor: 'start' },
  { dx: 0, dy: 21, anchor: 'start' },
];
const CHAR_W = 6.6; // 11px bold digits and commas, a little generous
const LINE_H = 12;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy placement: each label takes the first candidate spot that overlaps neither an earlier label nor a point
 * (a point is a 12 px box) nor runs past maxX; if none is free it takes the first spot that fits. Good enough for the 10–40 offers of a game.
 */
export function placeLabels(
  items: { x: number; y: number; text: string; colour: string }[],
  maxX = Number.POSITIVE_INFINITY,
): PointLabel[] {
  const taken: Box[] = items.map((i) => ({ x0: i.x - 6, y0: i.y - 6, x1: i.x + 6, y1: i.y + 6 }));
  const out: PointLabel[] = [];
  for (const it of items) {
    const w = it.text.length * CHAR_W;
    const boxAt = (c: (typeof SPOTS)[number]): Box => {
      const x0 = c.anchor === 'start' ? it.x + c.dx : it.x + c.dx - w;
      const y1 = it.y + c.dy + 2;
      return { x0, y0: y1 - LINE_H, x1: x0 + w, y1 };
    };
    // A label may not run into the legend beside the plot: spots past maxX count as taken.
    const free = (c: (typeof SPOTS)[number]) => boxAt(c).x1 <= maxX && !taken.some((b) => overlaps(b, boxAt(c)));
    const choice = SPOTS.find(free) ?? SPOTS.find((c) => boxAt(c).x1 <= maxX) ?? SPOTS[0];
    taken.push(boxAt(choice));
    out.push({ x: it.x + choice.dx, y: it.y + choice.dy, text: it.text, colour: it.colour, anchor: choice.anchor });
  }
  return out;
}

/** The PNG's file name: scenario id and the two party ids, kept to safe characters. */
export function exportFileName(scenarioId: string, a: PartyId, b: PartyId): string {
  const clean = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x';
  return `${clean(scenarioId)}-dance-${clean(a)}-${clean(b)}.png`;
}
