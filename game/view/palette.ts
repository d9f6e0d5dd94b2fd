// The diplomatic palette, shared by the Phaser drawing (numbers) and documented for CSS (styles.css mirrors it).
// Deep navy for the room, brass for accents, ivory for text: contrast ratios checked against the navy.

export const PALETTE = {
  night: 0x07101d, // edges of the room
  navy: 0x0b1626, // page background
  navyMid: 0x12233a,
  navyLight: 0x1d3555,
  brass: 0xc9a55a,
  brassLight: 0xe2c98e,
  ivory: 0xf3efe4,
  mist: 0xaab6c8,
  woodDark: 0x24160f,
  wood: 0x3b2618,
  woodLight: 0x5a3a22,
  leather: 0x182a42,
  leatherLight: 0x25405f,
} as const;

/** Muted seat colours around the title table: evocative of delegations without naming any. */
export const SEAT_COLOURS = [0x3c5a99, 0xa23b3b, 0xd1a93a, 0x2f6f8f, 0x6b4c9a, 0x3f7f5a, 0x9a5b3c, 0x5c6f8a] as const;

export const FONTS = {
  serif: '"Source Serif 4", Georgia, serif',
  sans: '"Source Sans 3", "Segoe UI", system-ui, sans-serif',
} as const;

export function cssColour(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}
