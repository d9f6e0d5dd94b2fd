// The AI statecharts of rules revisions 1–3 (revision 4: chart.ts), kept so that replays of earlier builds play back
// exactly. One machine per party per scenario, built once and cached (createMachine
// costs ~40 µs). The game state keeps only each machine's { value } (a flat statechart: the stance id); a step
// resolves that value to a snapshot and runs XState's pure `transition`. The statechart actions are registered
// as no-ops: the engine reads back the (type, params) XState selected and applies them itself through Immer.
// Speed: XState's `transition` builds an inert actor per call (~10 µs, most of a game's time). For a flat
// statechart its result depends only on the stance, the event type and which transition is the first whose guard
// passes; so the engine evaluates the guards (the same evalGuard XState calls), and memoises XState's answer per
// (party, stance, event type, transition index). Events no transition of the stance takes skip XState entirely.
import { initialTransition, setup, transition } from 'xstate';
import { evalGuard, type Facts } from './guards';
import type { AiAction, CompiledScenario, Guard, PartyId, Stance } from './scenario';

export interface AiEvent {
  type: string;
  facts: Facts;
}

const noop = () => {};

function buildMachine(sc: CompiledScenario, partyId: PartyId) {
  const party = sc.parties.find((p) => p.id === partyId)!;
  const states: Record<string, unknown> = {};
  for (const [id, stance] of Object.entries(party.ai.states)) {
    const on: Record<string, unknown[]> = {};
    for (const [event, transitions] of Object.entries(stance.on)) {
      on[event] = (transitions ?? []).map((t) => ({
        ...(t.target !== undefined ? { target: t.target } : {}),
        ...(t.guard ? { guard: { type: 'check', params: t.guard } } : {}),
        actions: t.actions.map((a) => ({ type: a.type, params: a.params })),
      }));
    }
    states[id] = { entry: stance.entry.map((a) => ({ type: a.type, params: a.params })), on };
  }
  // The config is data from the scenario; XState's generic types cannot follow it, so it is typed loosely here.
  const config = { id: partyId, initial: party.ai.initial, context: {}, states } as never;
  return setup({
    types: {} as { events: AiEvent },
    guards: {
      check: ({ event }: { event: AiEvent }, params: Guard) => evalGuard(params, event.facts),
    },
    actions: { say: noop, adjustTrust: noop, moveReservation: noop, insist: noop, concede: noop, walkOut: noop },
  }).createMachine(config);
}

type Machine = ReturnType<typeof buildMachine>;
const cache = new WeakMap<CompiledScenario, Map<PartyId, Machine>>();

export function machineFor(sc: CompiledScenario, partyId: PartyId): Machine {
  let byParty = cache.get(sc);
  if (!byParty) {
    byParty = new Map();
    cache.set(sc, byParty);
  }
  let m = byParty.get(partyId);
  if (!m) {
    m = buildMachine(sc, partyId);
    byParty.set(partyId, m);
  }
  return m;
}

export interface Step {
  value: string;
  actions: AiAction[];
}

function toAiActions(actions: readonly { type: string; params?: unknown }[]): AiAction[] {
  return actions
    .filter((a) => a.type !== 'xstate.raise' && !a.type.startsWith('xstate.'))
    .map((a) => ({ type: a.type, params: a.params ?? {} }) as AiAction);
}

const initialMemo = new WeakMap<CompiledScenario, Map<PartyId, Step>>();

/** The initial stance and its entry actions (XState's initialTransition, memoised: it has no inputs). */
export function initialStep(sc: CompiledScenario, partyId: PartyId): Step {
  let byParty = initialMemo.get(sc);
  if (!byParty) {
    byParty = new Map();
    initialMemo.set(sc, byParty);
  }
  let result = byParty.get(partyId);
  if (!result) {
    const [snap, actions] = initialTransition(machineFor(sc, partyId));
    result = { value: String(snap.value), actions: toAiActions(actions) };
    byParty.set(partyId, result);
  }
  return result;
}

/** One event through the party's statechart, from the stance `value`, computed by XState (not memoised). */
export function xstateStep(sc: CompiledScenario, partyId: PartyId, value: string, event: AiEvent): Step {
  const machine = machineFor(sc, partyId);
  const resolved = machine.resolveState({ value, context: {} } as never);
  const [next, actions] = transition(machine, resolved, event);
  return { value: String(next.value), actions: toAiActions(actions) };
}

const memo = new WeakMap<CompiledScenario, Map<string, Step>>();
const NO_STEP_ACTIONS: AiAction[] = [];

/**
 * One event through the party's statechart, from the stance `value`: XState's answer, memoised (see header).
 * Returns null when no transition is enabled (the stance stays, nothing happens).
 */
export function step(sc: CompiledScenario, partyId: PartyId, value: string, event: AiEvent): Step | null {
  const party = sc.parties.find((p) => p.id === partyId)!;
  const transitions = party.ai.states[value]?.on[event.type as keyof Stance['on']];
  if (!transitions) return null;
  const index = transitions.findIndex((t) => !t.guard || evalGuard(t.guard, event.facts));
  if (index < 0) return null;
  let byKey = memo.get(sc);
  if (!byKey) {
    byKey = new Map();
    memo.set(sc, byKey);
  }
  const key = `${partyId}\u0000${value}\u0000${event.type}\u0000${index}`;
  let result = byKey.get(key);
  if (!result) {
    result = xstateStep(sc, partyId, value, event);
    if (result.actions.length === 0) result.actions = NO_STEP_ACTIONS;
    byKey.set(key, result);
  }
  return result;
}
