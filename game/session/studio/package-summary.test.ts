import { describe, expect, it } from 'vitest';
import { parseScenario, starterScenario } from '../../content/index';
import { packageSummary } from './package-summary';
import { statechartSummary } from './statechart-summary';

const parsed = parseScenario(starterScenario('s', '../assets/schema/scenario.schema.json', '2026-01-01'), 's.yaml');
if (!parsed.ok) throw new Error('starter must compile');
const sc = parsed.value;

describe('the studio’s summaries of a scenario', () => {
  it('package space: count, ZOPA and each party’s best and worst package', () => {
    const s = packageSummary(sc);
    expect(s.packages).toBe(sc.issues.reduce((n, i) => n * i.options.length, 1));
    expect(s.zopa).toBeGreaterThan(0);
    expect(s.zopa).toBeLessThan(s.packages);
    const east = s.parties.find((p) => p.party === 'east');
    expect(east?.best.value).toBeGreaterThan(east?.reservation ?? 100);
    expect(east?.best.package.border).toBe('east');
    expect(east?.worst.value).toBeLessThan(east?.reservation ?? 0);
  });

  it('statecharts: every stance, the initial one marked, transitions with targets', () => {
    const charts = statechartSummary(sc);
    expect(charts.map((c) => c.party)).toEqual(sc.parties.map((p) => p.id));
    const first = charts[0];
    expect(first.stances.filter((s) => s.initial)).toHaveLength(1);
    expect(first.stances.flatMap((s) => s.transitions).some((t) => t.target !== null)).toBe(true);
  });
});
