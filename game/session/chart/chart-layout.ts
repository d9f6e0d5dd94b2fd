// Lays a statechart's graph out with ELK (elkjs, the Eclipse Layout Kernel compiled to JavaScript): the layered
// algorithm, hierarchical (elk.hierarchyHandling INCLUDE_CHILDREN), so a transition may cross from one region or
// compound state into another and still be routed as one edge. Sizes come from the text each box and label holds,
// measured by an estimate of the font's widths (no canvas in Node; the same estimate in the browser, so the command
// line and the game draw the same picture). Every initial state gets the usual pseudo-state: a dot with an arrow.
// The regions of a parallel root that no transition joins are laid out one by one and placed in rows (layoutChart).
// ELK's result is turned into absolute coordinates, ready for chart-svg.ts. Asynchronous, as elkjs is.

import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { ChartEdge, ChartGraph, ChartNode } from '../../engine/index';

/** Font sizes (px) of the diagram's text; chart-svg.ts draws with the same. */
export const TEXT = { state: 14, region: 13, internal: 11, event: 12, guard: 11 } as const;
const LINE = 1.3; // line height, in font sizes
const PAD = 10; // inside a state box
const WRAP = 34; // characters per line of a guard or an internal transition
const INITIAL_DOT = 12;

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode extends ChartNode {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The node has children (a compound state or a region): drawn as a frame with its name at the top. */
  frame: boolean;
}

export interface PlacedEdge extends ChartEdge {
  points: Point[]; // start, bends, end
  label: { x: number; y: number; width: number; height: number; lines: LabelLine[] } | null;
}

export interface LabelLine {
  text: string;
  kind: 'event' | 'guard';
}

export interface PlacedInitial {
  id: string;
  target: string;
  x: number; // the dot's centre
  y: number;
  points: Point[]; // the arrow from the dot to the initial state
}

export interface ChartLayout {
  party: string;
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  initials: PlacedInitial[];
}

// Advance widths in ems by character class, a little generous: Source Sans 3 (the game's sans) is narrower, but a
// file opened elsewhere may fall back to a wider sans (DejaVu), and text must never overflow its box.
function charWidth(c: string): number {
  if (/[iljtfrI.,:;'!|()[\] ]/.test(c)) return 0.32;
  if (/[mwMW@%]/.test(c)) return 0.88;
  if (/[A-Z≥≤→]/.test(c)) return 0.68;
  return 0.58;
}

/** The estimated width of a line of text at a font size (px), bold text 8% wider. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return Math.ceil(em * size * (bold ? 1.08 : 1));
}

/** Breaks text into lines of at most `max` characters at spaces (a longer word stands alone). */
export function wrap(text: string, max = WRAP): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The lines of a transition's label: its event, then its guard in brackets, wrapped. */
export function edgeLabelLines(e: ChartEdge): LabelLine[] {
  const lines: LabelLine[] = [{ text: e.event, kind: 'event' }];
  if (e.guard) for (const text of wrap(`[${e.guard}]`)) lines.push({ text, kind: 'guard' });
  return lines;
}

/** The wrapped lines of a state's internal transitions. */
export function internalLines(n: ChartNode): string[] {
  return n.internal.flatMap((t) => wrap(t, WRAP + 6));
}

function labelSize(lines: LabelLine[]): { width: number; height: number } {
  let width = 0;
  let height = 0;
  for (const l of lines) {
    const size = l.kind === 'event' ? TEXT.event : TEXT.guard;
    width = Math.max(width, textWidth(l.text, size, l.kind === 'event'));
    height += Math.ceil(size * LINE);
  }
  return { width: width + 4, height: height + 2 };
}

function leafSize(n: ChartNode): { width: number; height: number } {
  const inner = internalLines(n);
  let width = textWidth(n.key, TEXT.state, true);
  for (const l of inner) width = Math.max(width, textWidth(l, TEXT.internal));
  const height = Math.ceil(TEXT.state * LINE) + inner.length * Math.ceil(TEXT.internal * LINE) + (inner.length ? 6 : 0);
  return { width: Math.max(96, width + 2 * PAD + 8), height: height + 2 * PAD };
}

const ROOT = '__root';
const initialId = (n: ChartNode) => `__initial:${n.id}`;

/** The widest a chart of side-by-side regions grows before its next region starts a new row (px). */
const ROW_WIDTH = 1200;
const REGION_GAP = 8; // between two regions' drawings, beside their own padding

/**
 * Lays the graph out (see the header). The result is in pixels, with the origin at the top left. A parallel root
 * whose regions no transition joins (the charts of chart.ts: the stances and one region per demand) is laid out a
 * region at a time and the regions are placed in their order, top-aligned, in rows of at most ROW_WIDTH: ELK would
 * put them all in one layer, centred on each other and in an order of its own, making a wide strip.
 */
export async function layoutChart(graph: ChartGraph): Promise<ChartLayout> {
  const tops = graph.nodes.filter((n) => n.parent === null);
  const parentOf = new Map(graph.nodes.map((n) => [n.id, n.parent]));
  const topOf = (id: string): string => {
    let at = id;
    for (let up = parentOf.get(at); up != null; up = parentOf.get(at)) at = up;
    return at;
  };
  const apart =
    tops.length > 1 && tops.every((n) => n.region) && graph.edges.every((e) => topOf(e.source) === topOf(e.target));
  if (!apart) return layoutWhole(graph);
  const parts = await Promise.all(
    tops.map((t) =>
      layoutWhole({
        party: graph.party,
        nodes: graph.nodes.filter((n) => topOf(n.id) === t.id),
        edges: graph.edges.filter((e) => topOf(e.source) === t.id),
      }),
    ),
  );
  const limit = Math.max(ROW_WIDTH, ...parts.map((p) => p.width));
  const placed: ChartLayout[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const part of parts) {
    if (x > 0 && x + part.width > limit) {
      x = 0;
      y += rowHeight + REGION_GAP;
      rowHeight = 0;
    }
    placed.push(shifted(part, x, y));
    width = Math.max(width, x + part.width);
    rowHeight = Math.max(rowHeight, part.height);
    x += part.width + REGION_GAP;
  }
  const nodeById = new Map(placed.flatMap((p) => p.nodes).map((n) => [n.id, n]));
  const edgeById = new Map(placed.flatMap((p) => p.edges).map((e) => [e.id, e]));
  return {
    party: graph.party,
    width,
    height: y + rowHeight,
    nodes: graph.nodes.map((n) => nodeById.get(n.id)!),
    edges: graph.edges.map((e) => edgeById.get(e.id)!),
    initials: placed.flatMap((p) => p.initials),
  };
}

/** A layout moved by (dx, dy). */
function shifted(l: ChartLayout, dx: number, dy: number): ChartLayout {
  const move = (p: Point): Point => ({ x: p.x + dx, y: p.y + dy });
  return {
    ...l,
    nodes: l.nodes.map((n) => ({ ...n, x: n.x + dx, y: n.y + dy })),
    edges: l.edges.map((e) => ({
      ...e,
      points: e.points.map(move),
      label: e.label ? { ...e.label, x: e.label.x + dx, y: e.label.y + dy } : null,
    })),
    initials: l.initials.map((i) => ({ ...i, x: i.x + dx, y: i.y + dy, points: i.points.map(move) })),
  };
}

/** The whole graph laid out by ELK at once. */
async function layoutWhole(graph: ChartGraph): Promise<ChartLayout> {
  const elkNodes = new Map<string, ElkNode>();
  const root: ElkNode = {
    id: ROOT,
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.spacing.nodeNode': '36',
      'elk.spacing.edgeLabel': '4',
      'elk.spacing.edgeNode': '16',
      'elk.spacing.edgeEdge': '14',
      'elk.edgeLabels.inline': 'false',
      'elk.layered.edgeLabels.sideSelection': 'ALWAYS_UP',
      'elk.padding': '[top=16,left=16,bottom=16,right=16]',
    },
    children: [],
    edges: [],
  };
  const hasChildren = new Set(graph.nodes.filter((n) => n.parent !== null).map((n) => n.parent!));
  for (const n of graph.nodes) {
    const frame = hasChildren.has(n.id);
    const elkNode: ElkNode = frame
      ? {
          id: n.id,
          children: [],
          layoutOptions: {
            'elk.padding': `[top=${Math.ceil(TEXT.region * LINE) + 14},left=14,bottom=14,right=14]`,
            'elk.nodeSize.minimum': `(${textWidth(n.key, TEXT.region, true) + 28}, 40)`,
            'elk.nodeSize.constraints': 'MINIMUM_SIZE',
          },
        }
      : { id: n.id, ...leafSize(n) };
    elkNodes.set(n.id, elkNode);
  }
  for (const n of graph.nodes) {
    const parent = n.parent === null ? root : elkNodes.get(n.parent)!;
    parent.children!.push(elkNodes.get(n.id)!);
    if (n.initial) {
      parent.children!.push({ id: initialId(n), width: INITIAL_DOT, height: INITIAL_DOT });
      root.edges!.push({ id: `__to:${n.id}`, sources: [initialId(n)], targets: [n.id] });
    }
  }
  for (const e of graph.edges) {
    const size = labelSize(edgeLabelLines(e));
    root.edges!.push({
      id: e.id,
      sources: [e.source],
      targets: [e.target],
      labels: [{ id: `${e.id}:label`, text: e.event, ...size }],
    });
  }

  const laid = await new ELK().layout(root);

  // Absolute positions: ELK gives each node relative to its parent, each edge relative to its container.
  const origin = new Map<string, Point>();
  const placed = new Map<string, { x: number; y: number; width: number; height: number }>();
  const walk = (node: ElkNode, at: Point): void => {
    for (const child of node.children ?? []) {
      const abs = { x: at.x + (child.x ?? 0), y: at.y + (child.y ?? 0) };
      origin.set(child.id, abs);
      placed.set(child.id, { ...abs, width: child.width ?? 0, height: child.height ?? 0 });
      walk(child, abs);
    }
  };
  origin.set(ROOT, { x: 0, y: 0 });
  walk(laid, { x: 0, y: 0 });

  const edgeById = new Map(graph.edges.map((e) => [e.id, e]));
  const edges: PlacedEdge[] = [];
  const initials: PlacedInitial[] = [];
  for (const raw of (laid.edges ?? []) as (ElkExtendedEdge & { container?: string })[]) {
    const at = origin.get(raw.container ?? ROOT) ?? { x: 0, y: 0 };
    const points: Point[] = [];
    for (const s of raw.sections ?? []) {
      for (const p of [s.startPoint, ...(s.bendPoints ?? []), s.endPoint])
        points.push({ x: at.x + p.x, y: at.y + p.y });
    }
    const source = raw.sources[0]!;
    if (source.startsWith('__initial:')) {
      const dot = placed.get(source)!;
      initials.push({
        id: source,
        target: raw.targets[0]!,
        x: dot.x + dot.width / 2,
        y: dot.y + dot.height / 2,
        points,
      });
      continue;
    }
    const e = edgeById.get(raw.id);
    if (!e) continue;
    const l = raw.labels?.[0];
    edges.push({
      ...e,
      points,
      label: l
        ? {
            x: at.x + (l.x ?? 0),
            y: at.y + (l.y ?? 0),
            width: l.width ?? 0,
            height: l.height ?? 0,
            lines: edgeLabelLines(e),
          }
        : null,
    });
  }
  const nodes: PlacedNode[] = graph.nodes.map((n) => ({ ...n, ...placed.get(n.id)!, frame: hasChildren.has(n.id) }));
  return {
    party: graph.party,
    width: Math.ceil(laid.width ?? 0),
    height: Math.ceil(laid.height ?? 0),
    nodes,
    edges,
    initials,
  };
}
