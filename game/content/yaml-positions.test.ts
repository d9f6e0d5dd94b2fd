import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { PositionIndex } from './yaml-positions';

const text = 'a: 1\nlist:\n  - { id: x, v: 2 }\n  - id: y\n    v: 1.0\n';
const lc = new LineCounter();
const doc = parseDocument(text, { lineCounter: lc });
const ix = new PositionIndex(doc.contents, lc, text);

describe('PositionIndex', () => {
  it('finds values, keys and items', () => {
    expect(ix.find(['a'])).toEqual({ line: 1, column: 4 });
    expect(ix.find(['list', 0, 'v'])).toEqual({ line: 3, column: 17 });
    expect(ix.find(['list', 1, 'v'], { key: true })).toEqual({ line: 5, column: 5 });
  });
  it('falls back to the deepest existing node for a missing field', () => {
    expect(ix.find(['list', 1, 'missing'])).toEqual({ line: 4, column: 5 });
    expect(ix.find(['nope', 3])).toEqual({ line: 1, column: 1 });
  });
  it('returns scalar source text as written', () => {
    expect(ix.sourceAt(['list', 1, 'v'])).toBe('1.0');
  });
});
