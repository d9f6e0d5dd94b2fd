// The statechart diagrams: a party's chart as an SVG string, with the states a game state makes active lit and the
// transitions a step took marked with their cause. The graph comes from the engine (chart-graph.ts, read from the
// XState machine the engine plays), the layout from ELK (chart-layout.ts), the drawing from chart-svg.ts. This is
// a lazily loaded entry of the session: ELK is large, so the view imports it only when a diagram is first shown;
// the command line (`summit chart`) imports it directly.
import {
  activeNodes,
  type ChartGraph,
  type CompiledScenario,
  causeWords,
  type GameState,
  type PartyId,
  partyChartGraph,
  STANCE_REGION,
} from '../../engine/index';
import { type ChartLayout, layoutChart } from './chart-layout';
import { chartSvg } from './chart-svg';

export { type ChartLayout, layoutChart } from './chart-layout';
export { type ChartSvgOptions, chartSvg, escapeXml } from './chart-svg';

/** What to mark on a party's chart: the active nodes and the transitions just taken, with their cause in words. */
export interface ChartMarks {
  active: string[];
  taken: { edge: string; cause: string | null }[];
}

/** The parties whose behaviour is a statechart the engine plays (every party of a scenario has one). */
export function chartParties(sc: CompiledScenario): { id: PartyId; name: string }[] {
  return sc.parties.map((p) => ({ id: p.id, name: p.name }));
}

/**
 * The state value of a party's chart in a game state; null for a human seat (its chart does not run). Unlike the
 * engine's chartValue, a game of rules revisions 1–3 lights its stance only: its demand regions never ran.
 */
export function chartValue(state: GameState, party: PartyId): unknown {
  if (state.seats[party] !== 'ai') return null;
  const ai = state.ai[party];
  if (!ai) return null;
  // Revision 4 keeps the whole chart's value (stance and demand regions); earlier games kept the stance only.
  return ai.chart?.value ?? { [STANCE_REGION]: ai.value };
}

/**
 * The marks of one step, from the state `before` it (null: the game's start) to the state `after`: the active
 * nodes after it, and the transitions that explain what changed. A change of stance is logged with its cause
 * ('stance' entries), so its edge is the one with that event between those states; a state entered without an
 * entry (another region of the chart) is explained by the edge into it from a state active before.
 */
export function chartMarks(
  sc: CompiledScenario,
  graph: ChartGraph,
  before: GameState | null,
  after: GameState,
  party: PartyId,
): ChartMarks {
  const active = activeNodes(graph, chartValue(after, party));
  if (before === null) return { active, taken: [] };
  const was = new Set(activeNodes(graph, chartValue(before, party)));
  const taken: ChartMarks['taken'] = [];
  const explained = new Set<string>();
  for (const e of after.log.slice(before.log.length)) {
    if (e.kind !== 'stance' || e.party !== party) continue;
    // A stance entry names states of the stance region (a demand region may use the same names).
    const from = `${STANCE_REGION}/${e.from}`;
    const to = `${STANCE_REGION}/${e.to}`;
    const edge =
      graph.edges.find((g) => g.source === from && g.target === to && (e.cause === null || g.event === e.cause)) ??
      graph.edges.find((g) => g.source === from && g.target === to);
    if (!edge || taken.some((t) => t.edge === edge.id)) continue;
    taken.push({ edge: edge.id, cause: causeWords(sc, e.cause, party) });
    explained.add(edge.target);
  }
  const leaves = new Set(graph.nodes.filter((n) => !graph.nodes.some((c) => c.parent === n.id)).map((n) => n.id));
  for (const id of active) {
    if (was.has(id) || explained.has(id) || !leaves.has(id)) continue;
    const edge = graph.edges.find((g) => g.target === id && was.has(g.source));
    if (edge) taken.push({ edge: edge.id, cause: causeWords(sc, edge.event, party) });
  }
  return { active, taken };
}

/** A party's chart ready to draw at any step: its graph and its layout (which no step changes). */
export interface PreparedChart {
  party: PartyId;
  name: string;
  graph: ChartGraph;
  layout: ChartLayout;
}

const prepared = new WeakMap<CompiledScenario, Map<PartyId, Promise<PreparedChart>>>();

/** The party's graph and layout, computed once per compiled scenario (ELK takes tens of milliseconds a chart). */
export function prepareChart(sc: CompiledScenario, party: PartyId): Promise<PreparedChart> {
  let byParty = prepared.get(sc);
  if (!byParty) {
    byParty = new Map();
    prepared.set(sc, byParty);
  }
  let chart = byParty.get(party);
  if (!chart) {
    const graph = partyChartGraph(sc, party);
    const name = sc.parties.find((p) => p.id === party)?.name ?? party;
    chart = layoutChart(graph).then((layout) => ({ party, name, graph, layout }));
    byParty.set(party, chart);
  }
  return chart;
}

/** A prepared chart as SVG, lit for `state` (none: nothing lit) and marking what changed since `before`. */
export function preparedChartSvg(
  sc: CompiledScenario,
  chart: PreparedChart,
  state: GameState | null,
  before: GameState | null,
  idPrefix: string,
): string {
  const marks = state ? chartMarks(sc, chart.graph, before, state, chart.party) : null;
  return chartSvg(chart.layout, {
    title: chart.name,
    active: marks?.active ?? [],
    taken: marks?.taken ?? [],
    idPrefix,
  });
}

export interface PartyChartOptions {
  /** The game state whose active states to light (none: nothing lit). */
  state?: GameState | null;
  /** The state before the step on show: the transitions between the two are marked. */
  before?: GameState | null;
  idPrefix?: string;
}

/** One party's chart as an SVG document. */
export async function partyChartSvg(
  sc: CompiledScenario,
  party: PartyId,
  options: PartyChartOptions = {},
): Promise<string> {
  const chart = await prepareChart(sc, party);
  return preparedChartSvg(
    sc,
    chart,
    options.state ?? null,
    options.before ?? null,
    options.idPrefix ?? `chart-${party}`,
  );
}

/**
 * Every party's chart in one SVG document, one under the other (what `summit chart <scenario>` writes without a
 * party): each chart is a nested <svg> of its own, so their ids and sizes stay apart.
 */
export async function allChartsSvg(sc: CompiledScenario): Promise<string> {
  const parts: { svg: string; width: number; height: number }[] = [];
  for (const p of sc.parties) {
    const svg = await partyChartSvg(sc, p.id);
    const m = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
    parts.push({ svg, width: Number(m?.[1] ?? 0), height: Number(m?.[2] ?? 0) });
  }
  const gap = 16;
  const width = Math.max(...parts.map((p) => p.width), 0);
  let y = 0;
  const placed = parts.map((p) => {
    const at = y;
    y += p.height + gap;
    return p.svg.replace('<svg xmlns="http://www.w3.org/2000/svg" ', `<svg x="0" y="${at}" `);
  });
  const height = Math.max(0, y - gap);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    ...placed,
    '</svg>',
  ].join('\n');
}
