// Positions of YAML nodes: maps a data path (as zod and the checks report it) back to the line and column of
// the node in the source text. Keeping the parsed Document beside the plain data is what lets every error,
// however late it is found, name its line.

import { isMap, isPair, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

export type Path = readonly (string | number)[];

function pairOf(map: Node, key: string | number): Pair | undefined {
  if (!isMap(map)) return undefined;
  for (const item of map.items) {
    if (!isPair(item)) continue;
    const k = isScalar(item.key) ? item.key.value : item.key;
    if (k === key || String(k) === String(key)) return item;
  }
  return undefined;
}

/** Resolves paths to positions in one parsed document. */
export class PositionIndex {
  constructor(
    private readonly root: Node | null,
    private readonly lines: LineCounter,
    private readonly text = '',
  ) {}

  /** The source text of the scalar at `path` exactly as written (e.g. "1.0", which YAML reads as 1). */
  sourceAt(path: Path): string | undefined {
    let node: Node | null = this.root;
    for (const seg of path) {
      if (isSeq(node) && typeof seg === 'number') node = (node.items[seg] as Node) ?? null;
      else if (isMap(node)) node = (pairOf(node, seg)?.value as Node) ?? null;
      else return undefined;
    }
    return isScalar(node) && node.range ? this.text.slice(node.range[0], node.range[1]) : undefined;
  }

  offsetToPosition(offset: number): Position {
    const p = this.lines.linePos(offset);
    return { line: p.line, column: p.col };
  }

  /**
   * The position of the node at `path`, or of its deepest existing ancestor (so a missing field points at the
   * map that should hold it). With `key: true` it points at the key of the last segment instead of its value,
   * which is where an unknown field or a bad map key is written.
   */
  find(path: Path, opts: { key?: boolean } = {}): Position {
    let node: Node | null = this.root;
    let at = node?.range?.[0] ?? 0;
    for (let i = 0; i < path.length && node; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      if (isSeq(node) && typeof seg === 'number') {
        const child = node.items[seg];
        if (!child || !(child as Node).range) break;
        node = child as Node;
        at = node.range?.[0] ?? at;
      } else if (isMap(node)) {
        const pair = pairOf(node, seg);
        if (!pair) break;
        const keyNode = pair.key as Node | null;
        if (last && opts.key && keyNode?.range) {
          at = keyNode.range[0];
          break;
        }
        const value = pair.value as Node | null;
        if (value?.range) {
          node = value;
          at = value.range[0];
        } else {
          // A key with no value (`field:`) has no node of its own; its key is the best place to point.
          if (keyNode?.range) at = keyNode.range[0];
          break;
        }
      } else break;
    }
    return this.offsetToPosition(at);
  }
}
