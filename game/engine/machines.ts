// The AI statecharts as XState machines. One machine per party per scenario, built once and cached (createMachine
// costs ~40 µs). The game state keeps only each machine's { value } (a flat statechart: the stance id); a step
// resolves that value to a snapshot and runs XState's pure `transition`. The statechart actions are registered
// as no-ops: the engine reads back the (type, params) XState selected and applies them itself through Immer.
import { initialTransition, setup, transition } from 'xstate';
import { evalGuard, type Facts } from './guards';
import type { AiAction, CompiledScenario, Guard, PartyId } from './scenario';

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

/** The initial stance and its entry actions. */
export function initialStep(sc: CompiledScenario, partyId: PartyId): Step {
  const [snap, actions] = initialTransition(machineFor(sc, partyId));
  return { value: String(snap.value), actions: toAiActions(actions) };
}

/** One event through the party's statechart, from the stance `value`. */
export function step(sc: CompiledScenario, partyId: PartyId, value: string, event: AiEvent): Step {
  const machine = machineFor(sc, partyId);
  const resolved = machine.resolveState({ value, context: {} } as never);
  const [next, actions] = transition(machine, resolved, event);
  return { value: String(next.value), actions: toAiActions(actions) };
}
