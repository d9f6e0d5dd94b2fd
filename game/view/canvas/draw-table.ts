// Drawing the summit table: the room, the chairs, the delegations as head-and-shoulders figures in their national
// colours, the table, name-plate cards, desk flags, mood badges and the "by call" screens. The one drawing of the
// table: the game's table view draws it from its model, the title scene draws the same room and table, empty, from
// its layout. Pure drawing into Graphics (the scenes bake the result into a texture); text is placed by the views.
import type * as Phaser from 'phaser';
import type { Mood } from '../../engine/index';
import type { SeatLabel } from '../models/table-layout';
import type { RemoteModel, SeatModel } from '../models/table-model';
import { PALETTE } from '../palette';
import { drawFlag } from './flags';
import { drawLightPool } from './light-pool';

type G = Phaser.GameObjects.Graphics;

/** Linear mix of two 0xRRGGBB colours (t = 0 → a, 1 → b). */
export function mix(a: number, b: number, t: number): number {
  const ch = (c: number, s: number) => (c >> s) & 0xff;
  const m = (s: number) => Math.round(ch(a, s) + (ch(b, s) - ch(a, s)) * t) << s;
  return m(16) | m(8) | m(0);
}

/** Mood colours: warm for hard stances, cool to green as they soften; walkout grey. Each has a label too. */
export const MOOD_COLOURS: Record<Mood, number> = {
  maximalist: 0xd9534f,
  probing: 0xe3a33b,
  bargaining: 0x5aa7e0,
  closing: 0x5fbf7f,
  walkout: 0x9aa3ad,
};

/** The table's ellipse on the canvas: centre and radii (seen from a raised angle, so ry < rx). */
export interface TableShape {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

/** What the room needs: its size, the table, the band kept free on top, and whose flags hang on the back wall. */
export interface RoomShape {
  size: { width: number; height: number };
  table: TableShape;
  headerHeight: number;
  seats: readonly { x: number; colour: number; flag: string | null }[];
  /** Draw the back wall (panels, pilasters, flags); the title leaves it out, its text stands there. Default true. */
  wall?: boolean;
}

/** The hall: a navy gradient, the back wall's panels and flags, a pool of light and the carpet under the table. */
export function drawRoom(g: G, m: RoomShape): void {
  const { width, height } = m.size;
  const { cx, cy, rx, ry } = m.table;
  g.fillGradientStyle(PALETTE.navyMid, PALETTE.navyMid, PALETTE.night, PALETTE.night, 1);
  g.fillRect(0, 0, width, height);
  if (m.wall !== false) drawBackWall(g, m);
  drawLightPool(g, m.table);
  g.fillStyle(0x2a1520, 0.85);
  g.fillEllipse(cx, cy + ry * 0.35, rx * 2.75, ry * 3.5);
  g.lineStyle(2, PALETTE.brass, 0.4);
  g.strokeEllipse(cx, cy + ry * 0.35, rx * 2.62, ry * 3.34);
}

/** The back wall: dark panels with brass pilasters, a brass line where the floor begins, and the flags. */
function drawBackWall(g: G, m: RoomShape): void {
  const { width } = m.size;
  const { cy, ry } = m.table;
  const wallBottom = cy - ry * 1.9;
  g.fillStyle(PALETTE.night, 0.35);
  g.fillRect(0, m.headerHeight, width, Math.max(0, wallBottom - m.headerHeight));
  const panels = 7;
  for (let i = 0; i < panels; i++) {
    const pw = width / panels;
    g.fillStyle(PALETTE.navyLight, 0.18);
    g.fillRect(i * pw + pw * 0.12, m.headerHeight + 14, pw * 0.76, Math.max(0, wallBottom - m.headerHeight - 28));
    g.fillStyle(PALETTE.brass, 0.12);
    g.fillRect(i * pw - 1, m.headerHeight, 2, Math.max(0, wallBottom - m.headerHeight));
  }
  g.fillStyle(PALETTE.brass, 0.35);
  g.fillRect(0, wallBottom, width, 2);
  drawWallFlags(g, m, wallBottom);
}

/** Where the back wall's flags hang: one 4:3 cloth per delegation in the room, left to right as they sit. */
export function wallFlagRects(
  m: RoomShape,
): { x: number; y: number; w: number; h: number; flag: string | null; colour: number }[] {
  const n = m.seats.length;
  // Narrow regions (a phone, eight delegations) shrink the flags and their gaps to fit the wall left of the "by
  // call" screens (the table is centred in that part: it is twice the table's centre wide).
  const wall = Math.min(m.size.width, 2 * m.table.cx);
  const fw = Math.max(16, Math.min(40, (wall - 24) / Math.max(1, n) - 14));
  const fh = (fw * 3) / 4;
  const gap = Math.min(26, fw * 0.6);
  const total = n * fw + (n - 1) * gap;
  const x0 = Math.max(8, m.table.cx - total / 2);
  const top = m.headerHeight + 22;
  const order = [...m.seats].sort((a, b) => a.x - b.x);
  return order.map((seat, i) => ({
    x: x0 + i * (fw + gap),
    y: top + 2,
    w: fw,
    h: fh,
    flag: seat.flag,
    colour: seat.colour,
  }));
}

/** The flags of the delegations in the room on poles along the back wall, as at every summit's backdrop. */
function drawWallFlags(g: G, m: RoomShape, wallBottom: number): void {
  for (const r of wallFlagRects(m)) {
    const { x, w, h } = r;
    const top = r.y - 2;
    g.fillStyle(0x000000, 0.25);
    g.fillRect(x + 3, top + 4, w, h);
    // The cloth hangs from a crossbar; the pole runs down to the floor line.
    g.lineStyle(2, PALETTE.brass, 0.9);
    g.lineBetween(x - 2, top + 1, x - 2, wallBottom);
    g.fillStyle(PALETTE.brassLight, 1);
    g.fillCircle(x - 2, top - 2, 3);
    drawFlag(g, r.flag, r.colour, x, r.y, w, h);
  }
}

/**
 * A leather chair whose back is centred on x, its top 26·s above y; s is the seat's scale. `band`: a delegation's
 * colour across the top of the backrest (for an empty chair, where no figure carries it).
 */
export function drawChair(g: G, x: number, y: number, s: number, band?: number): void {
  g.fillStyle(0x000000, 0.25);
  g.fillEllipse(x, y + 56 * s, 64 * s, 16 * s);
  g.fillStyle(PALETTE.leather, 1);
  g.fillRoundedRect(x - 27 * s, y - 26 * s, 54 * s, 86 * s, 14 * s);
  g.fillStyle(PALETTE.leatherLight, 1);
  g.fillRoundedRect(x - 21 * s, y - 20 * s, 42 * s, 60 * s, 10 * s);
  if (band !== undefined) {
    g.fillStyle(band, 0.95);
    g.fillRoundedRect(x - 21 * s, y - 20 * s, 42 * s, 9 * s, 4 * s);
  }
  g.lineStyle(1, PALETTE.brass, 0.35);
  g.strokeRoundedRect(x - 27 * s, y - 26 * s, 54 * s, 86 * s, 14 * s);
}

/** A stylised head-and-shoulders figure: suit in the national colour, shirt and tie, a softly lit head. */
export function drawFigure(g: G, x: number, y: number, s: number, colour: number, alpha = 1): void {
  const suit = mix(colour, PALETTE.night, 0.35);
  // One warm neutral for every face, barely tinted: the suit carries the nation, not the skin.
  const head = mix(0xd2b293, colour, 0.12);
  // Shoulders and torso.
  g.fillStyle(suit, alpha);
  g.fillRoundedRect(x - 30 * s, y + 15 * s, 60 * s, 50 * s, { tl: 20 * s, tr: 20 * s, bl: 4 * s, br: 4 * s });
  g.fillStyle(mix(suit, PALETTE.ivory, 0.18), alpha);
  g.fillRoundedRect(x - 28 * s, y + 16 * s, 22 * s, 10 * s, { tl: 10 * s, tr: 2 * s, bl: 2 * s, br: 2 * s });
  // Shirt and tie.
  g.fillStyle(PALETTE.ivory, alpha * 0.95);
  g.fillTriangle(x - 8 * s, y + 15 * s, x + 8 * s, y + 15 * s, x, y + 32 * s);
  g.fillStyle(mix(colour, 0xffffff, 0.1), alpha);
  g.fillTriangle(x - 2.5 * s, y + 18 * s, x + 2.5 * s, y + 18 * s, x, y + 34 * s);
  // Neck and head, with a rim light from the room's lamps.
  g.fillStyle(mix(head, 0x000000, 0.2), alpha);
  g.fillRect(x - 5 * s, y + 6 * s, 10 * s, 11 * s);
  g.fillStyle(head, alpha);
  g.fillEllipse(x, y - 2 * s, 25 * s, 29 * s);
  g.fillStyle(0xffffff, alpha * 0.16);
  g.fillEllipse(x - 4 * s, y - 8 * s, 12 * s, 12 * s);
  g.fillStyle(mix(head, 0x1a120c, 0.55), alpha);
  g.slice(x, y - 4 * s, 13 * s, Math.PI * 1.05, Math.PI * 1.95, false);
  g.fillPath();
}

function drawHalo(g: G, x: number, y: number, s: number, colour: number): void {
  for (let i = 6; i >= 1; i--) {
    g.fillStyle(colour, 0.06);
    g.fillEllipse(x, y + 14 * s, (70 + i * 14) * s, (90 + i * 12) * s);
  }
}

/**
 * The speaker's glow: nested translucent rings around the seat, as the halo's layers but open in the middle. It is
 * drawn over the baked room (the speaker changes every turn, the room does not), so it leaves the chair and the
 * figure clear. Each ring is quads between two ellipses that share their edges: no seams where strokes overlap.
 */
export function drawSpeakerGlow(g: G, seat: SeatModel): void {
  if (!seat.isSpeaker || seat.walkedOut) return;
  const s = seat.scale;
  const cx = seat.x;
  const cy = seat.y + 14 * s;
  const inner = { rx: 42 * s, ry: 52 * s };
  const steps = 40;
  for (let i = 6; i >= 1; i--) {
    const rx = ((70 + i * 14) * s) / 2 + 14 * s;
    const ry = ((90 + i * 12) * s) / 2 + 12 * s;
    g.fillStyle(PALETTE.brassLight, 0.06);
    for (let j = 0; j < steps; j++) {
      const a0 = (j / steps) * Math.PI * 2;
      const a1 = ((j + 1) / steps) * Math.PI * 2;
      const c0 = Math.cos(a0);
      const s0 = Math.sin(a0);
      const c1 = Math.cos(a1);
      const s1 = Math.sin(a1);
      const ix0 = cx + c0 * inner.rx;
      const iy0 = cy + s0 * inner.ry;
      const ix1 = cx + c1 * inner.rx;
      const iy1 = cy + s1 * inner.ry;
      const ox0 = cx + c0 * rx;
      const oy0 = cy + s0 * ry;
      const ox1 = cx + c1 * rx;
      const oy1 = cy + s1 * ry;
      g.fillTriangle(ix0, iy0, ox0, oy0, ox1, oy1);
      g.fillTriangle(ix0, iy0, ox1, oy1, ix1, iy1);
    }
  }
}

/**
 * The delegation behind its principal: aides smaller and further out, then chair, then the principal. `halo`
 * false leaves out the speaker's halo (the table view draws drawSpeakerGlow on a live layer instead).
 */
export function drawSeat(g: G, seat: SeatModel, halo = true): void {
  const s = seat.scale;
  // Aides sit in a second row behind the principal (further from the camera), one either side; at the table's
  // ends the row leans towards the table so it never leaves the picture.
  if (halo && seat.isSpeaker && !seat.walkedOut) drawHalo(g, seat.x, seat.y, s, PALETTE.brassLight);
  if (!seat.walkedOut) {
    seat.members.forEach((_, i) => {
      const side = seat.members.length === 1 ? 0.7 : i === 0 ? -1 : 1;
      const mx = seat.x - seat.outward.x * 8 * s + side * 31 * s;
      const my = seat.y - 27 * s + Math.abs(seat.outward.x) * side * seat.outward.x * -6 * s;
      drawFigure(g, mx, my, s * 0.72, seat.colour, 0.85);
    });
  }
  drawChair(g, seat.x, seat.y, s);
  if (!seat.walkedOut) drawFigure(g, seat.x, seat.y, s, seat.colour);
}

/** The table: its shadow, edge and polished top, the brass inlay and the emblem (a flattened globe). */
export function drawTableTop(g: G, m: { table: TableShape }): void {
  const { cx, cy, rx, ry } = m.table;
  const t = ry * 0.14;
  g.fillStyle(0x000000, 0.35);
  g.fillEllipse(cx, cy + t * 2, rx * 2.1, ry * 2.25);
  g.fillStyle(PALETTE.woodDark, 1);
  g.fillEllipse(cx, cy + t, rx * 2, ry * 2);
  g.fillRect(cx - rx, cy, rx * 2, t);
  g.fillStyle(PALETTE.wood, 1);
  g.fillEllipse(cx, cy, rx * 2, ry * 2);
  g.fillStyle(PALETTE.woodLight, 0.35);
  g.fillEllipse(cx, cy - ry * 0.04, rx * 1.72, ry * 1.66);
  g.fillStyle(PALETTE.ivory, 0.03);
  g.fillEllipse(cx - rx * 0.2, cy - ry * 0.3, rx * 1.1, ry * 0.6);
  g.lineStyle(2, PALETTE.brass, 0.8);
  g.strokeEllipse(cx, cy, rx * 1.9, ry * 1.9);
  g.lineStyle(1, PALETTE.brass, 0.4);
  g.strokeEllipse(cx, cy, rx * 1.84, ry * 1.84);
  // The emblem: a flattened globe at the centre.
  const r = rx * 0.16;
  const flat = ry / rx;
  g.fillStyle(PALETTE.navy, 0.5);
  g.fillEllipse(cx, cy, r * 2.3, r * 2.3 * flat);
  g.lineStyle(1.5, PALETTE.brassLight, 0.8);
  g.strokeEllipse(cx, cy, r * 2, r * 2 * flat);
  g.lineStyle(1, PALETTE.brass, 0.6);
  for (const k of [0.68, 0.34]) g.strokeEllipse(cx, cy, r * 2 * k, r * 2 * flat);
  g.lineBetween(cx, cy - r * flat, cx, cy + r * flat);
  g.lineBetween(cx - r, cy, cx + r, cy);
}

type PlateSeat = { colour: number; flag: string | null; isSpeaker: boolean; isNext: boolean; walkedOut: boolean };
type Box = { x: number; y: number; w: number; h: number };

/** The name card itself: its shadow, the card (greyed for a walk-out), its colour stripe and the speaker's ring. */
function drawPlateCard(g: G, seat: PlateSeat, box: Box): void {
  g.fillStyle(0x000000, 0.3);
  g.fillRoundedRect(box.x + 2, box.y + 3, box.w, box.h, 4);
  g.fillStyle(seat.walkedOut ? 0x8d8a83 : PALETTE.ivory, 1);
  g.fillRoundedRect(box.x, box.y, box.w, box.h, 4);
  g.fillStyle(seat.colour, 1);
  g.fillRect(box.x + 3, box.y + box.h - 5, box.w - 6, 3);
  if (seat.isSpeaker || seat.isNext) {
    g.lineStyle(seat.isSpeaker ? 2 : 1.5, seat.isSpeaker ? PALETTE.brassLight : PALETTE.brass, 1);
    g.strokeRoundedRect(box.x - 2, box.y - 2, box.w + 4, box.h + 4, 5);
  }
}

/** The plate card (sized to its text by the caller), its colour stripe and a desk flag (scaled by k) beside it. */
export function drawPlate(g: G, seat: PlateSeat, box: Box, k = 1): void {
  drawPlateCard(g, seat, box);
  // Desk flag on a brass pole at the plate's right.
  const fx = box.x + box.w + 8 * k;
  const base = box.y + box.h;
  g.fillStyle(PALETTE.brass, 1);
  g.fillEllipse(fx, base, 10 * k, 4 * k);
  g.lineStyle(Math.max(1, 1.5 * k), PALETTE.brassLight, 1);
  g.lineBetween(fx, base, fx, base - 34 * k);
  drawFlag(g, seat.flag, seat.colour, fx + 1, base - 34 * k, 21 * k, 14 * k);
}

/**
 * A seated delegation's name card and desk flag where the table's layout put them (models/table-layout.ts): the
 * flag on a brass pole beside the card, or standing behind it on a crowded table. The flag's cloth is drawn here
 * in the party's colours (or from shapes for a few codes); the view lays the flag-icons picture over it once loaded.
 */
export function drawSeatPlate(g: G, seat: PlateSeat, l: SeatLabel): void {
  const box = l.plate;
  const behind = l.pole.bottom <= box.y + box.h && l.pole.x > box.x && l.pole.x < box.x + box.w;
  const pole = () => {
    g.lineStyle(1.5, PALETTE.brassLight, 1);
    g.lineBetween(l.pole.x, l.pole.bottom, l.pole.x, l.pole.top);
    drawFlag(g, seat.flag, seat.colour, l.flag.x, l.flag.y, l.flag.w, l.flag.h);
  };
  if (behind) pole();
  drawPlateCard(g, seat, box);
  if (!behind) {
    g.fillStyle(PALETTE.brass, 1);
    g.fillEllipse(l.pole.x, l.pole.bottom, 10, 4);
    pole();
  }
}

/** A small face whose brow and mouth follow the mood; the label beside it carries the meaning in words. */
export function drawMoodFace(g: G, mood: Mood, x: number, y: number, r: number): void {
  const c = MOOD_COLOURS[mood];
  g.fillStyle(c, 1);
  g.fillCircle(x, y, r);
  g.lineStyle(1, PALETTE.night, 0.9);
  g.strokeCircle(x, y, r);
  g.fillStyle(PALETTE.night, 1);
  g.fillCircle(x - r * 0.35, y - r * 0.15, r * 0.12);
  g.fillCircle(x + r * 0.35, y - r * 0.15, r * 0.12);
  g.lineStyle(Math.max(1, r * 0.14), PALETTE.night, 1);
  const my = y + r * 0.38;
  switch (mood) {
    case 'maximalist':
      g.lineBetween(x - r * 0.55, y - r * 0.55, x - r * 0.15, y - r * 0.35);
      g.lineBetween(x + r * 0.55, y - r * 0.55, x + r * 0.15, y - r * 0.35);
      g.beginPath();
      g.arc(x, my + r * 0.3, r * 0.35, Math.PI * 1.15, Math.PI * 1.85);
      g.strokePath();
      break;
    case 'probing':
      g.lineBetween(x + r * 0.15, y - r * 0.5, x + r * 0.55, y - r * 0.6);
      g.lineBetween(x - r * 0.35, my, x + r * 0.35, my);
      break;
    case 'bargaining':
      g.beginPath();
      g.arc(x, my - r * 0.25, r * 0.35, Math.PI * 0.2, Math.PI * 0.8);
      g.strokePath();
      break;
    case 'closing':
      g.beginPath();
      g.arc(x, my - r * 0.35, r * 0.45, Math.PI * 0.1, Math.PI * 0.9);
      g.strokePath();
      break;
    case 'walkout':
      g.lineBetween(x - r * 0.4, my - r * 0.1, x + r * 0.4, my + r * 0.1);
      break;
  }
}

/** A "by call" screen: a framed monitor with the party's principal on it, its flag and a live dot. */
export function drawRemote(g: G, r: RemoteModel): void {
  const { x, y, w, h } = r.box;
  g.fillStyle(0x000000, 0.35);
  g.fillRoundedRect(x + 3, y + 4, w, h, 6);
  g.fillStyle(r.isSpeaker ? PALETTE.brassLight : PALETTE.brass, r.isSpeaker ? 1 : 0.7);
  g.fillRoundedRect(x - 3, y - 3, w + 6, h + 6, 7);
  g.fillStyle(PALETTE.night, 1);
  g.fillRoundedRect(x, y, w, h, 5);
  const screenH = h - 24;
  g.fillGradientStyle(
    mix(r.colour, PALETTE.night, 0.55),
    mix(r.colour, PALETTE.night, 0.55),
    PALETTE.night,
    PALETTE.night,
    1,
  );
  g.fillRect(x + 4, y + 4, w - 8, screenH - 4);
  if (!r.walkedOut) {
    const s = Math.min(0.72, (screenH - 8) / 80);
    drawFigure(g, x + w / 2, y + 4 + screenH * 0.42, s, r.colour);
  }
  // The screen crops the figure's torso: cover the overflow with the bezel again.
  g.fillStyle(PALETTE.night, 1);
  g.fillRect(x, y + screenH, w, h - screenH);
  drawFlag(g, r.flag, r.colour, x + 8, y + 8, 16, 12);
  g.fillStyle(r.walkedOut ? 0x9aa3ad : 0xe0453a, 1);
  g.fillCircle(x + w - 12, y + 13, 3.5);
}
