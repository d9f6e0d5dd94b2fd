// The statechart diagrams: ELK's layout turned into absolute boxes and routes, the SVG's escaping and its classes
// for the lit states and the transition just taken, and the marks of a step (which edge a change of stance took).
import { readFileSync } from 'node:fs';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../content/index';
import { mini } from '../../engine/fixtures/mini';
import { type ChartGraph, type GameState, newGame, partyChartGraph } from '../../engine/index';
import { layoutChart } from './chart-layout';
import { chartSvg, escapeXml } from './chart-svg';
import { allChartsSvg, chartMarks, partyChartSvg } from './index';

/** Every '<' of the document opens or closes one of the elements the renderer writes: no markup got in from text. */
function onlyOwnTags(svg: string): boolean {
  const tags = svg.match(/<\/?([a-zA-Z]+)/g) ?? [];
  const own = new Set(['svg', 'title', 'desc', 'defs', 'marker', 'path', 'rect', 'text', 'g', 'circle', 'line']);
  return tags.every((t) => own.has(t.replace(/[</]/g, '')));
}

const alaska = (() => {
  const file = 'scenarios/alaska-2025.yaml';
  const r = parseScenario(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not parse`);
  return r.value;
})();

describe('layoutChart', () => {
  it('places every state and every transition inside the drawing, nested states inside their parent', async () => {
    const nested: ChartGraph = {
      party: 'p',
      nodes: [
        { id: 'r', key: 'r', parent: null, kind: 'compound', initial: true, region: false, internal: [] },
        { id: 'r/a', key: 'a', parent: 'r', kind: 'atomic', initial: true, region: false, internal: ['x / y'] },
        { id: 'r/b', key: 'b', parent: 'r', kind: 'atomic', initial: false, region: false, internal: [] },
        { id: 'c', key: 'c', parent: null, kind: 'atomic', initial: false, region: false, internal: [] },
      ],
      edges: [
        { id: 'e0', source: 'r/a', target: 'r/b', event: 'offer.received', guard: 'value ≥ 50', actions: [] },
        { id: 'e1', source: 'r/b', target: 'c', event: 'round.elapsed', guard: null, actions: [] },
      ],
    };
    const l = await layoutChart(nested);
    const box = (id: string) => l.nodes.find((n) => n.id === id)!;
    for (const n of l.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(l.width);
      expect(n.y + n.height).toBeLessThanOrEqual(l.height);
    }
    for (const id of ['r/a', 'r/b']) {
      expect(box(id).x).toBeGreaterThan(box('r').x);
      expect(box(id).y + box(id).height).toBeLessThan(box('r').y + box('r').height);
    }
    expect(box('r').frame).toBe(true);
    expect(box('r/a').frame).toBe(false);
    // The edge out of the region ends on c's box (its route is in absolute coordinates, not the region's).
    const out = l.edges.find((e) => e.id === 'e1')!;
    const end = out.points[out.points.length - 1]!;
    expect(end.x).toBeGreaterThanOrEqual(box('c').x);
    expect(end.x).toBeLessThanOrEqual(box('c').x + box('c').width);
    expect(Math.abs(end.y - box('c').y)).toBeLessThanOrEqual(1);
    expect(l.edges.find((e) => e.id === 'e0')!.label!.lines.map((x) => x.text)).toEqual([
      'offer.received',
      '[value ≥ 50]',
    ]);
    // One initial dot for the top level and one inside r.
    expect(l.initials.map((i) => i.target).sort()).toEqual(['r', 'r/a']);
  });

  it('places the regions of a parallel root in their order, in rows, apart, each holding its states', async () => {
    const g = partyChartGraph(alaska, 'russia');
    const l = await layoutChart(g);
    const regions = l.nodes.filter((n) => n.region);
    expect(regions.map((r) => r.id)).toEqual([
      'stance',
      ...alaska.parties.find((p) => p.id === 'russia')!.ai.regions!.map((r) => r.id),
    ]);
    expect(regions[0]!.x).toBeLessThan(20);
    expect(regions[0]!.y).toBeLessThan(20);
    for (const [i, a] of regions.entries()) {
      for (const b of regions.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
        // In order: a later region starts to the right on the same row, or on a row below.
        expect(b.y > a.y + 1 || (Math.abs(b.y - a.y) <= 1 && b.x > a.x)).toBe(true);
      }
      for (const n of l.nodes.filter((m) => m.parent === a.id)) {
        expect(n.x).toBeGreaterThan(a.x);
        expect(n.y + n.height).toBeLessThan(a.y + a.height);
      }
    }
    for (const e of l.edges) {
      const r = regions.find((x) => e.source.startsWith(`${x.id}/`))!;
      for (const p of e.points) {
        expect(p.x).toBeGreaterThanOrEqual(r.x);
        expect(p.y).toBeLessThanOrEqual(r.y + r.height);
      }
    }
    expect(l.width).toBeLessThanOrEqual(1200);
    expect(l.height).toBeGreaterThan(regions[0]!.height + regions[1]!.height);
  });

  it('routes a transition back into its own state (a self-loop)', async () => {
    const g: ChartGraph = {
      party: 'p',
      nodes: [{ id: 'a', key: 'a', parent: null, kind: 'atomic', initial: true, region: false, internal: [] }],
      edges: [{ id: 'e0', source: 'a', target: 'a', event: 'round.elapsed', guard: null, actions: [] }],
    };
    const l = await layoutChart(g);
    expect(l.edges[0]!.points.length).toBeGreaterThanOrEqual(2);
    expect(l.edges[0]!.label).not.toBeNull();
  });
});

describe('chartSvg', () => {
  it('escapes every text from the scenario', async () => {
    const evil = '<script>alert("x")</script>&\'';
    const g: ChartGraph = {
      party: 'p"><script>',
      nodes: [
        { id: evil, key: evil, parent: null, kind: 'atomic', initial: true, region: false, internal: [evil] },
        { id: 'b', key: 'b', parent: null, kind: 'atomic', initial: false, region: false, internal: [] },
      ],
      edges: [{ id: 'e0', source: evil, target: 'b', event: evil, guard: evil, actions: [] }],
    };
    const svg = chartSvg(await layoutChart(g), {
      title: evil,
      active: [evil],
      taken: [{ edge: 'e0', cause: evil }],
      idPrefix: 'x" onload="y',
    });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('onload="');
    expect(onlyOwnTags(svg)).toBe(true);
    expect(svg).toContain(escapeXml(evil));
  });

  it('lights the active states and marks the transition taken, with its cause under the chart', async () => {
    const g = partyChartGraph(mini, 'north');
    const svg = chartSvg(await layoutChart(g), {
      title: 'Northland',
      active: ['stance', 'stance/bargaining'],
      taken: [{ edge: 'e1', cause: 'after the news: Crisis' }],
    });
    expect(svg).toMatch(/<g class="sc-state is-active" data-state="stance\/bargaining">/);
    expect(svg).toMatch(/<g class="sc-state" data-state="stance\/maximalist">/);
    expect(svg.match(/class="sc-edge is-taken"/g)).toHaveLength(1);
    expect(svg).toContain('data-edge="e1" d=');
    expect(svg).toMatch(/class="sc-edge is-taken" data-edge="e1"/);
    expect(svg).toContain('Just taken: maximalist → bargaining on world.crisis, after the news: Crisis.');
    expect(svg).toContain('Active: stance: bargaining.');
  });

  it('lights nothing and marks nothing without a state', async () => {
    const svg = await partyChartSvg(mini, 'north');
    expect(svg).not.toContain('is-active');
    expect(svg).not.toContain('is-taken');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });
});

describe('chartMarks', () => {
  const g = partyChartGraph(mini, 'north');
  const start = newGame(mini, { seed: 3 });
  /** North moves to bargaining after `cause`, logged as the engine logs it. */
  const moved = (cause: string): GameState =>
    produce(start, (d) => {
      d.ai.north!.value = 'bargaining';
      d.ai.north!.chart!.value.stance = 'bargaining';
      d.log.push({
        kind: 'stance',
        party: 'north',
        from: 'maximalist',
        to: 'bargaining',
        mood: 'bargaining',
        cause,
        turn: 0,
        phase: 'talks',
        round: 1,
      });
    });

  it('marks the edge of the logged event, with the cause in words', () => {
    expect(start.ai.north!.value).toBe('maximalist');
    const world = chartMarks(mini, g, start, moved('world.crisis'), 'north');
    expect(world.active).toEqual(['stance', 'stance/bargaining']);
    expect(world.taken).toEqual([{ edge: 'e1', cause: expect.stringMatching(/^after the news/) }]);
    const offer = chartMarks(mini, g, start, moved('offer.received'), 'north');
    expect(offer.taken).toEqual([{ edge: 'e0', cause: 'after an offer' }]);
  });

  it('marks nothing at the start or when nothing moved, and lights nothing for a human seat', () => {
    expect(chartMarks(mini, g, null, start, 'north').taken).toEqual([]);
    expect(chartMarks(mini, g, start, start, 'north')).toEqual({ active: ['stance', 'stance/maximalist'], taken: [] });
    // A game of rules revision 3 keeps the stance only: it is lit, nothing else.
    const old = produce(start, (d) => {
      delete d.ai.north!.chart;
    });
    expect(chartMarks(mini, g, null, old, 'north').active).toEqual(['stance', 'stance/maximalist']);
    const human = newGame(mini, { seed: 3, seats: { north: 'human' } });
    expect(chartMarks(mini, g, null, human, 'north').active).toEqual([]);
  });
});

describe('chartMarks with demand regions (Alaska 2025, Russia)', () => {
  const g = partyChartGraph(alaska, 'russia');
  const start = newGame(alaska, { seed: 3 });
  // A move inside the territory region: no log entry names it, so the edge into the new state explains it.
  const move = g.edges.find((e) => e.source.startsWith('territory/') && e.target.startsWith('territory/'))!;

  it('lights every region with its state', () => {
    const { active } = chartMarks(alaska, g, null, start, 'russia');
    for (const region of ['stance', 'territory']) {
      expect(active).toContain(region);
      expect(active.some((id) => id.startsWith(`${region}/`))).toBe(true);
    }
  });

  it('explains a move in a demand region by the edge into it, and a stance change by its logged cause', () => {
    expect(start.ai.russia!.chart!.value.territory).toBe(move.source.slice('territory/'.length));
    const after = produce(start, (d) => {
      d.ai.russia!.chart!.value.territory = move.target.slice('territory/'.length);
    });
    const marks = chartMarks(alaska, g, start, after, 'russia');
    expect(marks.active).toContain(move.target);
    expect(marks.taken).toEqual([{ edge: move.id, cause: expect.any(String) }]);

    const stance = g.edges.find(
      (e) => e.source === `stance/${start.ai.russia!.value}` && e.target.startsWith('stance/'),
    )!;
    const to = stance.target.slice('stance/'.length);
    const changed = produce(after, (d) => {
      d.ai.russia!.value = to;
      d.ai.russia!.chart!.value.stance = to;
      d.log.push({
        kind: 'stance',
        party: 'russia',
        from: start.ai.russia!.value,
        to,
        mood: to,
        cause: stance.event,
        turn: 0,
        phase: 'talks',
        round: 1,
      } as GameState['log'][number]);
    });
    expect(chartMarks(alaska, g, start, changed, 'russia').taken.map((t) => t.edge)).toEqual([stance.id, move.id]);
  });
});

describe('allChartsSvg', () => {
  it('puts every party’s chart in one document, one under the other', async () => {
    const svg = await allChartsSvg(mini);
    for (const p of mini.parties) expect(svg).toContain(`data-party="${p.id}"`);
    expect(svg.match(/<svg /g)).toHaveLength(mini.parties.length + 1);
    expect(svg.match(/<svg x="0" y="\d+"/g)).toHaveLength(mini.parties.length);
  });
});
