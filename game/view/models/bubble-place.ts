// Where a delegate's speech bubble sits: among a few places beside, above or below the speaker, the first that
// covers none of the table's labels (name plates, flags, mood chips, "you" tags) nor the "by call" screens, and
// hides the fewest faces. Plain geometry on the table model, unit-tested without a browser.
import { labelBoxes, overlapArea, type Point, type Rect, type SeatLabel } from './table-layout';

/** The part of the table model the bubble needs (TableModel has it all). */
export interface BubbleScene {
  size: { width: number; height: number };
  headerHeight: number;
  tickerHeight: number;
  seats: readonly { party: string; x: number; y: number; scale: number; label: SeatLabel }[];
  remote: readonly { party: string; box: Rect }[];
}

export interface BubblePlace {
  x: number;
  y: number;
  /** The bubble sits lower than what it points at: its tail leaves from its top edge. */
  below: boolean;
  /**
   * No place is free: even the best one covers a label or a screen. The view then draws no bubble (the latest line
   * under the table says the words), rather than hide a name or a mood.
   */
  covers: boolean;
}

/** The boxes a bubble must never cover: every label on the table and every screen but the speaker's own. */
export function hardObstacles(m: BubbleScene): Rect[] {
  const out: Rect[] = [];
  for (const s of m.seats) out.push(...labelBoxes(s.label));
  for (const r of m.remote) out.push(r.box);
  return out;
}

/**
 * The bubble's top-left for a w×h bubble of `speaker` pointing at `anchor`. Seats: above the head first (centred,
 * then to either side), then the top of the room, then the table's near side; screens: to their left. The tail
 * still points at the speaker from wherever the box is. `covers` says when no place is free of labels and screens.
 */
export function placeBubble(m: BubbleScene, speaker: string, anchor: Point, w: number, h: number): BubblePlace {
  const { width, height } = m.size;
  const top = m.headerHeight + 6;
  const bottom = height - m.tickerHeight - 6;
  const clampX = (x: number) => Math.max(8, Math.min(width - w - 8, x));
  const clampY = (y: number) => Math.max(top, Math.min(bottom - h, y));
  const hard = hardObstacles(m);
  const soft: Rect[] = [];
  for (const seat of m.seats) {
    const s = seat.scale;
    // Other delegations' figures; the speaker's own face only (the bubble may sit over its shoulders).
    if (seat.party === speaker) soft.push({ x: seat.x - 14 * s, y: seat.y - 18 * s, w: 28 * s, h: 32 * s });
    else soft.push({ x: seat.x - 40 * s, y: seat.y - 40 * s, w: 80 * s, h: 80 * s });
  }
  const labelsBottom = Math.max(top, ...hard.filter((r) => !m.remote.some((x) => x.box === r)).map((r) => r.y + r.h));
  const screen = m.remote.find((r) => r.party === speaker);
  const xs = screen ? [screen.box.x - w - 16] : [anchor.x - w / 2, anchor.x - w + 24, anchor.x - 24, 8, width - w - 8];
  const ys = screen
    ? [anchor.y - h / 2, top, bottom - h, labelsBottom + 8]
    : [anchor.y - h - 20, top, labelsBottom + 8, bottom - h];
  let best: BubblePlace = { x: clampX(xs[0]!), y: clampY(ys[0]!), below: false, covers: true };
  let bestCost = Number.POSITIVE_INFINITY;
  for (const y0 of ys) {
    for (const x0 of xs) {
      const box = { x: clampX(x0), y: clampY(y0), w, h };
      const covered = hard.reduce((n, o) => n + overlapArea(box, o), 0);
      const faces = soft.reduce((n, o) => n + overlapArea(box, o), 0);
      const cost = covered * 1000 + faces;
      // A clearly smaller cost wins; otherwise the earlier (preferred) place stays.
      if (cost < bestCost - 50) {
        best = { x: box.x, y: box.y, below: box.y > anchor.y, covers: covered > 0 };
        bestCost = cost;
      }
    }
  }
  return best;
}
