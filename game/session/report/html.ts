// The class report as one self-contained HTML page (no scripts, no external files): per scenario a table of the
// replays, the summary per party, and an inline SVG Raiffa-style class plot of every outcome in the plane of two
// parties' values (filled dots for agreements, rings otherwise), with the Pareto frontier, the Nash point and both
// reservation lines. The plot uses the scenario's starting reservations, since events move them differently in each
// game. Every string from a scenario or a replay passes through escapeHtml: they are text, never markup.

import type { CompiledScenario } from '../../engine/index';
import { frontier2d, nashPoint, type PartyId, packageSpace } from '../../engine/index';
import type { ScenarioGroup } from './rows';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text or attribute value (quotes too, so it is safe inside either). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

const cell = (v: string | number | null): string => `<td>${v === null ? '—' : escapeHtml(String(v))}</td>`;

/**
 * The plot's axes: x the party played most often in the class (the first party when nobody was human), y the party
 * whose values over the whole package space covary least with it — the most opposed interests, where the dance is.
 */
export function plotAxes(g: ScenarioGroup): [PartyId, PartyId] {
  const sc = g.scenario;
  const ids = sc.parties.map((p) => p.id);
  const played = ids.map((id) => g.rows.filter((r) => r.party === id).length);
  const x = ids[played.indexOf(Math.max(...played))];
  const space = packageSpace(sc);
  const mean = (v: Int8Array) => v.reduce((s, n) => s + n, 0) / v.length;
  const vx = space.values[x];
  const mx = mean(vx);
  let y = ids.find((id) => id !== x) ?? x;
  let lowest = Number.POSITIVE_INFINITY;
  for (const id of ids) {
    if (id === x) continue;
    const vy = space.values[id];
    const my = mean(vy);
    let cov = 0;
    for (let k = 0; k < space.size; k++) cov += (vx[k] - mx) * (vy[k] - my);
    if (cov < lowest) {
      lowest = cov;
      y = id;
    }
  }
  return [x, y];
}

const SIZE = 360;
const M = 48; // margin for the axes' labels
// Coordinates to one decimal: crisp enough at this size and keeps the page short.
const px = (v: number) => Math.round(10 * (M + (v / 100) * SIZE)) / 10;
const py = (v: number) => Math.round(10 * (M + SIZE - (v / 100) * SIZE)) / 10;

/** The class scatter's caption: which party is on which axis. */
export function classPlotTitle(g: ScenarioGroup): string {
  const sc = g.scenario;
  const [a, b] = plotAxes(g);
  const name = (id: PartyId) => sc.parties.find((p) => p.id === id)?.name ?? id;
  return `Class outcomes: ${name(a)} (x) against ${name(b)} (y)`;
}

/** What the scatter's marks mean (the report page's legend and the dashboard's). */
export const CLASS_PLOT_LEGEND =
  '● agreement · ○ no deal, walk-out or unfinished · green line: Pareto frontier · ◆ Nash point · dashed: no-deal values at the start';

/** The report page's figure: the scatter inline, with its caption and legend. */
export function classPlot(g: ScenarioGroup): string {
  return `<figure>${classPlotSvg(g)}<figcaption>${escapeHtml(classPlotTitle(g))}</figcaption><p class="legend">${CLASS_PLOT_LEGEND}</p></figure>`;
}

/**
 * The scatter alone, a complete SVG document (namespace, size, white ground, dark ink): inline in a page, or a file
 * or data URL of its own shown through <img> on any background (the dashboard's).
 */
export function classPlotSvg(g: ScenarioGroup): string {
  const sc: CompiledScenario = g.scenario;
  const [a, b] = plotAxes(g);
  const party = (id: PartyId) => sc.parties.find((p) => p.id === id)!;
  const res = Object.fromEntries(sc.parties.map((p) => [p.id, p.reservation]));
  const nash = nashPoint(sc, res);
  const frontier = frontier2d(sc, a, b);
  const W = SIZE + 2 * M;
  const parts: string[] = [];
  const title = classPlotTitle(g);
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${W}" width="${W}" height="${W}" role="img" aria-label="${escapeHtml(title)}">`,
  );
  parts.push(`<title>${escapeHtml(title)}</title>`);
  parts.push(`<rect width="${W}" height="${W}" fill="#fff"/>`);
  parts.push(`<rect x="${M}" y="${M}" width="${SIZE}" height="${SIZE}" fill="#fff" stroke="#999"/>`);
  for (const t of [0, 25, 50, 75, 100]) {
    parts.push(`<line x1="${px(t)}" y1="${py(0)}" x2="${px(t)}" y2="${py(0) + 4}" stroke="#999"/>`);
    parts.push(`<text x="${px(t)}" y="${py(0) + 16}" text-anchor="middle" font-size="11">${t}</text>`);
    parts.push(`<line x1="${px(0) - 4}" y1="${py(t)}" x2="${px(0)}" y2="${py(t)}" stroke="#999"/>`);
    parts.push(`<text x="${px(0) - 7}" y="${py(t) + 4}" text-anchor="end" font-size="11">${t}</text>`);
  }
  parts.push(
    `<text x="${px(50)}" y="${W - 8}" text-anchor="middle" font-size="12">${escapeHtml(party(a).name)} value</text>`,
  );
  parts.push(
    `<text transform="translate(14 ${py(50)}) rotate(-90)" text-anchor="middle" font-size="12">${escapeHtml(party(b).name)} value</text>`,
  );
  // Reservation lines: dashed; the zone both prefer to no deal is up and to the right of both.
  parts.push(
    `<line x1="${px(res[a])}" y1="${py(0)}" x2="${px(res[a])}" y2="${py(100)}" stroke="#b55" stroke-dasharray="4 3"/>`,
  );
  parts.push(
    `<line x1="${px(0)}" y1="${py(res[b])}" x2="${px(100)}" y2="${py(res[b])}" stroke="#b55" stroke-dasharray="4 3"/>`,
  );
  // The frontier as a staircase: each point is reachable, the segments between them are not packages.
  const stairs = frontier.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p.a)} ${py(p.b)}`).join(' ');
  parts.push(`<path d="${stairs}" fill="none" stroke="#2a6" stroke-width="2"/>`);
  for (const r of g.rows) {
    const deal = r.outcome === 'agreement';
    const label = `${r.file}: ${r.outcome}, ${party(a).short} ${r.values[a]}, ${party(b).short} ${r.values[b]}`;
    parts.push(
      `<circle cx="${px(r.values[a])}" cy="${py(r.values[b])}" r="5" fill="${deal ? '#246' : 'none'}" stroke="#246" fill-opacity="0.6"><title>${escapeHtml(label)}</title></circle>`,
    );
  }
  if (nash) {
    const [x, y] = [px(nash.values[a]), py(nash.values[b])];
    parts.push(
      `<path d="M${x - 6} ${y}L${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}Z" fill="#d80"><title>Nash point (${nash.values[a]}, ${nash.values[b]})</title></path>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

function groupHtml(g: ScenarioGroup): string {
  const sc = g.scenario;
  const rows = g.rows
    .map(
      (r) =>
        `<tr>${[r.file, r.partyName || '(AI only)', r.outcome, r.value, r.reservation, r.surplus, r.paretoGap, r.nashDistance, r.turns].map(cell).join('')}</tr>`,
    )
    .join('\n');
  const summary = g.summary
    .map((s) => `<tr>${[s.name, s.count, `${s.deals} (${s.dealRate}%)`, s.meanSurplus].map(cell).join('')}</tr>`)
    .join('\n');
  return `<section>
<h2>${escapeHtml(sc.title)} <small>${escapeHtml(`${sc.id} ${sc.version}`)}</small></h2>
<table>
<thead><tr><th>replay</th><th>party played</th><th>outcome</th><th>value</th><th>no deal</th><th>surplus</th><th>Pareto gap</th><th>Nash distance</th><th>turns</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h3>Per party</h3>
<table>
<thead><tr><th>party</th><th>games</th><th>deals</th><th>mean surplus</th></tr></thead>
<tbody>
${summary}
</tbody>
</table>
${classPlot(g)}
</section>`;
}

export function reportHtml(groups: ScenarioGroup[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Summit class report</title>
<style>
body { font: 15px/1.4 system-ui, sans-serif; margin: 2rem; color: #222; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; text-align: left; }
td:nth-child(n+4) { text-align: right; }
.legend { font-size: 0.85rem; color: #555; }
@media print { section { break-inside: avoid; } }
</style>
</head>
<body>
<h1>Summit class report</h1>
<p>Surplus: the value of the outcome minus the no-deal value at the end of the game. Pareto gap: 0 when no package was at least as good for every party whose consent the deal needed, else the joint gain of the best such package. Nash distance: the sum over those parties of the differences to their values at the Nash point.</p>
${groups.map(groupHtml).join('\n')}
</body>
</html>
`;
}
