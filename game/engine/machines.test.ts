// The memoised statechart step (machines.ts) against XState's own `transition`, on random event sequences with
// random facts: the memo may only ever return what XState itself would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { mini } from './fixtures/mini';
import type { Facts } from './guards';
import { type AiEvent, initialStep, machineFor, type Step, step } from './machines';
import { AI_EVENT_TYPES, type CompiledScenario, type PartyId } from './scenario';

/** XState's answer, computed fresh for every event (no memo), with XState's internal actions left out. */
function xstateAnswer(sc: CompiledScenario, party: PartyId, value: string, event: AiEvent): Step {
  const machine = machineFor(sc, party);
  const [next, actions] = transition(machine, machine.resolveState({ value, context: {} } as never), event);
  return {
    value: String(next.value),
    actions: actions
      .filter((a) => !a.type.startsWith('xstate.'))
      .map((a) => ({ type: a.type, params: a.params ?? {} }) as Step['actions'][number]),
  };
}

// Mini, plus a variant where one event has several transitions of which a later one is unguarded, so which
// transition is taken depends on the facts (the memo key must tell them apart).
const branching = structuredClone(mini);
branching.parties[0]!.ai.states.maximalist!.on['offer.received'] = [
  {
    target: 'bargaining',
    guard: { type: 'valueAtLeast', params: { value: 50 } },
    actions: [{ type: 'say', params: { line: 'accept' } }],
  },
  {
    guard: { type: 'trustAtLeast', params: { party: 'south', value: 40 } },
    actions: [{ type: 'adjustTrust', params: { party: 'south', delta: 3 } }],
  },
  { actions: [{ type: 'say', params: { line: 'reject' } }] },
];
branching.parties[0]!.ai.states.bargaining!.on['offer.received'] = [
  {
    target: 'maximalist',
    guard: { type: 'not', params: { guard: { type: 'valueAtLeast', params: { value: 30 } } } },
    actions: [],
  },
];

function arbitraries(sc: CompiledScenario) {
  const parties = sc.parties.map((p) => p.id);
  const facts: fc.Arbitrary<Facts> = fc.record({
    from: fc.constantFrom<PartyId | null>(null, ...parties),
    offerValue: fc.option(fc.integer({ min: 0, max: 100 })),
    offer: fc.option(
      fc.record(Object.fromEntries(sc.issues.map((i) => [i.id, fc.constantFrom(...i.options.map((o) => o.id))]))),
    ),
    round: fc.integer({ min: 1, max: 4 }),
    turn: fc.integer({ min: 0, max: 30 }),
    phase: fc.constantFrom(...sc.phases.map((p) => p.id)),
    trust: fc.record(Object.fromEntries(parties.map((p) => [p, fc.integer({ min: 0, max: 100 })]))),
    gauges: fc.record(Object.fromEntries(sc.gauges.map((g) => [g.id, fc.integer({ min: 0, max: 100 })]))),
  });
  const type = fc.constantFrom<string>(...AI_EVENT_TYPES, ...sc.events.map((e) => `world.${e.id}`));
  const event: fc.Arbitrary<AiEvent> = fc.record({ type, facts });
  return fc.tuple(fc.constantFrom(...parties), fc.array(event, { minLength: 1, maxLength: 25 }));
}

describe('the memoised statechart step', () => {
  it.each([
    ['mini', mini],
    ['a variant with several transitions per event', branching],
  ] as const)('equals XState’s transition on random event sequences (%s)', (_name, sc) => {
    // One scenario object for every run, so later runs hit the memo filled by earlier ones.
    fc.assert(
      fc.property(arbitraries(sc), ([party, events]) => {
        let value = initialStep(sc, party).value;
        for (const event of events) {
          const expected = xstateAnswer(sc, party, value, event);
          const got = step(sc, party, value, event) ?? { value, actions: [] };
          expect(got).toEqual(expected);
          value = got.value;
        }
      }),
      { numRuns: 300 },
    );
  });
  it('the initial step is XState’s initial transition', () => {
    expect(initialStep(mini, 'north')).toEqual({
      value: 'maximalist',
      actions: [{ type: 'say', params: { line: 'greeting' } }],
    });
    expect(initialStep(mini, 'south')).toEqual({ value: 'probing', actions: [] });
  });
});
