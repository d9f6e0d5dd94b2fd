// Each AI party's chart under rules revision 4: an XState 5 machine built from the scenario, and XState does the
// work. The root is parallel: one region of stances ('stance': the stances of the file, each with its curve, red lines
// and lines) and one region per demand the scenario declares (e.g. territory: all-four-regions → donbas-only →
// line-of-contact). The context holds the demands per issue, the aspiration, the patience and the trust in each
// party; the named actions are `assign`s to it (demand, dropDemand, setAspiration, adjustPatience, adjustTrust) or
// `emit` what the engine must do in the game (say, moveReservation, insist, concede, walkOut); the guards are XState
// guards (one per leaf type, composed with and/or/not, inState as stateIn).
// The game state keeps each party's persisted snapshot (GameState.ai[p].chart: value and context, plain JSON). The
// trust row is the one part of the context kept elsewhere — once, in GameState.trust, which the rules also change —
// and is put back into the context when the snapshot is resolved; after a step the engine writes it back.
// Speed: XState's `transition` on a parallel chart costs ~30–50 µs, too much for ~80 steps a game. `chartStep`
// caches XState's answer keyed by everything it depends on: the snapshot (value, context, and — when a transition
// that may be taken, or the entry of its target, runs adjustTrust — the trust in the parties the chart's
// adjustTrust actions name: no guard reads trust from the context, trustAtLeast reads the event's facts), the event type,
// and the value of each leaf guard of the transitions the active states have for that event (evaluated by the same
// functions XState's guards call). An event that no active state handles does not reach XState: nothing would
// happen. chart.test.ts holds the cache equal to XState's `transition` over random snapshots and events.

import { isDraft, original } from 'immer';
import {
  type AnyStateMachine,
  and,
  assign,
  emit,
  initialTransition,
  not,
  or,
  setup,
  stateIn,
  transition,
} from 'xstate';
import { evalLeaf, type Facts } from './guards';
import type {
  AiAction,
  AiEventType,
  ChartContext,
  CompiledScenario,
  Demand,
  Guard,
  Party,
  PartyId,
  Transition,
} from './scenario';
import { STANCE_REGION } from './scenario';
import type { GameState, PersistedChart } from './state';

/** An event as the chart hears it: its type and the facts its guards read. */
export interface ChartEvent {
  type: string;
  facts: Facts;
}

/** What one event did to a chart: its new snapshot and trust row, and the effects it emitted, in order. */
export interface ChartStep {
  chart: PersistedChart;
  /**
   * The trust row after the step, for the parties the chart's adjustTrust actions name (only they can change);
   * empty when no adjustTrust could run in the step (chartStep).
   */
  trust: Record<PartyId, number>;
  effects: AiAction[];
}

const clamp100 = (n: number): number => (n < 0 ? 0 : Math.min(n, 100));

/** XState's form of a guard: leaves by name with their params, all/any/not as and/or/not, inState as stateIn. */
function xGuard(g: Guard): unknown {
  switch (g.type) {
    case 'all':
      return and(g.params.of.map(xGuard) as never);
    case 'any':
      return or(g.params.of.map(xGuard) as never);
    case 'not':
      return not(xGuard(g.params.guard) as never);
    case 'inState':
      return stateIn({ [g.params.region]: g.params.state });
    default:
      return { type: g.type, params: g.params };
  }
}

const xActions = (as: readonly AiAction[]) => as.map((a) => ({ type: a.type, params: a.params }));

function xOn(on: Partial<Record<AiEventType, Transition[]>>): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [event, ts] of Object.entries(on)) {
    out[event] = (ts ?? []).map((t) => ({
      ...(t.target !== undefined ? { target: t.target } : {}),
      ...(t.guard ? { guard: xGuard(t.guard) } : {}),
      actions: xActions(t.actions),
    }));
  }
  return out;
}

/** The chart's starting context (before the entry actions run). */
function startContext(sc: CompiledScenario, party: Party): ChartContext {
  const c = party.ai.context;
  const demands: Record<string, Demand> = {};
  for (const [issue, d] of Object.entries(c?.demands ?? {})) {
    demands[issue] = { insist: [...d.insist], acceptable: [...d.acceptable], refused: [...d.refused] };
  }
  return { demands, aspiration: c?.aspiration ?? null, patience: c?.patience ?? 0, trust: { ...sc.trust[party.id] } };
}

type Params = Record<string, unknown>;
type Ctx = { context: ChartContext };

// The implementations: the config says what, these say how. XState runs the assigns inside `transition`.
const implementations = {
  guards: Object.fromEntries(
    (
      [
        'valueAtLeast',
        'offerIncludes',
        'roundAtLeast',
        'turnAtLeast',
        'trustAtLeast',
        'worldAtLeast',
        'phaseIs',
        'fromParty',
        'patienceAtMost',
      ] as const
    ).map((type) => [
      type,
      ({ context, event }: Ctx & { event: ChartEvent }, params: Params) =>
        evalLeaf({ type, params } as Guard, event.facts, context),
    ]),
  ),
  actions: {
    demand: assign(({ context }: Ctx, p: Params) => {
      const d = p as { issue: string } & Partial<Demand>;
      const demand: Demand = {
        insist: [...(d.insist ?? [])],
        acceptable: [...(d.acceptable ?? [])],
        refused: [...(d.refused ?? [])],
      };
      return { demands: { ...context.demands, [d.issue]: demand } };
    }),
    dropDemand: assign(({ context }: Ctx, p: Params) => ({
      demands: Object.fromEntries(Object.entries(context.demands).filter(([issue]) => issue !== p.issue)),
    })),
    setAspiration: assign((_: Ctx, p: Params) => ({ aspiration: p.value as number | null })),
    adjustPatience: assign(({ context }: Ctx, p: Params) => ({
      patience: Math.max(0, context.patience + (p.delta as number)),
    })),
    adjustTrust: assign(({ context }: Ctx, p: Params) => {
      const party = p.party as string;
      return { trust: { ...context.trust, [party]: clamp100((context.trust[party] ?? 0) + (p.delta as number)) } };
    }),
    ...Object.fromEntries(
      (['say', 'moveReservation', 'insist', 'concede', 'walkOut'] as const).map((type) => [
        type,
        emit((_: Ctx, params: Params) => ({ type, params })),
      ]),
    ),
  },
};

function buildChart(sc: CompiledScenario, party: Party): AnyStateMachine {
  const states: Record<string, unknown> = {
    [STANCE_REGION]: {
      initial: party.ai.initial,
      states: Object.fromEntries(
        Object.values(party.ai.states).map((st) => [st.id, { entry: xActions(st.entry), on: xOn(st.on) }]),
      ),
    },
  };
  for (const region of party.ai.regions ?? []) {
    states[region.id] = {
      initial: region.initial,
      states: Object.fromEntries(
        Object.values(region.states).map((st) => [st.id, { entry: xActions(st.entry), on: xOn(st.on) }]),
      ),
    };
  }
  // The config is data from the scenario; XState's generic types cannot follow it, so it is typed loosely here.
  const config = { id: party.id, type: 'parallel', context: startContext(sc, party), states } as never;
  return setup(implementations as never).createMachine(config) as unknown as AnyStateMachine;
}

interface PartyCharts {
  machine: AnyStateMachine;
  party: Party;
  initial: ChartStep | null;
  trustParties: PartyId[]; // the parties its adjustTrust actions name: the part of the trust row a step reads
  byKey: Map<string, PersistedChart>; // interned snapshots by their JSON
  interned: WeakMap<object, PersistedChart>; // any snapshot object seen → its interned twin
  steps: WeakMap<PersistedChart, Map<string, ChartStep>>; // per interned snapshot: event type, guard bits, trust
  handles: WeakMap<PersistedChart, Map<string, boolean>>; // per interned snapshot: whether it handles an event type
}
const charts = new WeakMap<CompiledScenario, Map<PartyId, PartyCharts>>();
/** Distinct snapshots interned per party before the table starts afresh (a bound on memory over many games). */
const CACHE_LIMIT = 20_000;

function chartsOf(sc: CompiledScenario, partyId: PartyId): PartyCharts {
  let byParty = charts.get(sc);
  if (!byParty) {
    byParty = new Map();
    charts.set(sc, byParty);
  }
  let c = byParty.get(partyId);
  if (!c) {
    const party = sc.parties.find((p) => p.id === partyId)!;
    c = {
      machine: buildChart(sc, party),
      party,
      trustParties: trustParties(party),
      initial: null,
      byKey: new Map(),
      interned: new WeakMap(),
      steps: new WeakMap(),
      handles: new WeakMap(),
    };
    byParty.set(partyId, c);
  }
  return c;
}

/**
 * The party's chart as an XState machine (`setup(...).createMachine(...)`), built once per compiled scenario:
 * what the diagrams draw (machine.root: the 'stance' region and the demand regions, their states and transitions).
 */
export function chartMachine(sc: CompiledScenario, partyId: PartyId): AnyStateMachine {
  return chartsOf(sc, partyId).machine;
}

function emitted(actions: readonly { type: string; params?: unknown }[]): AiAction[] {
  const out: AiAction[] = [];
  for (const a of actions) {
    if (a.type === 'xstate.emit') out.push((a.params as { event: AiAction }).event);
  }
  return out;
}

/** The parties whose trust the party's chart can change (its adjustTrust actions), in scenario order. */
function trustParties(party: Party): PartyId[] {
  const named = new Set<PartyId>();
  const scan = (as: readonly AiAction[]) => {
    for (const a of as) if (a.type === 'adjustTrust') named.add(a.params.party);
  };
  const scanState = (st: { entry: AiAction[]; on: Partial<Record<AiEventType, Transition[]>> }) => {
    scan(st.entry);
    for (const ts of Object.values(st.on)) for (const t of ts ?? []) scan(t.actions);
  };
  for (const st of Object.values(party.ai.states)) scanState(st);
  for (const r of party.ai.regions ?? []) for (const st of Object.values(r.states)) scanState(st);
  return [...named];
}

function persist(
  c: PartyCharts,
  snap: { value: unknown; context: ChartContext },
  actions: readonly { type: string }[],
): ChartStep {
  const { trust: row, ...context } = snap.context;
  const trust: Record<PartyId, number> = {};
  for (const p of c.trustParties) trust[p] = row[p] ?? 0;
  return { chart: { value: snap.value as Record<string, string>, context }, trust, effects: emitted(actions) };
}

/** The chart's first snapshot: every region's initial state entered, its entry actions run (XState's initialTransition). */
export function chartInitial(sc: CompiledScenario, partyId: PartyId): ChartStep {
  const c = chartsOf(sc, partyId);
  if (!c.initial) {
    const [snap, actions] = initialTransition(c.machine);
    c.initial = persist(c, snap as never, actions);
    c.initial.chart = intern(c, c.initial.chart);
  }
  return c.initial;
}

/** The chart's snapshot as XState resolves it: the persisted value and context, the trust row put back. */
export function resolveChart(
  sc: CompiledScenario,
  partyId: PartyId,
  chart: PersistedChart,
  trust: Record<PartyId, number>,
) {
  const machine = chartsOf(sc, partyId).machine;
  return machine.resolveState({ value: chart.value, context: { ...chart.context, trust: { ...trust } } } as never);
}

/** One event through the chart, computed by XState (not cached). */
export function xstateChartStep(
  sc: CompiledScenario,
  partyId: PartyId,
  chart: PersistedChart,
  trust: Record<PartyId, number>,
  event: ChartEvent,
): ChartStep {
  const c = chartsOf(sc, partyId);
  const [next, actions] = transition(c.machine, resolveChart(sc, partyId, chart, trust), event as never);
  return persist(c, next as never, actions);
}

/** Calls `f` with each transition list the active states have for an event type. */
function eachCandidate(
  c: PartyCharts,
  value: Record<string, string>,
  type: string,
  f: (ts: Transition[], states: Record<string, { entry: AiAction[] }>) => void,
): void {
  const ai = c.party.ai;
  const own = ai.states[value[STANCE_REGION]!]?.on[type as AiEventType];
  if (own) f(own, ai.states);
  for (const r of ai.regions ?? []) {
    const ts = r.states[value[r.id]!]?.on[type as AiEventType];
    if (ts) f(ts, r.states);
  }
}

/** Whether any active state of the chart has a transition for this event type (none: XState would do nothing). */
export function chartHandles(sc: CompiledScenario, partyId: PartyId, chart: PersistedChart, type: string): boolean {
  const c = chartsOf(sc, partyId);
  // A function of the snapshot's value alone: remembered per interned snapshot (which never changes) and type.
  const snap = intern(c, chart);
  let byType = c.handles.get(snap);
  if (!byType) {
    byType = new Map();
    c.handles.set(snap, byType);
  }
  let handles = byType.get(type);
  if (handles === undefined) {
    const value = snap.value;
    handles = Boolean(c.party.ai.states[value[STANCE_REGION]!]?.on[type as AiEventType]);
    for (const r of c.party.ai.regions ?? []) if (r.states[value[r.id]!]?.on[type as AiEventType]) handles = true;
    byType.set(type, handles);
  }
  return handles;
}

function leafBits(g: Guard, facts: Facts, context: PersistedChart['context']): string {
  switch (g.type) {
    case 'all':
    case 'any': {
      let out = '';
      for (const x of g.params.of) out += leafBits(x, facts, context);
      return out;
    }
    case 'not':
      return leafBits(g.params.guard, facts, context);
    case 'inState':
      return ''; // the state value is part of the key
    default:
      return evalLeaf(g, facts, context) ? '1' : '0';
  }
}

// Snapshots are interned: one object per distinct (value, context), so the cache is keyed by identity. A step's
// result is interned too, so a game's next step finds its snapshot without serialising it; a snapshot read back
// from JSON (a save) or an Immer draft is serialised once and mapped to its interned twin.
function intern(c: PartyCharts, chart: PersistedChart): PersistedChart {
  const base = isDraft(chart) ? (original(chart) as PersistedChart) : chart;
  const hit = c.interned.get(base);
  if (hit) return hit;
  const key = JSON.stringify(base);
  let twin = c.byKey.get(key);
  if (!twin) {
    twin = base;
    if (c.byKey.size >= CACHE_LIMIT) c.byKey.clear();
    c.byKey.set(key, twin);
  }
  c.interned.set(base, twin);
  return twin;
}

/**
 * One event through the chart: XState's answer, cached (see the header). Null when no active state has a
 * transition for the event (nothing happens).
 */
export function chartStep(
  sc: CompiledScenario,
  partyId: PartyId,
  chart: PersistedChart,
  trust: Record<PartyId, number>,
  event: ChartEvent,
): ChartStep | null {
  const c = chartsOf(sc, partyId);
  const snap = intern(c, chart);
  let bits = '';
  let handled = false;
  // Whether a transition XState may take here, or the entry of its target, runs adjustTrust: only then does the
  // answer depend on the trust row (no guard reads it from the context: trustAtLeast reads the event's facts).
  let touchesTrust = false;
  eachCandidate(c, snap.value, event.type, (ts, states) => {
    handled = true;
    for (const t of ts) {
      if (t.guard) bits += leafBits(t.guard, event.facts, snap.context);
      if (!touchesTrust && c.trustParties.length > 0) {
        touchesTrust =
          t.actions.some((a) => a.type === 'adjustTrust') ||
          (t.target !== undefined && (states[t.target]?.entry ?? []).some((a) => a.type === 'adjustTrust'));
      }
    }
  });
  if (!handled) return null;
  let key = `${event.type}\u0000${bits}\u0000`;
  if (touchesTrust) for (const p of c.trustParties) key += `${trust[p] ?? 0},`;
  let bySnap = c.steps.get(snap);
  if (!bySnap) {
    bySnap = new Map();
    c.steps.set(snap, bySnap);
  }
  let result = bySnap.get(key);
  if (!result) {
    result = xstateChartStep(sc, partyId, snap, trust, event);
    result.chart = intern(c, result.chart);
    // No adjustTrust can run: the trust row stays as it is, whatever it is (nothing to write back).
    if (!touchesTrust) result.trust = {};
    bySnap.set(key, result);
  }
  return result;
}

/** Every party's chart machine (chartMachine), by party id: what the diagrams draw. */
export function chartMachines(sc: CompiledScenario): Record<PartyId, AnyStateMachine> {
  return Object.fromEntries(sc.parties.map((p) => [p.id, chartMachine(sc, p.id)]));
}

/** The party's persisted chart snapshot in a game state (rules revision 4), or null (revisions 1–3). */
export function chartSnapshot(s: GameState, partyId: PartyId): PersistedChart | null {
  return s.ai[partyId]?.chart ?? null;
}

/**
 * The chart's active state value in a game state, for any revision: the persisted one (revision 4), else the stance
 * the game keeps with every demand region at its initial state (revisions 1–3 run no demand regions).
 */
export function chartValue(sc: CompiledScenario, s: GameState, partyId: PartyId): Record<string, string> {
  const chart = chartSnapshot(s, partyId);
  if (chart) return chart.value;
  const party = sc.parties.find((p) => p.id === partyId)!;
  const value: Record<string, string> = { [STANCE_REGION]: s.ai[partyId]?.value ?? party.ai.initial };
  for (const r of party.ai.regions ?? []) value[r.id] = r.initial;
  return value;
}
