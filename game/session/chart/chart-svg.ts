// Draws a laid-out statechart (chart-layout.ts) as one self-contained SVG document, as a string: the same picture
// in the game's panels and in `summit chart --svg`. States are rounded boxes (a compound state or a parallel
// region is a frame with its name on top, a region's frame dashed); transitions are arrows labelled with their
// event and [guard]; the initial state of each level has the usual dot. The active states are lit (class
// `is-active`), and a transition just taken is drawn bold in the focus colour (class `is-taken`) with its cause
// written under the chart. Every text from the scenario is escaped: the string can never carry markup of its own.
// The colours mirror the game's palette (game/view/palette.ts: navy, brass, ivory, mist), on the navy of the panels.
import { type ChartLayout, internalLines, type Point, TEXT } from './chart-layout';

export interface ChartSvgOptions {
  /** The chart's title (the party's name), read first by a screen reader and drawn at the top. */
  title: string;
  /** Node ids to light (engine activeNodes). */
  active?: readonly string[];
  /** Edges just taken, each with the words of its cause ("after an offer"). */
  taken?: readonly { edge: string; cause: string | null }[];
  /** Prefix of the ids inside the SVG (markers, title), unique per page when several charts are shown. */
  idPrefix?: string;
}

const C = {
  bg: '#12233a', // navyMid
  state: '#1d3555', // navyLight
  frame: '#0b1626', // navy
  line: '#aab6c8', // mist
  text: '#f3efe4', // ivory
  accent: '#e2c98e', // brassLight
  lit: '#c9a55a', // brass
  litText: '#0b1626', // navy
  taken: '#ffd98a', // focus
} as const;

const FONT = `'Source Sans 3', 'Segoe UI', system-ui, sans-serif`;

/** Text for SVG/XML: the five characters with a meaning in markup become entities. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Only letters, digits, '-' and '_' in an id or a class token built from a prefix. */
const safeId = (s: string): string => s.replace(/[^A-Za-z0-9_-]/g, '_');

const n1 = (v: number): string => String(Math.round(v * 10) / 10);

/** An orthogonal route with slightly rounded corners. */
function routePath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const r = 6;
  let d = `M${n1(points[0]!.x)},${n1(points[0]!.y)}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const next = points[i + 1];
    if (!next) {
      d += ` L${n1(p.x)},${n1(p.y)}`;
      break;
    }
    const prev = points[i - 1]!;
    const inLen = Math.hypot(p.x - prev.x, p.y - prev.y);
    const outLen = Math.hypot(next.x - p.x, next.y - p.y);
    const k = Math.min(r, inLen / 2, outLen / 2);
    const a = { x: p.x - ((p.x - prev.x) / (inLen || 1)) * k, y: p.y - ((p.y - prev.y) / (inLen || 1)) * k };
    const b = { x: p.x + ((next.x - p.x) / (outLen || 1)) * k, y: p.y + ((next.y - p.y) / (outLen || 1)) * k };
    d += ` L${n1(a.x)},${n1(a.y)} Q${n1(p.x)},${n1(p.y)} ${n1(b.x)},${n1(b.y)}`;
  }
  return d;
}

const TITLE_H = 30;
const CAPTION_LINE = 18;

/** The SVG document (see the header). */
export function chartSvg(layout: ChartLayout, options: ChartSvgOptions): string {
  const id = safeId(options.idPrefix ?? `chart-${layout.party}`);
  const active = new Set(options.active ?? []);
  const taken = new Map((options.taken ?? []).map((t) => [t.edge, t.cause]));
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const captions: string[] = [];
  for (const e of layout.edges) {
    if (!taken.has(e.id)) continue;
    const cause = taken.get(e.id);
    const from = byId.get(e.source)?.key ?? e.source;
    const to = byId.get(e.target)?.key ?? e.target;
    captions.push(`Just taken: ${from} → ${to} on ${e.event}${cause ? `, ${cause}` : ''}.`);
  }
  const width = Math.max(layout.width, 260);
  const height = TITLE_H + layout.height + (captions.length ? captions.length * CAPTION_LINE + 10 : 0);
  const out: string[] = [];
  // A lit state is named with its region or parent ("stance: probing, territory: donbas-only"): regions reuse names.
  const nameOf = (n: { key: string; parent: string | null }): string => {
    const parent = n.parent === null ? undefined : byId.get(n.parent);
    return parent ? `${parent.key}: ${n.key}` : n.key;
  };
  const litNames = layout.nodes.filter((n) => active.has(n.id) && !n.frame).map(nameOf);
  const desc = [
    `${layout.nodes.filter((n) => !n.frame).length} states, ${layout.edges.length} transitions.`,
    litNames.length ? `Active: ${litNames.join(', ')}.` : '',
    ...captions,
  ]
    .filter(Boolean)
    .join(' ');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="summit-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" data-party="${escapeXml(layout.party)}">`,
    `<title id="${id}-title">${escapeXml(options.title)}: statechart</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    '<defs>',
    `<marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${C.line}"/></marker>`,
    `<marker id="${id}-arrow-taken" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${C.taken}"/></marker>`,
    '</defs>',
    `<rect x="0" y="0" width="${width}" height="${height}" rx="8" fill="${C.bg}"/>`,
    `<text x="16" y="21" font-family="${FONT}" font-size="15" font-weight="700" fill="${C.accent}">${escapeXml(options.title)}</text>`,
    `<g transform="translate(0 ${TITLE_H})" font-family="${FONT}">`,
  );

  // Frames (compound states and regions) first, outermost first, so what they hold is drawn over them.
  const depth = (n: { parent: string | null }): number => (n.parent === null ? 0 : 1 + depth(byId.get(n.parent)!));
  const frames = layout.nodes.filter((n) => n.frame).sort((a, b) => depth(a) - depth(b));
  for (const f of frames) {
    const on = active.has(f.id);
    out.push(
      `<g class="sc-frame${f.region ? ' sc-region' : ''}${on ? ' is-active' : ''}" data-state="${escapeXml(f.id)}">`,
      `<rect x="${n1(f.x)}" y="${n1(f.y)}" width="${n1(f.width)}" height="${n1(f.height)}" rx="10" fill="${C.frame}" fill-opacity="0.55" stroke="${on ? C.lit : C.line}" stroke-width="${on ? 2 : 1.2}"${f.region ? ' stroke-dasharray="6 4"' : ''}/>`,
      `<text x="${n1(f.x + 12)}" y="${n1(f.y + 8 + TEXT.region)}" font-size="${TEXT.region}" font-weight="700" fill="${on ? C.lit : C.accent}">${escapeXml(f.key)}</text>`,
      '</g>',
    );
  }

  // Transitions: the taken ones last, so they lie on top.
  const edges = [...layout.edges].sort((a, b) => Number(taken.has(a.id)) - Number(taken.has(b.id)));
  for (const e of edges) {
    const isTaken = taken.has(e.id);
    out.push(
      `<path class="sc-edge${isTaken ? ' is-taken' : ''}" data-edge="${e.id}" d="${routePath(e.points)}" fill="none" stroke="${isTaken ? C.taken : C.line}" stroke-width="${isTaken ? 3 : 1.3}" marker-end="url(#${id}-arrow${isTaken ? '-taken' : ''})"/>`,
    );
  }
  for (const i of layout.initials) {
    out.push(
      `<circle class="sc-initial" cx="${n1(i.x)}" cy="${n1(i.y)}" r="5" fill="${C.text}"/>`,
      `<path d="${routePath(i.points)}" fill="none" stroke="${C.text}" stroke-width="1.3" marker-end="url(#${id}-arrow)"/>`,
    );
  }

  // States.
  for (const n of layout.nodes) {
    if (n.frame) continue;
    const on = active.has(n.id);
    const final = n.kind === 'final';
    out.push(
      `<g class="sc-state${on ? ' is-active' : ''}" data-state="${escapeXml(n.id)}">`,
      `<rect x="${n1(n.x)}" y="${n1(n.y)}" width="${n1(n.width)}" height="${n1(n.height)}" rx="12" fill="${on ? C.lit : C.state}" stroke="${on ? C.accent : C.line}" stroke-width="${on ? 2.5 : 1.2}"/>`,
    );
    if (final) {
      out.push(
        `<rect x="${n1(n.x + 3)}" y="${n1(n.y + 3)}" width="${n1(n.width - 6)}" height="${n1(n.height - 6)}" rx="9" fill="none" stroke="${on ? C.litText : C.line}"/>`,
      );
    }
    const inner = internalLines(n);
    const head = n.y + 10 + TEXT.state;
    out.push(
      `<text x="${n1(n.x + n.width / 2)}" y="${n1(head)}" text-anchor="middle" font-size="${TEXT.state}" font-weight="700" fill="${on ? C.litText : C.text}">${escapeXml(n.key)}</text>`,
    );
    if (inner.length) {
      out.push(
        `<line x1="${n1(n.x + 6)}" y1="${n1(head + 6)}" x2="${n1(n.x + n.width - 6)}" y2="${n1(head + 6)}" stroke="${on ? C.litText : C.line}" stroke-opacity="0.5"/>`,
      );
      inner.forEach((line, k) => {
        out.push(
          `<text x="${n1(n.x + 10)}" y="${n1(head + 8 + (k + 1) * Math.ceil(TEXT.internal * 1.3))}" font-size="${TEXT.internal}" fill="${on ? C.litText : C.line}">${escapeXml(line)}</text>`,
        );
      });
    }
    out.push('</g>');
  }

  // Labels, over everything, each on a backing of the background colour so crossing lines do not hide them.
  for (const e of edges) {
    if (!e.label) continue;
    const isTaken = taken.has(e.id);
    const l = e.label;
    out.push(
      `<g class="sc-label${isTaken ? ' is-taken' : ''}" data-edge="${e.id}">`,
      `<rect x="${n1(l.x - 2)}" y="${n1(l.y - 1)}" width="${n1(l.width + 4)}" height="${n1(l.height + 2)}" rx="3" fill="${C.bg}" fill-opacity="0.88"/>`,
    );
    let y = l.y;
    for (const line of l.lines) {
      const size = line.kind === 'event' ? TEXT.event : TEXT.guard;
      y += Math.ceil(size * 1.3);
      const fill = isTaken ? C.taken : line.kind === 'event' ? C.text : C.line;
      out.push(
        `<text x="${n1(l.x + 2)}" y="${n1(y - 3)}" font-size="${size}"${line.kind === 'event' ? ' font-weight="600"' : ''} fill="${fill}">${escapeXml(line.text)}</text>`,
      );
    }
    out.push('</g>');
  }
  out.push('</g>');

  captions.forEach((text, k) => {
    out.push(
      `<text class="sc-caption" x="16" y="${TITLE_H + layout.height + 6 + (k + 1) * CAPTION_LINE - 4}" font-family="${FONT}" font-size="13" font-weight="600" fill="${C.taken}">${escapeXml(text)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}
