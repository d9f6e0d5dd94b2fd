// Where a delegate's speech bubble sits across the table: the place, among a few beside the speaker's head, that
// hides the least of the other delegations. Plain geometry on the table model, unit-tested without a browser.
import type { TableModel } from './table-model';

type Rect = { x: number; y: number; w: number; h: number };

const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/**
 * Where a seat's bubble goes across: centred over the speaker's head, or to its left or right, whichever covers the
 * least of the other delegations (their heads and name plates) and the screens. At 1024×768 the centred bubble hid
 * Ukraine's seat beside the speaker; the tail still points at the speaker from wherever the box is.
 */
export function bubbleX(m: TableModel, speaker: string, anchorX: number, y: number, w: number, h: number): number {
  const { width } = m.size;
  const clampX = (x: number) => Math.max(8, Math.min(width - w - 8, x));
  const others: Rect[] = [];
  for (const seat of m.seats) {
    if (seat.party === speaker) continue;
    const s = seat.scale;
    others.push({ x: seat.x - 40 * s, y: seat.y - 40 * s, w: 80 * s, h: 80 * s });
    others.push({ x: seat.plate.x - 60, y: seat.plate.y - 19, w: 120, h: 38 });
  }
  for (const r of m.remote) others.push(r.box);
  const candidates = [anchorX - w / 2, anchorX - w + 24, anchorX - 24].map(clampX);
  let best = candidates[0]!;
  let bestCover = Number.POSITIVE_INFINITY;
  for (const x of candidates) {
    const box = { x, y, w, h };
    const cover = others.reduce((n, o) => n + overlap(box, o), 0);
    // A clearly smaller cover wins; otherwise the centred place (the first) stays.
    if (cover < bestCover - 50) {
      best = x;
      bestCover = cover;
    }
  }
  return best;
}
