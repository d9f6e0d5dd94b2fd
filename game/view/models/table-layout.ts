// Where everything on the summit table goes, for 1 to 8 (or more) delegations in any region from a phone's strip to
// a wide screen: the table, the seats, each seat's name plate, desk flag, mood chip and "you" tag, and the "by call"
// screens. Pure geometry on names and sizes (widths estimated by text-width.ts), so a unit test can lay out 2…8
// parties at every screen size and check that no two boxes intersect. The view draws inside these boxes.
import { textWidth, wrappedLines } from './text-width';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

// Rounding in the packing leaves slivers of 1e-13 px: boxes that touch within EPS do not intersect.
const EPS = 1e-6;

/** True when the two boxes share any area (touching edges do not count). */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w - EPS && b.x < a.x + a.w - EPS && a.y < b.y + b.h - EPS && b.y < a.y + a.h - EPS;
}

export function overlapArea(a: Rect, b: Rect): number {
  return (
    Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) - EPS) *
    Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) - EPS)
  );
}

/** What a seat's labels say: the layout sizes its boxes from these. */
export interface SeatFacts {
  short: string;
  leader: string;
  /** The chip's words under the plate (a mood, or "Walked out"), or null for none. */
  chip: string | null;
  /** The chip carries a mood face (a walk-out has words only). */
  face: boolean;
  isViewer: boolean;
}

export interface RemoteFacts {
  short: string;
  isViewer: boolean;
}

/** A seat's labels: the plate card, the desk flag on its pole, the chip under the plate and the "you" tag. */
export interface SeatLabel {
  plate: Rect;
  /** The leader's name fits on the plate (a second line); otherwise the plate shows the short name only. */
  leader: boolean;
  /** The flag's cloth (4:3, as the flag-icons set draws it). */
  flag: Rect;
  /** The brass pole the flag hangs from: x, and its top and foot. */
  pole: { x: number; top: number; bottom: number };
  chip: Rect | null;
  /** The chip shows its words beside the face; false: the face alone (the deal sheet names every mood). */
  chipText: boolean;
  you: Rect | null;
}

export interface SeatPlace {
  x: number;
  y: number;
  outward: Point;
  scale: number;
  label: SeatLabel;
}

export interface TableGeometry {
  table: { cx: number; cy: number; rx: number; ry: number };
  headerHeight: number;
  tickerHeight: number;
  /** A short region (a phone's strip): the header draws smaller. */
  compact: boolean;
  /** Left to right, in the order of the facts given. */
  seats: SeatPlace[];
  remote: Rect[];
  /** The bubble's wrap width and the most characters it shows. */
  bubbleWidth: number;
  bubbleChars: number;
}

export const NAME_PX = 14;
export const LEADER_PX = 11;
export const CHIP_PX = 12;
export const REMOTE_NAME_PX = 13;
const PLATE_PAD = 22;
const FLAG_W = 20;
const FLAG_H = 15;

/** Every box a seat's labels cover (the test and the bubble keep clear of them). */
export function labelBoxes(l: SeatLabel): Rect[] {
  const boxes = [l.plate, flagBox(l)];
  if (l.chip) boxes.push(l.chip);
  if (l.you) boxes.push(l.you);
  return boxes;
}

/** The flag with its pole and foot. */
function flagBox(l: SeatLabel): Rect {
  const x0 = Math.min(l.flag.x, l.pole.x - 5);
  const x1 = Math.max(l.flag.x + l.flag.w, l.pole.x + 5);
  const y0 = Math.min(l.flag.y, l.pole.top);
  // A pole behind the card ends at the card's top edge (what shows of it).
  const hidden = l.pole.bottom <= l.plate.y + l.plate.h && l.pole.x > l.plate.x && l.pole.x < l.plate.x + l.plate.w;
  const y1 = hidden ? Math.min(l.pole.bottom, l.plate.y) : l.pole.bottom + 2;
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/**
 * Seat angles for n parties in the room, along the far half of the oval (screen y grows downwards, so the far
 * side is π..2π). The near side stays open, as in the photographs of summits: every face is visible.
 */
export function seatAngles(n: number): number[] {
  if (n <= 0) return [];
  if (n === 1) return [1.5 * Math.PI];
  const margin = n === 2 ? 0.12 : 0.08;
  const from = Math.PI + margin;
  const to = 2 * Math.PI - margin;
  return Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));
}

interface Detail {
  leader: boolean;
  chipText: boolean;
  flagOnTop: boolean;
}

// From the richest to the most compact; the first that fits without overlap wins.
const DETAILS: Detail[] = [
  { leader: true, chipText: true, flagOnTop: false },
  { leader: true, chipText: true, flagOnTop: true },
  { leader: false, chipText: true, flagOnTop: false },
  { leader: false, chipText: true, flagOnTop: true },
  { leader: false, chipText: false, flagOnTop: true },
];

// Where the plates sit on the table top: `even` moves them from in front of their seats (0) to evenly spaced across
// the free width (1); `fy`: how far back along the oval (a fraction of its depth); `rows`: every other (or third)
// plate steps forward, so neighbours stand in two (or three) rows.
const PLACINGS: { even: number; fy: number | null; rows: number }[] = [
  { even: 0, fy: 0.6, rows: 1 },
  { even: 0.5, fy: 0.55, rows: 1 },
  { even: 1, fy: 0.5, rows: 1 },
  { even: 1, fy: 0.3, rows: 1 },
  { even: 1, fy: 0.6, rows: 2 },
  { even: 1, fy: 0.35, rows: 2 },
  { even: 1, fy: 0.85, rows: 2 },
  { even: 1, fy: 0, rows: 1 },
  { even: 1, fy: 0, rows: 2 },
  { even: 1, fy: -0.3, rows: 2 },
  { even: 1, fy: 0.5, rows: 3 },
  { even: 1, fy: 0, rows: 3 },
  { even: 1, fy: 0.8, rows: 3 },
  // Rows centred in the free height, whatever the oval (a short region with screens beside it).
  { even: 1, fy: null, rows: 1 },
  { even: 1, fy: null, rows: 2 },
  { even: 1, fy: null, rows: 3 },
];

function seatLabel(f: SeatFacts, d: Detail, cx: number, cy: number): SeatLabel {
  const nameW = textWidth(f.short, NAME_PX, true);
  const leaderW = d.leader ? Math.min(120, textWidth(f.leader, LEADER_PX)) : 0;
  const w = Math.max(44, Math.max(nameW, leaderW) + PLATE_PAD);
  const h = d.leader ? 38 : 24;
  const plate = { x: cx - w / 2, y: cy - h / 2, w, h };
  const bottom = plate.y + h;
  let flag: Rect;
  let pole: SeatLabel['pole'];
  if (d.flagOnTop) {
    // A small desk flag standing behind the card, showing above its right end.
    const px = plate.x + w - 14;
    flag = { x: px + 1, y: plate.y - 14, w: 16, h: 12 };
    pole = { x: px, top: plate.y - 14, bottom: plate.y + h / 2 };
  } else {
    const px = plate.x + w + 8;
    flag = { x: px + 1, y: bottom - 34, w: FLAG_W, h: FLAG_H };
    pole = { x: px, top: bottom - 34, bottom };
  }
  let chip: Rect | null = null;
  const chipText = d.chipText || !f.face;
  if (f.chip !== null) {
    const cw = chipText ? (f.face ? 16 : 0) + textWidth(f.chip, CHIP_PX, true) + 12 : 22;
    chip = { x: cx - cw / 2, y: bottom + 4, w: cw, h: 20 };
  }
  const you = f.isViewer ? { x: plate.x + 3, y: plate.y - 16, w: textWidth('YOU', 10, true) + 10, h: 15 } : null;
  return { plate, leader: d.leader, flag, pole, chip, chipText, you };
}

function groupHeight(d: Detail): number {
  return (d.flagOnTop ? 14 : 0) + (d.leader ? 38 : 24) + 24 + 4;
}

/** Total overlap of a set of labels with each other and with the outside of the free area (0: it fits). */
function conflicts(labels: SeatLabel[], free: Rect): number {
  const boxes = labels.map(labelBoxes);
  let n = 0;
  for (let i = 0; i < boxes.length; i++) {
    const own = boxes[i]!;
    for (const b of own) {
      const inside = overlapArea(b, free);
      n += Math.max(0, b.w * b.h - inside - EPS * (b.w + b.h));
    }
    // Within one seat: the "you" tag against the flag.
    for (let a = 0; a < own.length; a++)
      for (let b = a + 1; b < own.length; b++) if (a !== 0 && b !== 0) n += overlapArea(own[a]!, own[b]!);
    for (let j = i + 1; j < boxes.length; j++)
      for (const a of own) for (const b of boxes[j]!) n += overlapArea(a, b) + (intersects(a, b) ? 1 : 0);
  }
  return n;
}

interface Oval {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  freeW: number;
  angles: number[];
}

/** Every seat's labels for one level of detail and one placing. */
function placeLabels(
  seats: SeatFacts[],
  d: Detail,
  p: (typeof PLACINGS)[number],
  free: Rect,
  o: Oval,
  packRows: boolean,
): SeatLabel[] {
  const n = seats.length;
  const step = groupHeight(d) + 4;
  const rows = Math.min(n, p.rows);
  const extents = seats.map((f) => {
    const boxes = labelBoxes(seatLabel(f, d, 0, 0));
    return {
      l: Math.min(...boxes.map((b) => b.x)),
      r: Math.max(...boxes.map((b) => b.x + b.w)),
      t: Math.min(...boxes.map((b) => b.y)),
      b: Math.max(...boxes.map((b) => b.y + b.h)),
    };
  });
  // One row: the groups share the free width with equal gaps (no two touch when they fit). Several rows: evenly
  // spaced slots in seat order, every other (or third) one a row further forward, so each plate stays in its
  // seat's place from left to right.
  const packed = new Array<number>(n).fill(o.cx);
  if (rows === 1) {
    const total = extents.reduce((t, e) => t + e.r - e.l, 0);
    const gap = (o.freeW - 8 - total) / Math.max(1, n);
    let cursor = 4 + gap / 2;
    for (const [i, e] of extents.entries()) {
      packed[i] = cursor - e.l;
      cursor += e.r - e.l + gap;
    }
  } else if (!packRows) {
    // Slots sized so the first and last groups end at the free width's edges.
    const left = 4 - extents[0]!.l;
    const right = o.freeW - 4 - extents[n - 1]!.r;
    for (let i = 0; i < n; i++) packed[i] = left + ((right - left) * i) / Math.max(1, n - 1);
  } else {
    // Each row packed on its own (wide plates on a narrow table): the order holds within a row only.
    for (let r = 0; r < rows; r++) {
      const members = seats.map((_, i) => i).filter((i) => i % rows === r);
      const total = members.reduce((t, i) => t + extents[i]!.r - extents[i]!.l, 0);
      const gap = (o.freeW - 8 - total) / Math.max(1, members.length);
      let cursor = 4 + gap / 2;
      for (const i of members) {
        packed[i] = cursor - extents[i]!.l;
        cursor += extents[i]!.r - extents[i]!.l + gap;
      }
    }
  }
  // Centred: the block of rows in the middle of the free height.
  const minY = Math.min(...extents.map((e) => e.t));
  const maxY = Math.max(...extents.map((e) => e.b));
  const centred = free.y + (free.h - ((rows - 1) * step + maxY - minY)) / 2 - minY + ((rows - 1) / 2) * step;
  return seats.map((f, i) => {
    const a = o.angles[i]!;
    const x = (1 - p.even) * (o.cx + Math.cos(a) * o.rx * 0.7) + p.even * packed[i]!;
    const row = (i % rows) - (rows - 1) / 2;
    const y = p.fy === null ? centred : o.cy + Math.sin(a) * o.ry * p.fy;
    return seatLabel(f, d, x, y + row * step);
  });
}

export interface LayoutInput {
  size: { width: number; height: number };
  seats: SeatFacts[];
  remote: RemoteFacts[];
}

/** Lays out the table, the seats with their labels and the screens for the region's size. */
export function layoutTable(input: LayoutInput): TableGeometry {
  const { width, height } = input.size;
  const compact = height < 420 || width < 460;
  const headerHeight = compact ? 46 : 66;
  const tickerHeight = compact ? 32 : 40;
  const top = headerHeight;
  const bottom = height - tickerHeight;

  // Remote parties get a column of "by call" screens on the right, wide enough for their names.
  const remoteNames = input.remote.map((r) =>
    textWidth(r.isViewer ? `${r.short} (you)` : r.short, REMOTE_NAME_PX, true),
  );
  const remoteW =
    input.remote.length > 0
      ? Math.min(150, Math.max(width * 0.22, Math.min(width * 0.34, Math.max(0, ...remoteNames) + 26)))
      : 0;
  const freeW = width - remoteW;
  const boxH = Math.min(118, (bottom - top - 16) / Math.max(1, input.remote.length) - 12);
  const remote = input.remote.map((_, i) => ({
    x: width - remoteW + 8,
    y: top + 16 + i * (boxH + 12),
    w: remoteW - 18,
    h: boxH,
  }));

  const cx = freeW / 2;
  const cy = top + (bottom - top) * (compact ? 0.6 : 0.63);
  // The widest the table may be: the end seats (chair and aides, about 45 × their scale beyond the head) stay in
  // the free area, clear of the screens.
  let rx = Math.max(60, Math.min(freeW * 0.37, (bottom - top) * 0.7));
  const endScale = (r: number) => 1.225 * Math.max(0.7, Math.min(1.35, r / 225));
  while (rx > 60 && cx + rx * 1.02 + 47 * endScale(rx) > freeW - 4) rx -= 2;
  const ry = rx * (compact ? 0.5 : 0.44);
  const angles = seatAngles(input.seats.length);
  const seatPlaces = angles.map((a) => {
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    const depth = (sin + 1) / 2; // 0 far .. 0.5 at the ends
    return {
      x: cx + cos * rx * 1.02,
      y: cy + sin * ry * 1.3 - ry * 0.1,
      outward: { x: cos, y: sin },
      scale: (1 + depth * 0.45) * Math.max(0.7, Math.min(1.35, rx / 225)),
    };
  });

  const bubbleWidth = Math.min(270, freeW - 16);
  // A phone shows the start of the line (the latest line under the table has it whole); the narrowest, less.
  const bubbleChars = !compact ? 240 : freeW < 260 ? 60 : 90;
  // On a short region the labels first try to leave the top band free for the longest bubble (else it has nowhere
  // to go but over them); when they cannot, they take the whole height.
  const longest = Array.from({ length: bubbleChars / 10 }, () => 'mmmmmmmmm').join(' ');
  const bubbleH = wrappedLines(longest, 15 * 0.62, bubbleWidth - 28) * 20 + 20;
  const reserve = compact ? bubbleH + 10 : 0;
  const frees = [
    { x: 2, y: top + 2 + reserve, w: freeW - 4, h: bottom - top - 4 - reserve },
    { x: 2, y: top + 2, w: freeW - 4, h: bottom - top - 4 },
  ];
  const oval = { cx, cy, rx, ry, freeW, angles };
  let best: SeatLabel[] = [];
  let bestCost = Number.POSITIVE_INFINITY;
  // Fewer rows first (a second row of plates reads worse than a plate without its leader's name), then the
  // richest detail, then the placings.
  search: for (const free of reserve > 0 ? frees : frees.slice(1)) {
    for (const rows of [1, 2, 3]) {
      for (const d of DETAILS) {
        for (const packRows of rows === 1 ? [false] : [false, true]) {
          for (const p of PLACINGS) {
            if (p.rows !== rows) continue;
            const labels = placeLabels(input.seats, d, p, free, oval, packRows);
            const cost = conflicts(labels, free);
            if (cost < bestCost) {
              best = labels;
              bestCost = cost;
            }
            if (cost < EPS) break search;
          }
        }
      }
    }
  }

  return {
    table: { cx, cy, rx, ry },
    headerHeight,
    tickerHeight,
    compact,
    seats: seatPlaces.map((s, i) => ({ ...s, label: best[i]! })),
    remote,
    bubbleWidth,
    bubbleChars,
  };
}
