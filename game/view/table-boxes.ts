// The boxes the summit table last drew (name plates, desk flags, mood chips, "you" tags, "by call" screens and the
// speech bubble, in the canvas region's layout units), for window.__summit.tableBoxes(): the browser tests check
// at every screen size that none of them intersect, on the real drawing rather than the model alone. Tiny and
// dependency-free on purpose: the title's first chunk carries it.

export interface TableBox {
  /** What the box holds: plate, flag, chip, you, screen, bubble. */
  kind: string;
  party: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** A word the box shows besides its party's name: a "by call" screen's "no vote" (a non-voting party). */
  mark?: string;
}

export interface TableBoxes {
  /** The region's size and the band between header and ticker that the labels keep to. */
  width: number;
  height: number;
  top: number;
  bottom: number;
  boxes: TableBox[];
}

let last: TableBoxes | null = null;

export function setTableBoxes(boxes: TableBoxes | null): void {
  last = boxes;
}

/** A copy of the last drawn table's boxes, or null when no table is on screen. */
export function tableBoxes(): TableBoxes | null {
  return last ? { ...last, boxes: last.boxes.map((b) => ({ ...b })) } : null;
}
