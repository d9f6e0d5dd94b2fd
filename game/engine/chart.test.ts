// The charts of rules revision 4 (chart.ts): the cached step against XState's own `transition` over random events
// from random reachable snapshots (the cache may only ever return what XState itself would, and skip only events
// on which XState does nothing); the demands as XState's assigns leave them; and the AI reading them (demands.ts).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { parseScenario } from '../content/index';
import { aiDecide } from './ai';
import { type ChartEvent, chartInitial, chartMachine, chartStep, resolveChart, xstateChartStep } from './chart';
import { demandAllows, demandsOf } from './demands';
import { mini } from './fixtures/mini';
import type { Facts } from './guards';
import { newGame } from './newgame';
import { runGame } from './play';
import { applyAction } from './rules';
import { AI_EVENT_TYPES, type CompiledScenario, type PartyId } from './scenario';
import type { PersistedChart, Reason } from './state';

function load(file: string): CompiledScenario {
  const r = parseScenario(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not parse`);
  return r.value;
}
const alaska = load('scenarios/alaska-2025.yaml');

function arbitraries(sc: CompiledScenario) {
  const parties = sc.parties.map((p) => p.id);
  const facts: fc.Arbitrary<Facts> = fc.record({
    from: fc.constantFrom<PartyId | null>(null, ...parties),
    offerValue: fc.option(fc.integer({ min: 0, max: 100 })),
    offer: fc.option(
      fc.record(Object.fromEntries(sc.issues.map((i) => [i.id, fc.constantFrom(...i.options.map((o) => o.id))]))),
    ),
    round: fc.integer({ min: 1, max: 5 }),
    turn: fc.integer({ min: 0, max: 40 }),
    phase: fc.constantFrom(...sc.phases.map((p) => p.id)),
    trust: fc.record(Object.fromEntries(parties.map((p) => [p, fc.integer({ min: 0, max: 100 })]))),
    gauges: fc.record(Object.fromEntries(sc.gauges.map((g) => [g.id, fc.integer({ min: 0, max: 100 })]))),
  });
  const type = fc.constantFrom<string>(...AI_EVENT_TYPES, ...sc.events.map((e) => `world.${e.id}`));
  const event: fc.Arbitrary<ChartEvent> = fc.record({ type, facts });
  return fc.tuple(fc.constantFrom(...parties), fc.array(event, { minLength: 1, maxLength: 30 }));
}

/** What XState does with the event, from the snapshot, computed fresh (no cache). */
function fresh(
  sc: CompiledScenario,
  party: PartyId,
  chart: PersistedChart,
  trust: Record<PartyId, number>,
  e: ChartEvent,
) {
  return xstateChartStep(sc, party, chart, trust, e);
}

describe('the cached chart step (rules revision 4)', () => {
  it.each([
    ['alaska', alaska],
    ['mini (format 1, migrated: stances only)', mini],
  ] as const)('equals XState’s transition over random events (%s)', (_name, sc) => {
    // One scenario object for every run, so later runs hit the cache filled by earlier ones.
    fc.assert(
      fc.property(arbitraries(sc), ([party, events]) => {
        let chart = chartInitial(sc, party).chart;
        for (const event of events) {
          const trust = event.facts.trust;
          const expected = fresh(sc, party, chart, trust, event);
          const got = chartStep(sc, party, chart, trust, event);
          if (got === null) {
            // Skipped: XState would change nothing and do nothing.
            expect(expected.chart).toEqual(chart);
            expect(expected.effects).toEqual([]);
            for (const [p, v] of Object.entries(expected.trust)) expect(v).toBe(trust[p]);
            continue;
          }
          expect(got.chart).toEqual(expected.chart);
          expect(got.effects).toEqual(expected.effects);
          // The trust row: as XState left it; a party the step leaves out is one XState did not change.
          for (const [p, v] of Object.entries(expected.trust)) expect(got.trust[p] ?? trust[p]).toBe(v);
          chart = got.chart;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('resolves a persisted snapshot to XState’s own snapshot (value and context)', () => {
    const first = chartInitial(alaska, 'russia');
    const snap = resolveChart(alaska, 'russia', first.chart, alaska.trust.russia!);
    expect(snap.value).toEqual(first.chart.value);
    const [next] = transition(chartMachine(alaska, 'russia'), snap, { type: 'nothing' } as never);
    expect(next.value).toEqual(first.chart.value);
  });
});

describe('the demands in the context', () => {
  it('are set by the regions’ entry actions (XState assigns) and the file’s context', () => {
    // say is emitted for the engine to apply; the demands are assigned inside XState.
    expect(chartInitial(alaska, 'russia').effects).toEqual([{ type: 'say', params: { line: 'greeting' } }]);
    const ru = chartInitial(alaska, 'russia').chart;
    expect(ru.value).toEqual({
      stance: 'maximalist',
      territory: 'all-four-regions',
      nato: 'barred-by-treaty',
      withdrawal: 'guns-silent-after-withdrawal',
      patience: 'waiting',
    });
    expect(ru.context.demands.territory).toEqual({
      insist: ['withdraw4'],
      acceptable: [],
      refused: ['freeze', 'prewar'],
    });
    expect(ru.context.patience).toBe(3);
    const ua = chartInitial(alaska, 'ukraine').chart;
    expect(ua.context.demands.recognition).toEqual({ insist: [], acceptable: [], refused: ['dejure'] });
    expect(ua.context.demands.guarantees?.insist).toEqual(['art5']);
  });

  it('move with the region: a US offer of a swap moves Russia to donbas-only', () => {
    const ru = chartInitial(alaska, 'russia').chart;
    const facts: Facts = {
      from: 'us',
      offerValue: 40,
      offer: { territory: 'swap' },
      round: 1,
      turn: 3,
      phase: 'anchorage',
      trust: alaska.trust.russia!,
      gauges: { momentum: 60, sanctions: 55, unity: 65 },
    };
    const r = chartStep(alaska, 'russia', ru, alaska.trust.russia!, { type: 'offer.received', facts })!;
    expect(r.chart.value.territory).toBe('donbas-only');
    expect(r.chart.context.demands.territory).toEqual({
      insist: ['swap'],
      acceptable: ['withdraw4'],
      refused: ['freeze', 'prewar'],
    });
    // The stance region heard the event too, and stayed (maximalist has no offer.received transition).
    expect(r.chart.value.stance).toBe('maximalist');
  });

  it('run out of patience: three trilateral rounds, then Russia caps its aspiration', () => {
    let chart = chartInitial(alaska, 'russia').chart;
    const facts = (round: number): Facts => ({
      from: null,
      offerValue: null,
      offer: null,
      round,
      turn: 30,
      phase: 'trilateral',
      trust: alaska.trust.russia!,
      gauges: { momentum: 70, sanctions: 50, unity: 65 },
    });
    for (let round = 1; round <= 3; round++) {
      chart = chartStep(alaska, 'russia', chart, alaska.trust.russia!, {
        type: 'round.elapsed',
        facts: facts(round),
      })!.chart;
    }
    expect(chart.context.patience).toBe(0);
    expect(chart.value.patience).toBe('waiting');
    chart = chartStep(alaska, 'russia', chart, alaska.trust.russia!, { type: 'round.elapsed', facts: facts(4) })!.chart;
    expect(chart.value.patience).toBe('settling');
    expect(chart.context.aspiration).toBe(60);
  });
});

describe('the AI reads its demands from the game state', () => {
  it('keeps each party’s persisted chart in the state (plain JSON) and the stance beside it', () => {
    const s = newGame(alaska, { seed: 3 });
    for (const p of alaska.parties) {
      const chart = s.ai[p.id]!.chart!;
      expect(JSON.parse(JSON.stringify(chart))).toEqual(chart);
      expect(chart.value.stance).toBe(s.ai[p.id]!.value);
    }
  });

  it('never offers an option its demands rule out, in any all-AI Alaska game', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const s = runGame(alaska, { seed });
      // Replay the log: at each AI proposal, the proposer's demands in the state before must allow it.
      let g = newGame(alaska, { seed });
      for (const e of s.log) {
        if (e.kind !== 'action') continue;
        const a = e.action;
        if (a.type === 'offer.propose') {
          const demands = demandsOf(g, a.party);
          for (const [issue, option] of Object.entries(a.package)) {
            if (g.commitments[issue] === option) continue; // kept as committed in an earlier phase
            expect(demandAllows(demands[issue], option, true), `${a.party} ${issue}=${option} seed ${seed}`).toBe(true);
          }
        }
        const d = aiDecide(alaska, g, a.party);
        expect(d.action).toEqual(a);
        g = stepOnce(g, a, d.reason);
      }
    }
  });

  it('rules revision 3 ignores the regions (no chart in the state)', () => {
    const s = newGame(alaska, { seed: 1, rules: 3 });
    for (const p of alaska.parties) expect(s.ai[p.id]!.chart).toBeUndefined();
    expect(demandsOf(s, 'russia')).toEqual({});
  });
});

function stepOnce(s: ReturnType<typeof newGame>, a: Parameters<typeof applyAction>[2], reason: Reason) {
  const r = applyAction(alaska, s, a, { reason });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
