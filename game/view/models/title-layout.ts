// Where the title screen's table and seats go, for any game size: a plain function so the geometry is tested
// without a canvas. The HTML column (title, menu) takes the left side; the table fills the rest.

export interface LayoutInput {
  width: number; // game size (Phaser EXPAND: at least 1280×720 in one dimension)
  height: number;
  viewportWidth: number; // CSS pixels, to mirror the CSS column width
}

export interface SeatPlace {
  x: number;
  y: number;
  angle: number; // radians, 0 = right, π/2 = towards the viewer
  depth: number; // 0 (far side) .. 1 (near side): for size and draw order
  plateX: number; // name plate on the table in front of the seat
  plateY: number;
}

export interface TitleLayout {
  narrow: boolean; // the column covers the screen: the table sits behind it, dimmed
  columnWidth: number; // game pixels covered by the HTML column
  table: { cx: number; cy: number; rx: number; ry: number };
  seats: SeatPlace[]; // sorted far to near (draw order)
}

export const SEAT_COUNT = 8;
/** Mirrors styles.css: .title-column { width: clamp(380px, 40vw, 540px) }; below 800px it spans the screen. */
export const NARROW_BELOW = 800;

export function columnCssWidth(viewportWidth: number): number {
  if (viewportWidth < NARROW_BELOW) return viewportWidth;
  return Math.min(540, Math.max(380, viewportWidth * 0.4));
}

export function titleLayout({ width, height, viewportWidth }: LayoutInput): TitleLayout {
  const narrow = viewportWidth < NARROW_BELOW;
  const columnWidth = narrow ? 0 : (columnCssWidth(viewportWidth) / Math.max(1, viewportWidth)) * width;
  const free = width - columnWidth;
  const cx = columnWidth + free * 0.5;
  const cy = height * 0.54;
  // The table is seen from above at an angle: a flattened ellipse. Leave room for the chairs around it.
  // The carpet (1.4 rx either side, see drawRoom in canvas/draw-table.ts) must stay inside the free area.
  const rx = Math.min(free * 0.31, height * 0.56);
  const ry = rx * 0.42;
  const seats: SeatPlace[] = [];
  for (let i = 0; i < SEAT_COUNT; i++) {
    const angle = -Math.PI / 2 + Math.PI / SEAT_COUNT + (i * 2 * Math.PI) / SEAT_COUNT;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    seats.push({
      x: cx + cos * rx * 1.17,
      y: cy + sin * ry * 1.42,
      angle,
      depth: (sin + 1) / 2,
      plateX: cx + cos * rx * 0.8,
      plateY: cy + sin * ry * 0.76,
    });
  }
  seats.sort((a, b) => a.depth - b.depth);
  return { narrow, columnWidth, table: { cx, cy, rx, ry }, seats };
}
