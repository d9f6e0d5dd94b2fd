// The speech bubble's place: above the speaker when nothing is there, moved aside or elsewhere when that place would
// cover another delegation's plate, flag or mood, and always on the canvas.
import { describe, expect, it } from 'vitest';
import { type BubbleScene, placeBubble } from './bubble-place';
import type { SeatLabel } from './table-layout';

const label = (x: number, y: number): SeatLabel => ({
  plate: { x: x - 40, y, w: 80, h: 38 },
  leader: true,
  flag: { x: x + 49, y: y + 4, w: 20, h: 15 },
  pole: { x: x + 48, top: y + 4, bottom: y + 38 },
  chip: null,
  chipText: true,
  you: null,
});
const seat = (party: string, x: number, y: number) => ({ party, x, y, scale: 1, label: label(x, y + 60) });
const scene = (seats: BubbleScene['seats'], width = 600): BubbleScene => ({
  size: { width, height: 500 },
  headerHeight: 66,
  tickerHeight: 40,
  seats,
  remote: [],
});

describe('placeBubble', () => {
  it('centres the bubble over the speaker when no one else is near', () => {
    const p = placeBubble(scene([seat('us', 300, 300)]), 'us', { x: 300, y: 270 }, 200, 80);
    expect(p).toEqual({ x: 200, y: 170, below: false, covers: false });
  });
  it('moves the bubble aside when the centred place would hide a neighbour', () => {
    // A neighbour's head sits up and to the right of the speaker, where a centred bubble would be.
    const m = scene([seat('us', 300, 300), seat('ukraine', 380, 200)]);
    const p = placeBubble(m, 'us', { x: 300, y: 270 }, 200, 80);
    expect(p.x + 200).toBeLessThanOrEqual(340);
  });
  it('never covers another delegation’s name plate, even by going elsewhere', () => {
    // The neighbour's plate is right where the bubble above the speaker would go.
    const m = scene([seat('us', 300, 300), seat('ukraine', 300, 120)]);
    const p = placeBubble(m, 'us', { x: 300, y: 270 }, 200, 60);
    const plate = m.seats[1]!.label.plate;
    const overlaps = p.x < plate.x + plate.w && plate.x < p.x + 200 && p.y < plate.y + plate.h && plate.y < p.y + 60;
    expect(overlaps).toBe(false);
  });
  it('keeps the bubble on the canvas', () => {
    const p = placeBubble(scene([seat('us', 20, 300)]), 'us', { x: 20, y: 270 }, 200, 80);
    expect(p.x).toBe(8);
  });
});
