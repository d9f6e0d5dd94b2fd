// The speech bubble's place: centred over the speaker when nothing is behind it, moved aside when the centred place
// would hide another delegation, and always on the canvas.
import { describe, expect, it } from 'vitest';
import { bubbleX } from './bubble-place';
import type { TableModel } from './table-model';

type Seat = TableModel['seats'][number];
const seat = (party: string, x: number, y: number): Seat =>
  ({ party, x, y, scale: 1, plate: { x, y: y + 60 } }) as unknown as Seat;
const model = (seats: Seat[], width = 600): TableModel =>
  ({ size: { width, height: 500 }, seats, remote: [] }) as unknown as TableModel;

describe('bubbleX', () => {
  it('centres the bubble over the speaker when no one else is near', () => {
    expect(bubbleX(model([seat('us', 300, 300)]), 'us', 300, 150, 200, 80)).toBe(200);
  });
  it('moves the bubble aside when the centred place would hide a neighbour', () => {
    // A neighbour's head sits up and to the right of the speaker, where a centred bubble would be.
    const m = model([seat('us', 300, 300), seat('ukraine', 380, 240)]);
    const x = bubbleX(m, 'us', 300, 180, 200, 80);
    expect(x).toBeLessThan(200);
    expect(x + 200).toBeLessThanOrEqual(340);
  });
  it('keeps the bubble on the canvas', () => {
    const m = model([seat('us', 20, 300)]);
    expect(bubbleX(m, 'us', 20, 150, 200, 80)).toBe(8);
  });
});
