// The stylised round summit table with its chairs, name plates and table flags, seen from a raised angle.
// Far chairs are drawn before the table and near chairs after it, so the table hides what it should.
import type * as Phaser from 'phaser';
import type { SeatPlace, TitleLayout } from '../models/title-layout';
import { PALETTE, SEAT_COLOURS } from '../palette';

export function drawSummitTable(g: Phaser.GameObjects.Graphics, layout: TitleLayout): void {
  g.clear();
  const { cx, cy, rx, ry } = layout.table;
  const far = layout.seats.filter((s) => s.depth < 0.5);
  const near = layout.seats.filter((s) => s.depth >= 0.5);
  const colourOf = (seat: SeatPlace) => SEAT_COLOURS[layout.seats.indexOf(seat) % SEAT_COLOURS.length];

  for (const seat of far) drawChair(g, seat, rx, colourOf(seat));

  const thickness = ry * 0.16;
  // Shadow on the carpet, then the table's edge (its visible thickness), then the top.
  g.fillStyle(0x000000, 0.35);
  g.fillEllipse(cx, cy + thickness * 1.8, rx * 2.12, ry * 2.3);
  g.fillStyle(PALETTE.woodDark, 1);
  g.fillEllipse(cx, cy + thickness, rx * 2, ry * 2);
  g.fillRect(cx - rx, cy, rx * 2, thickness);
  g.fillStyle(PALETTE.wood, 1);
  g.fillEllipse(cx, cy, rx * 2, ry * 2);
  // Polished top: a lighter inner field and a sheen towards the light.
  g.fillStyle(PALETTE.woodLight, 0.35);
  g.fillEllipse(cx, cy - ry * 0.04, rx * 1.7, ry * 1.64);
  g.fillStyle(PALETTE.ivory, 0.025);
  g.fillEllipse(cx - rx * 0.2, cy - ry * 0.3, rx * 1.1, ry * 0.6);
  // Brass inlay rings.
  g.lineStyle(2, PALETTE.brass, 0.8);
  g.strokeEllipse(cx, cy, rx * 1.9, ry * 1.9);
  g.lineStyle(1, PALETTE.brass, 0.4);
  g.strokeEllipse(cx, cy, rx * 1.84, ry * 1.84);

  for (const seat of layout.seats) drawPlate(g, seat, rx, colourOf(seat));
  for (const seat of near) drawChair(g, seat, rx, colourOf(seat));
}

/** The emblem at the table's centre: a globe of meridians and parallels, flattened like the table. */
export function drawEmblem(g: Phaser.GameObjects.Graphics, layout: TitleLayout): void {
  g.clear();
  const { cx, cy, rx, ry } = layout.table;
  const r = rx * 0.2;
  const flat = ry / rx;
  g.fillStyle(PALETTE.navy, 0.55);
  g.fillEllipse(cx, cy, r * 2.3, r * 2.3 * flat);
  g.lineStyle(1.5, PALETTE.brassLight, 0.85);
  g.strokeEllipse(cx, cy, r * 2, r * 2 * flat);
  g.lineStyle(1, PALETTE.brass, 0.65);
  for (const k of [0.68, 0.34]) g.strokeEllipse(cx, cy, r * 2 * k, r * 2 * flat);
  g.lineBetween(cx, cy - r * flat, cx, cy + r * flat);
  for (const k of [-0.5, 0, 0.5]) {
    const half = r * Math.sqrt(1 - k * k);
    g.lineBetween(cx - half, cy + k * r * flat, cx + half, cy + k * r * flat);
  }
  g.lineStyle(1, PALETTE.brass, 0.35);
  g.strokeEllipse(cx, cy, r * 2.3, r * 2.3 * flat);
}

function drawChair(g: Phaser.GameObjects.Graphics, seat: SeatPlace, rx: number, colour: number): void {
  const s = (0.85 + seat.depth * 0.4) * (rx / 280);
  const w = 54 * s;
  const h = 62 * s;
  const x = seat.x - w / 2;
  const y = seat.y - h * 0.75;
  g.fillStyle(0x000000, 0.3);
  g.fillEllipse(seat.x, seat.y + h * 0.28, w * 1.3, h * 0.35);
  g.fillStyle(PALETTE.leather, 1);
  g.fillRoundedRect(x, y, w, h, Math.min(12 * s, w / 2));
  g.fillStyle(PALETTE.leatherLight, 1);
  g.fillRoundedRect(x + w * 0.12, y + h * 0.1, w * 0.76, h * 0.62, Math.min(8 * s, w / 3));
  // The delegation's colour as a band on the chair back.
  g.fillStyle(colour, 0.95);
  g.fillRoundedRect(x + w * 0.12, y + h * 0.1, w * 0.76, h * 0.12, Math.min(4 * s, w / 6));
}

function drawPlate(g: Phaser.GameObjects.Graphics, seat: SeatPlace, rx: number, colour: number): void {
  const s = (0.8 + seat.depth * 0.3) * (rx / 300);
  const w = 40 * s;
  const h = 12 * s;
  g.fillStyle(PALETTE.ivory, 0.9);
  g.fillRoundedRect(seat.plateX - w / 2, seat.plateY - h / 2, w, h, 2 * s);
  g.fillStyle(colour, 1);
  g.fillRect(seat.plateX - w / 2, seat.plateY + h / 2 - 3 * s, w, 3 * s);
  // A small table flag beside the plate, on a brass pole.
  const fx = seat.plateX + w * 0.62;
  const fy = seat.plateY - h * 0.2;
  g.lineStyle(Math.max(1, 1.5 * s), PALETTE.brassLight, 0.9);
  g.lineBetween(fx, fy, fx, fy - 26 * s);
  g.fillStyle(colour, 1);
  g.fillRect(fx, fy - 26 * s, 16 * s, 10 * s);
  g.fillStyle(PALETTE.ivory, 0.25);
  g.fillRect(fx, fy - 26 * s, 16 * s, 3 * s);
}
