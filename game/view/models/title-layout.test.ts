import { describe, expect, it } from 'vitest';
import { SEAT_COUNT, titleLayout } from './title-layout';

describe('titleLayout', () => {
  const sizes = [
    { width: 1280, height: 720, viewportWidth: 1280 },
    { width: 1280, height: 960, viewportWidth: 1024 },
    { width: 1707, height: 720, viewportWidth: 1920 },
    { width: 1280, height: 2000, viewportWidth: 390 },
  ];

  it.each(sizes)('keeps the table and every seat on screen and clear of the column (%o)', (input) => {
    const layout = titleLayout(input);
    const { cx, cy, rx, ry } = layout.table;
    expect(cx - rx).toBeGreaterThanOrEqual(layout.columnWidth);
    expect(cx + rx).toBeLessThanOrEqual(input.width);
    // The carpet around the table (1.4 rx) stays on screen too.
    expect(cx + rx * 1.4).toBeLessThanOrEqual(input.width);
    expect(cx - rx * 1.4).toBeGreaterThanOrEqual(layout.columnWidth - 1);
    expect(cy - ry).toBeGreaterThan(0);
    expect(cy + ry).toBeLessThan(input.height);
    expect(layout.seats).toHaveLength(SEAT_COUNT);
    for (const seat of layout.seats) {
      expect(seat.x).toBeGreaterThan(layout.columnWidth);
      expect(seat.x).toBeLessThan(input.width);
      expect(seat.y).toBeGreaterThan(0);
      expect(seat.y).toBeLessThan(input.height);
    }
  });

  it('orders seats far to near for drawing', () => {
    const depths = titleLayout(sizes[0]).seats.map((s) => s.depth);
    expect([...depths].sort((a, b) => a - b)).toEqual(depths);
  });

  it('puts the table behind the column on narrow screens', () => {
    expect(titleLayout(sizes[3]).narrow).toBe(true);
    expect(titleLayout(sizes[0]).narrow).toBe(false);
  });
});
