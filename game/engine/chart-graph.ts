// A party's statechart as a graph to draw: nodes (its states, nested under their parent state for compound states
// and parallel regions) and edges (its transitions, labelled with the event and the guard in short words). It is
// read from the XState machine the engine plays (machines.ts builds it from the scenario; nothing is rebuilt here),
// by walking machine.root's StateNodes, so flat charts and hierarchical or parallel ones come out the same way.
// Transitions without a target (actions only) are not arrows: they are listed inside their state, as statechart
// diagrams write internal transitions ("event [guard] / action"). Also here: which nodes a state value makes active.
// Pure and deterministic (the order follows the scenario's own order of states and events).
import { and, not, or } from 'xstate';
import { chartMachine } from './chart';
import type { CompiledScenario, Guard, PartyId } from './scenario';

export type ChartNodeKind = 'atomic' | 'compound' | 'parallel' | 'final' | 'history';

export interface ChartNode {
  /** The state's path from the root, joined with '/': unique in its chart ('bargaining', 'territory/donbas-only'). */
  id: string;
  key: string; // the state's own name, as the scenario writes it
  parent: string | null; // the enclosing state's id; null at the top
  kind: ChartNodeKind;
  /** The state its parent enters first (its `initial`); every region of a parallel parent is entered, so false. */
  initial: boolean;
  /** A region of a parallel state (drawn as a dashed lane). */
  region: boolean;
  /** Transitions that stay in this state and only run actions: "round.elapsed [round ≥ 3] / concede trade". */
  internal: string[];
}

export interface ChartEdge {
  id: string; // 'e0', 'e1', … in the chart's order
  source: string; // node ids
  target: string;
  event: string; // the event type, e.g. 'offer.received'
  guard: string | null; // the guard in short words, e.g. 'from us and value ≥ 55'
  actions: string[]; // the actions it runs, in short words
}

export interface ChartGraph {
  party: PartyId;
  nodes: ChartNode[];
  edges: ChartEdge[];
}

/** The parts of XState's StateNode and TransitionDefinition the graph reads (structural, so tests may build one). */
export interface StateNodeLike {
  key: string;
  path: readonly string[];
  type: string;
  states: Record<string, StateNodeLike>;
  initial?: { target: readonly StateNodeLike[] } | undefined;
  transitions: Map<string, readonly TransitionLike[]>;
}
export interface TransitionLike {
  eventType: string;
  target?: readonly StateNodeLike[] | undefined;
  guard?: unknown;
  actions: readonly unknown[];
}

const idOf = (node: { path: readonly string[] }): string => node.path.join('/');

// XState's and/or/not guards are functions carrying their sub-guards; they are told apart by their `check`.
const AND_CHECK = (and([]) as unknown as { check: unknown }).check;
const OR_CHECK = (or([]) as unknown as { check: unknown }).check;
const NOT_CHECK = (not('x') as unknown as { check: unknown }).check;

/** The "at least" guards: what they compare ("trust in us") and their threshold. */
const AT_LEAST: Record<string, (p: Record<string, unknown>) => [subject: string, threshold: unknown]> = {
  valueAtLeast: (p) => ['value', p.value],
  roundAtLeast: (p) => ['round', p.round],
  turnAtLeast: (p) => ['turn', p.turn],
  trustAtLeast: (p) => [`trust in ${p.party}`, p.value],
  worldAtLeast: (p) => [String(p.gauge), p.value],
};

/** An and/or guard: in words it needs brackets inside another one. */
function composite(g: unknown): boolean {
  if (typeof g === 'function') {
    const check = (g as { check?: unknown }).check;
    return check === AND_CHECK || check === OR_CHECK;
  }
  if (typeof g !== 'object' || g === null) return false;
  const { type, params } = g as { type?: unknown; params?: unknown };
  return type === 'all' || type === 'any' || (type === 'check' && composite(params));
}

/** A guard in short words. Reads the scenario's guards ({ type, params }) and XState's and/or/not/stateIn. */
export function guardWords(g: unknown): string {
  if (typeof g === 'string') return g;
  if (typeof g === 'function') {
    const fn = g as unknown as { check?: unknown; guards?: unknown[]; stateValue?: unknown };
    if (fn.check === NOT_CHECK) return notWords(fn.guards?.[0]);
    if (fn.check === AND_CHECK || fn.check === OR_CHECK) {
      return joinWords(fn.guards ?? [], fn.check === AND_CHECK ? 'and' : 'or');
    }
    if (fn.stateValue !== undefined) return `in ${valueWords(fn.stateValue)}`;
    return 'a condition';
  }
  if (typeof g !== 'object' || g === null) return String(g);
  const { type, params } = g as { type: string; params?: Record<string, unknown> };
  const p = params ?? {};
  if (type === 'check') return guardWords(p); // rules revisions 1–3: one XState guard holding the scenario's tree
  const guard = g as Guard | { type: string; params: Record<string, unknown> };
  switch (guard.type) {
    case 'all':
      return joinWords((p.of as unknown[]) ?? [], 'and');
    case 'any':
      return joinWords((p.of as unknown[]) ?? [], 'or');
    case 'not':
      return notWords(p.guard);
    case 'offerIncludes':
      return `offer has ${p.issue}: ${p.option}`;
    case 'phaseIs':
      return `phase ${p.phase}`;
    case 'fromParty':
      return `from ${p.party}`;
    case 'patienceAtMost':
      return `patience ≤ ${p.value}`;
    case 'inState':
      return `in ${p.region}: ${p.state}`;
    default: {
      const atLeast = AT_LEAST[type];
      if (atLeast) return atLeast(p).join(' ≥ ');
      const args = Object.values(p).map(String).join(' ');
      return args ? `${type} ${args}` : type;
    }
  }
}

function notWords(g: unknown): string {
  if (typeof g === 'object' && g !== null) {
    const { type, params } = g as { type: string; params?: Record<string, unknown> };
    const atLeast = AT_LEAST[type];
    if (atLeast && params) return atLeast(params).join(' < ');
    if (type === 'fromParty' && params) return `not from ${params.party}`;
  }
  const inner = guardWords(g);
  return composite(g) ? `not (${inner})` : `not ${inner}`;
}

function joinWords(gs: readonly unknown[], word: 'and' | 'or'): string {
  return gs.map((x) => (composite(x) ? `(${guardWords(x)})` : guardWords(x))).join(` ${word} `);
}

function valueWords(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null) {
    return Object.entries(v)
      .map(([k, sub]) => `${k}: ${valueWords(sub)}`)
      .join(', ');
  }
  return String(v);
}

/** An action in short words: "adjustTrust us +3", "say greeting", "demand territory". */
export function actionWords(a: unknown): string | null {
  if (typeof a !== 'object' || a === null) return null;
  const { type, params } = a as { type?: unknown; params?: unknown };
  if (typeof type !== 'string' || type.startsWith('xstate.')) return null;
  const p = (typeof params === 'object' && params !== null ? params : {}) as Record<string, unknown>;
  const parts = Object.entries(p).map(([k, v]) =>
    k === 'delta' && typeof v === 'number' ? (v > 0 ? `+${v}` : String(v)) : Array.isArray(v) ? v.join('/') : String(v),
  );
  return [type, ...parts].join(' ');
}

const KINDS: readonly string[] = ['atomic', 'compound', 'parallel', 'final', 'history'];

/** The graph of a machine: every state below the root, every transition (see the header). */
export function chartGraph(party: PartyId, root: StateNodeLike): ChartGraph {
  const nodes: ChartNode[] = [];
  const edges: ChartEdge[] = [];
  const visit = (node: StateNodeLike, parent: StateNodeLike | null): void => {
    if (parent !== null) {
      const initialOf = parent.initial?.target ?? [];
      nodes.push({
        id: idOf(node),
        key: node.key,
        parent: parent.path.length === 0 ? null : idOf(parent),
        kind: (KINDS.includes(node.type) ? node.type : 'atomic') as ChartNodeKind,
        initial: parent.type !== 'parallel' && initialOf.some((t) => idOf(t) === idOf(node)),
        region: parent.type === 'parallel',
        internal: [],
      });
    }
    for (const child of Object.values(node.states)) visit(child, node);
  };
  visit(root, null);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const walkTransitions = (node: StateNodeLike): void => {
    for (const [, transitions] of node.transitions) {
      for (const t of transitions) {
        const guard = t.guard === undefined ? null : guardWords(t.guard);
        const actions = t.actions.map(actionWords).filter((a): a is string => a !== null);
        const targets = t.target ?? [];
        if (targets.length === 0) {
          const owner = byId.get(idOf(node));
          const text = `${t.eventType}${guard ? ` [${guard}]` : ''}${actions.length ? ` / ${actions.join(', ')}` : ''}`;
          if (owner) owner.internal.push(text);
          continue;
        }
        for (const target of targets) {
          edges.push({
            id: `e${edges.length}`,
            source: idOf(node),
            target: idOf(target),
            event: t.eventType,
            guard,
            actions,
          });
        }
      }
    }
    for (const child of Object.values(node.states)) walkTransitions(child);
  };
  walkTransitions(root);
  return { party, nodes, edges };
}

/**
 * The statechart of a party as the engine plays it, as a graph: its XState machine (chart.ts), a parallel root with
 * the stance region and one region per demand.
 */
export function partyChartGraph(sc: CompiledScenario, party: PartyId): ChartGraph {
  return chartGraph(party, chartMachine(sc, party).root as unknown as StateNodeLike);
}

/**
 * The ids of the nodes a state value makes active: for 'probing', ['probing']; for { stance: 'probing', territory:
 * 'donbas-only' }, the regions and their states (['stance', 'stance/probing', 'territory', 'territory/donbas-only']).
 * A value naming no node of the graph (an old save, a renamed state) activates nothing rather than failing.
 */
export function activeNodes(graph: ChartGraph, value: unknown): string[] {
  const known = new Set(graph.nodes.map((n) => n.id));
  const out: string[] = [];
  const walk = (v: unknown, prefix: string): void => {
    if (typeof v === 'string') {
      const id = prefix ? `${prefix}/${v}` : v;
      if (known.has(id)) out.push(id);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    for (const [k, sub] of Object.entries(v)) {
      const id = prefix ? `${prefix}/${k}` : k;
      if (!known.has(id)) continue;
      out.push(id);
      walk(sub, id);
    }
  };
  walk(value, '');
  return out;
}
