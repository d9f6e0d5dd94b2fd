// `summit balance --report FILE.html`: the balance report as one self-contained HTML page (inline CSS and SVG,
// no script, no external resource) that an instructor can open offline or mail. Every string that comes from
// the scenario (ids, option names) goes through `esc`, so a scenario can never inject markup into the page.
import type { CompiledScenario } from '../../engine/index';
import type { BalanceReport } from './tournament';

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const POLICY_COLOURS: Record<string, string> = {
  ai: '#3c5a99',
  random: '#8a8a8a',
  pushover: '#2e8b57',
  hardliner: '#b03a2e',
};

interface Bar {
  group: string;
  series: string;
  value: number;
}

/** A grouped bar chart (one group per party, one bar per policy) as inline SVG with a text alternative. */
export function barChart(title: string, bars: Bar[], opts: { min: number; max: number; unit: string }): string {
  const groups = [...new Set(bars.map((b) => b.group))];
  const series = [...new Set(bars.map((b) => b.series))];
  const bw = 16;
  const gap = 28;
  const gw = series.length * bw + gap;
  const h = 200;
  const left = 44;
  const top = 24;
  const width = left + groups.length * gw + 10;
  const span = Math.max(1, opts.max - opts.min);
  const y = (v: number) => top + h - ((Math.max(opts.min, Math.min(opts.max, v)) - opts.min) * h) / span;
  const parts: string[] = [];
  parts.push(
    `<svg role="img" aria-label="${esc(title)}" width="${width}" height="${top + h + 60}" viewBox="0 0 ${width} ${top + h + 60}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${esc(title)}</title>`,
  );
  for (const t of [opts.min, (opts.min + opts.max) / 2, opts.max]) {
    parts.push(
      `<line x1="${left}" x2="${width}" y1="${y(t)}" y2="${y(t)}" stroke="#ddd"/>`,
      `<text x="${left - 4}" y="${y(t) + 4}" font-size="10" text-anchor="end">${esc(`${Math.round(t)}${opts.unit}`)}</text>`,
    );
  }
  const zero = y(Math.max(opts.min, 0));
  groups.forEach((g, gi) => {
    const x0 = left + gi * gw + gap / 2;
    series.forEach((s, si) => {
      const b = bars.find((x) => x.group === g && x.series === s);
      if (!b) return;
      const yv = y(b.value);
      const x = x0 + si * bw;
      parts.push(
        `<rect x="${x}" y="${Math.min(yv, zero)}" width="${bw - 2}" height="${Math.max(1, Math.abs(zero - yv))}" fill="${POLICY_COLOURS[s] ?? '#555'}"><title>${esc(`${g} · ${s}: ${b.value}${opts.unit}`)}</title></rect>`,
      );
    });
    parts.push(
      `<text x="${x0 + (series.length * bw) / 2}" y="${top + h + 16}" font-size="11" text-anchor="middle">${esc(g)}</text>`,
    );
  });
  series.forEach((s, si) => {
    const x = left + si * 90;
    parts.push(
      `<rect x="${x}" y="${top + h + 32}" width="10" height="10" fill="${POLICY_COLOURS[s] ?? '#555'}"/>`,
      `<text x="${x + 14}" y="${top + h + 41}" font-size="11">${esc(s)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

function optionLabel(sc: CompiledScenario, issue: string, option: string): string {
  return sc.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? option;
}

export function balanceHtml(sc: CompiledScenario, r: BalanceReport): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const bars = (key: 'dealRate' | 'meanSurplus', scale: number): Bar[] =>
    Object.entries(r.byParty).flatMap(([party, byPolicy]) =>
      Object.entries(byPolicy).map(([policy, f]) => ({
        group: party,
        series: policy,
        value: Math.round(f[key] * scale * 10) / 10,
      })),
    );
  const surplus = bars('meanSurplus', 1);
  const lo = Math.min(0, ...surplus.map((b) => b.value));
  const hi = Math.max(10, ...surplus.map((b) => b.value));
  const rows = Object.entries(r.byParty)
    .flatMap(([party, byPolicy]) =>
      Object.entries(byPolicy).map(
        ([policy, f]) =>
          `<tr><td>${esc(party)}</td><td>${esc(policy)}</td><td>${pct(f.dealRate)}</td><td>${pct(f.walkoutRate)}</td><td>${f.meanSurplus.toFixed(1)}</td></tr>`,
      ),
    )
    .join('\n');
  const deals = r.allAi.commonDeals
    .map(
      (d) =>
        `<li>${d.count}× ${Object.entries(d.package)
          .map(([i, o]) => `${esc(i)}: ${esc(optionLabel(sc, i, o))}`)
          .join('; ')}</li>`,
    )
    .join('\n');
  const deadlocks = r.allAi.deadlocks.map((d) => `<li>${esc(d.issue)}: ${pct(d.rate)}</li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(`Balance: ${sc.title}`)}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
table { border-collapse: collapse; } td, th { padding: 0.2rem 0.6rem; border-bottom: 1px solid #ddd; text-align: right; }
td:first-child, td:nth-child(2), th:first-child, th:nth-child(2) { text-align: left; }
figure { margin: 1.5rem 0; }
</style>
</head>
<body>
<h1>${esc(`Balance of ${sc.title}`)}</h1>
<p>${esc(`${r.scenario} ${r.version}: ${r.runs} games per party and policy, seeds ${r.seed}–${r.seed + r.runs - 1}.`)}</p>
<h2>All-AI games</h2>
<p>${esc(`Deals ${pct(r.allAi.dealRate)}, walk-outs ${pct(r.allAi.walkoutRate)}, mean turns ${r.allAi.meanTurns.toFixed(1)}.`)}</p>
<h3>Most common deals</h3>
<ul>${deals || '<li>none</li>'}</ul>
<h3>Issues that deadlock (left at status quo in games without a deal)</h3>
<ul>${deadlocks || '<li>none</li>'}</ul>
${r.allAi.neverAgreed.length ? `<p>${esc(`Never agreed in any all-AI game: ${r.allAi.neverAgreed.join(', ')}.`)}</p>` : ''}
<h2>Each party played by a policy, the others by their AI</h2>
<figure>${barChart('Deal rate per party and policy', bars('dealRate', 100), { min: 0, max: 100, unit: '%' })}
<figcaption>Deal rate (%) per party × policy</figcaption></figure>
<figure>${barChart('Mean surplus per party and policy', surplus, { min: lo, max: hi, unit: '' })}
<figcaption>Mean surplus (value − reservation) per party × policy</figcaption></figure>
<table>
<thead><tr><th>party</th><th>policy</th><th>deals</th><th>walk-outs</th><th>mean surplus</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
