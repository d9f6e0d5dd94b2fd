// The dance plot as inline SVG, built with createElementNS from a DanceModel: no innerHTML anywhere, every text
// (party names come from the scenario) set through textContent. Colours are presentation attributes, not CSS, so
// the same element serialises to a correct PNG; the elements carry classes so the print stylesheet can still
// recolour the on-screen (dark) chart for paper. 'paper' builds the white version used for the PNG export.
import {
  type DanceModel,
  FRONTIER_COLOUR,
  NASH_COLOUR,
  OTHER_COLOUR,
  OUTCOME_COLOUR,
  onDark,
  onPaper,
  RESERVATION_COLOUR,
} from './dance-model';

const NS = 'http://www.w3.org/2000/svg';
// A system font stack: a canvas drawing a serialised SVG cannot see the page's web fonts.
export const SVG_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export type DanceTheme = 'dark' | 'paper';

const THEMES = {
  dark: {
    bg: '#0f1d31',
    text: '#f3efe4',
    muted: '#aab6c8',
    grid: '#22364f',
    axis: '#6c7d95',
    frontier: FRONTIER_COLOUR,
    nash: NASH_COLOUR,
    outcome: OUTCOME_COLOUR,
    reservation: RESERVATION_COLOUR,
    other: OTHER_COLOUR,
    party: onDark,
  },
  paper: {
    bg: '#ffffff',
    text: '#111111',
    muted: '#444444',
    grid: '#e4e4e4',
    axis: '#555555',
    frontier: '#2e7d62',
    nash: '#111111',
    outcome: '#b07800',
    reservation: '#b4452c',
    other: '#8a8a8a',
    party: onPaper,
  },
} as const;

type Attrs = Record<string, string | number>;

function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A diamond for the Nash point: distinct from the circles in shape, not only in colour. */
function diamond(x: number, y: number, r: number): string {
  return `M${x} ${y - r} L${x + r} ${y} L${x} ${y + r} L${x - r} ${y} Z`;
}

export function buildDanceSvg(m: DanceModel, theme: DanceTheme, idPrefix: string): SVGSVGElement {
  const t = THEMES[theme];
  const { left, top, right, bottom } = m.plot;
  const svg = svgEl('svg', {
    xmlns: NS,
    viewBox: `0 0 ${m.width} ${m.height}`,
    width: m.width,
    height: m.height,
    role: 'img',
    'aria-labelledby': `${idPrefix}-title ${idPrefix}-desc`,
    'font-family': SVG_FONT,
    'font-size': 13,
    class: 'dance-svg',
  });
  svg.append(svgEl('title', { id: `${idPrefix}-title` }, m.title), svgEl('desc', { id: `${idPrefix}-desc` }, m.desc));
  svg.append(svgEl('rect', { x: 0, y: 0, width: m.width, height: m.height, fill: t.bg, class: 'dance-bg' }));
  // The title is drawn too, so an exported PNG says what it shows when it is pasted into a report.
  svg.append(
    svgEl('text', { x: left, y: 22, fill: t.text, 'font-size': 15, 'font-weight': 700, class: 'dance-text' }, m.title),
  );

  // Grid and ticks.
  const grid = svgEl('g', { class: 'dance-grid', stroke: t.grid, 'stroke-width': 1 });
  const tickText = svgEl('g', { class: 'dance-muted', fill: t.muted, 'font-size': 12 });
  for (const tk of m.xAxis.ticks) {
    grid.append(svgEl('line', { x1: tk.pos, x2: tk.pos, y1: top, y2: bottom }));
    tickText.append(svgEl('text', { x: tk.pos, y: bottom + 18, 'text-anchor': 'middle' }, String(tk.value)));
  }
  for (const tk of m.yAxis.ticks) {
    grid.append(svgEl('line', { x1: left, x2: right, y1: tk.pos, y2: tk.pos }));
    tickText.append(svgEl('text', { x: left - 8, y: tk.pos + 4, 'text-anchor': 'end' }, String(tk.value)));
  }
  svg.append(grid, tickText);
  svg.append(
    svgEl('path', {
      d: `M${left} ${top} L${left} ${bottom} L${right} ${bottom}`,
      fill: 'none',
      stroke: t.axis,
      'stroke-width': 1.5,
      class: 'dance-axis',
    }),
  );
  svg.append(
    svgEl(
      'text',
      {
        x: (left + right) / 2,
        y: m.height - 12,
        'text-anchor': 'middle',
        fill: t.text,
        'font-weight': 600,
        class: 'dance-text',
      },
      m.xAxis.label,
    ),
  );
  const cy = (top + bottom) / 2;
  svg.append(
    svgEl(
      'text',
      {
        x: 16,
        y: cy,
        transform: `rotate(-90 16 ${cy})`,
        'text-anchor': 'middle',
        'dominant-baseline': 'middle',
        fill: t.text,
        'font-weight': 600,
        class: 'dance-text',
      },
      m.yAxis.label,
    ),
  );

  // Reservation lines: a's value is a vertical line, b's a horizontal one; each named where it leaves the plot.
  const res = svgEl('g', { stroke: t.reservation, 'stroke-width': 1.5, 'stroke-dasharray': '6 4', class: 'dance-res' });
  res.append(svgEl('line', { x1: m.reservation.x, x2: m.reservation.x, y1: top, y2: bottom }));
  res.append(svgEl('line', { x1: left, x2: right, y1: m.reservation.y, y2: m.reservation.y }));
  svg.append(res);
  const resText = { fill: t.reservation, 'font-size': 11, class: 'dance-res-text' };
  svg.append(svgEl('text', { ...resText, x: m.reservation.x + 4, y: top + 12 }, `no deal ${m.reservation.a}`));
  svg.append(
    svgEl(
      'text',
      { ...resText, x: right - 4, y: m.reservation.y - 5, 'text-anchor': 'end' },
      `no deal ${m.reservation.b}`,
    ),
  );

  // The frontier: the best the two could do together, whatever the others get.
  svg.append(
    svgEl('path', {
      d: m.frontier.path,
      fill: 'none',
      stroke: t.frontier,
      'stroke-width': 2.5,
      class: 'dance-frontier',
    }),
  );
  for (const p of m.frontier.points) svg.append(svgEl('circle', { cx: p.x, cy: p.y, r: 2.5, fill: t.frontier }));

  // Offers: others first (underneath), then b, then a on top.
  for (const s of [...m.series].reverse()) {
    const colour = s.role === 'other' ? t.other : t.party(s.colour);
    const g = svgEl('g', { class: `dance-series dance-series-${s.role}` });
    if (s.path) {
      g.append(
        svgEl('path', {
          d: s.path,
          fill: 'none',
          stroke: colour,
          'stroke-width': 1.75,
          'stroke-opacity': 0.7,
          'stroke-linejoin': 'round',
        }),
      );
    }
    for (const p of s.points) {
      const dot = svgEl('circle', {
        cx: p.x,
        cy: p.y,
        r: s.role === 'other' ? 3.5 : 5.5,
        fill: colour,
        'fill-opacity': s.role === 'other' ? 0.6 : p.opacity,
        stroke: s.role === 'other' ? 'none' : colour,
        'stroke-width': 1.5,
      });
      dot.append(svgEl('title', {}, `Turn ${p.turn}: ${s.name} — ${m.aName} ${p.a}, ${m.bName} ${p.b}`));
      g.append(dot);
    }
    svg.append(g);
  }
  const labels = svgEl('g', { 'font-size': 11, 'font-weight': 600, class: 'dance-labels' });
  for (const l of m.labels) {
    labels.append(
      svgEl(
        'text',
        {
          x: l.x,
          y: l.y,
          'text-anchor': l.anchor,
          fill: t.party(l.colour),
          stroke: t.bg,
          'stroke-width': 3,
          'paint-order': 'stroke',
        },
        l.text,
      ),
    );
  }
  svg.append(labels);

  if (m.nash) {
    svg.append(
      svgEl('path', {
        d: diamond(m.nash.x, m.nash.y, 8),
        fill: t.nash,
        stroke: t.bg,
        'stroke-width': 1.5,
        class: 'dance-nash',
      }),
    );
  }
  svg.append(
    svgEl('circle', {
      cx: m.outcome.x,
      cy: m.outcome.y,
      r: 9,
      fill: 'none',
      stroke: t.outcome,
      'stroke-width': 3,
      class: 'dance-outcome',
    }),
  );

  svg.append(buildLegend(m, t, right + 28, top + 4));
  return svg;
}

function buildLegend(m: DanceModel, t: (typeof THEMES)[DanceTheme], x: number, y: number): SVGGElement {
  const g = svgEl('g', { class: 'dance-legend' });
  g.append(svgEl('text', { x, y: y + 10, fill: t.text, 'font-weight': 700, class: 'dance-text' }, 'Offers by'));
  let row = y + 34;
  for (const item of m.legend) {
    if (item.kind === 'frontier') {
      row += 10; // a gap between who offered and what the lines mean
    }
    const sx = x;
    const my = row - 4;
    if (item.kind === 'series') {
      const c = t.party(item.colour);
      g.append(svgEl('line', { x1: sx, x2: sx + 22, y1: my, y2: my, stroke: c, 'stroke-width': 1.75 }));
      g.append(svgEl('circle', { cx: sx + 11, cy: my, r: 5, fill: c }));
    } else if (item.kind === 'other') {
      g.append(svgEl('circle', { cx: sx + 11, cy: my, r: 3.5, fill: t.other, 'fill-opacity': 0.6 }));
    } else if (item.kind === 'frontier') {
      g.append(svgEl('line', { x1: sx, x2: sx + 22, y1: my, y2: my, stroke: t.frontier, 'stroke-width': 2.5 }));
    } else if (item.kind === 'nash') {
      g.append(svgEl('path', { d: diamond(sx + 11, my, 7), fill: t.nash, class: 'dance-nash' }));
    } else if (item.kind === 'reservation') {
      g.append(
        svgEl('line', {
          x1: sx,
          x2: sx + 22,
          y1: my,
          y2: my,
          stroke: t.reservation,
          'stroke-width': 1.5,
          'stroke-dasharray': '6 4',
        }),
      );
    } else {
      g.append(
        svgEl('circle', {
          cx: sx + 11,
          cy: my,
          r: 7,
          fill: 'none',
          stroke: t.outcome,
          'stroke-width': 3,
          class: 'dance-outcome',
        }),
      );
    }
    g.append(svgEl('text', { x: sx + 32, y: row, fill: t.text, class: 'dance-text' }, item.label));
    row += 24;
  }
  g.append(
    svgEl(
      'text',
      { x, y: row + 12, fill: t.muted, 'font-size': 11, class: 'dance-muted' },
      'Numbers: each offer’s turn;',
    ),
  );
  g.append(
    svgEl(
      'text',
      { x, y: row + 27, fill: t.muted, 'font-size': 11, class: 'dance-muted' },
      'faint dots: earlier offers.',
    ),
  );
  return g;
}
