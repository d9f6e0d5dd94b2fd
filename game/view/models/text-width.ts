// How wide a label will be, without a canvas: the table's layout is decided in a headless view-model (so a unit
// test can check that nothing overlaps), and it needs the widths of names and moods before anything is drawn.
// The estimate errs wide for the table's font (Source Sans 3, falling back to system sans fonts, which run wider):
// a box sized by it holds the real text, and the view measures again and never lets text leave its box.

// Advance widths in ems, by character class, taken a little above the widest of the fallback fonts.
const NARROW = /[ilIjtf.,:;'!|()[\]\s]/;
const WIDE = /[mwMW@%&]/;
const UPPER = /[A-Z]/;
const DIGIT = /[0-9]/;

function em(ch: string): number {
  if (ch === ' ') return 0.27;
  if (NARROW.test(ch)) return 0.3;
  if (WIDE.test(ch)) return 0.86;
  if (UPPER.test(ch)) return 0.66;
  if (DIGIT.test(ch)) return 0.56;
  // Lowercase and everything else (accents, other scripts) at a generous lowercase width.
  return 0.55;
}

/** Estimated width in pixels of `text` at `px` pixels; bold runs about 6 % wider. */
export function textWidth(text: string, px: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += em(ch);
  return Math.ceil(w * px * (bold ? 1.06 : 1));
}

/** Lines `text` wraps to at `width` pixels (word wrap, so a little waste per line is allowed for). */
export function wrappedLines(text: string, px: number, width: number): number {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const space = textWidth(' ', px);
  let lines = 1;
  let line = 0;
  for (const word of words) {
    const w = textWidth(word, px);
    const need = line === 0 ? w : line + space + w;
    if (need <= width) {
      line = need;
      continue;
    }
    if (line > 0) {
      lines += 1;
      line = 0;
    }
    if (w <= width) {
      line = w;
      continue;
    }
    // A word longer than the line breaks inside itself (the view wraps with useAdvancedWrap).
    const extra = Math.ceil(w / width) - 1;
    lines += extra;
    line = w - extra * width;
  }
  return lines;
}
