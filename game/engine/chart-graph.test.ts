// The statechart graph read from XState machines: the charts the engine plays (chart.ts: mini's Northland, stances
// only; Alaska's Russia, with demand regions), and a hand-built hierarchical, parallel machine with XState's
// and/or/not/stateIn guards; guards and actions in short words; the active nodes of a state value.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { and, not, or, setup, stateIn } from 'xstate';
import { parseScenario } from '../content/index';
import { actionWords, activeNodes, chartGraph, guardWords, partyChartGraph, type StateNodeLike } from './chart-graph';
import { mini } from './fixtures/mini';
import type { CompiledScenario } from './scenario';

function load(file: string): CompiledScenario {
  const r = parseScenario(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not parse`);
  return r.value;
}
const alaska = load('scenarios/alaska-2025.yaml');

describe('partyChartGraph (the chart the engine plays, chart.ts: a parallel root with the stance region)', () => {
  const g = partyChartGraph(mini, 'north');

  it('puts the stances in the stance region, the initial one marked', () => {
    expect(g.nodes.map((n) => [n.id, n.parent, n.kind, n.initial, n.region])).toEqual([
      ['stance', null, 'compound', false, true],
      ['stance/maximalist', 'stance', 'atomic', true, false],
      ['stance/bargaining', 'stance', 'atomic', false, false],
    ]);
  });

  it('draws transitions with a target as edges, with the event and the guard in words', () => {
    expect(g.edges).toEqual([
      {
        id: 'e0',
        source: 'stance/maximalist',
        target: 'stance/bargaining',
        event: 'offer.received',
        guard: 'value ≥ 50 and round ≥ 2',
        actions: ['say accept'],
      },
      {
        id: 'e1',
        source: 'stance/maximalist',
        target: 'stance/bargaining',
        event: 'world.crisis',
        guard: 'pressure ≥ 60',
        actions: ['moveReservation -10'],
      },
    ]);
  });

  it('lists transitions without a target inside their state', () => {
    const max = g.nodes.find((n) => n.id === 'stance/maximalist')!;
    expect(max.internal).toEqual(['threat.received [from south] / adjustTrust south -5, insist border']);
    expect(g.nodes.find((n) => n.id === 'stance/bargaining')!.internal).toEqual([
      'phase.started [phase summit] / say greeting',
    ]);
  });

  it('lights the region and the stance a value names, and nothing for an unknown value', () => {
    expect(activeNodes(g, { stance: 'bargaining' })).toEqual(['stance', 'stance/bargaining']);
    expect(activeNodes(g, 'bargaining')).toEqual([]);
    expect(activeNodes(g, { stance: 'renamed' })).toEqual(['stance']);
    expect(activeNodes(g, null)).toEqual([]);
  });
});

describe('partyChartGraph (a chart with demand regions: Alaska 2025, Russia)', () => {
  const g = partyChartGraph(alaska, 'russia');
  const regions = g.nodes.filter((n) => n.region).map((n) => n.id);

  it('draws the stance region and one region per demand, each with its states and its transitions', () => {
    expect(regions[0]).toBe('stance');
    expect(regions.slice(1)).toEqual(alaska.parties.find((p) => p.id === 'russia')!.ai.regions!.map((r) => r.id));
    expect(regions).toContain('territory');
    const territory = g.nodes.filter((n) => n.parent === 'territory');
    expect(territory.map((n) => n.key)).toContain('all-four-regions');
    expect(territory.find((n) => n.key === 'all-four-regions')!.initial).toBe(true);
    const moves = g.edges.filter((e) => e.source.startsWith('territory/'));
    expect(moves.length).toBeGreaterThan(0);
    for (const e of moves) expect(e.target.startsWith('territory/')).toBe(true);
  });
});

// A chart of the shape rules revision 4 builds: a parallel root, the stances in one region and a demand in another,
// one of its states compound, and guards composed by XState.
const demandMachine = setup({
  guards: { valueAtLeast: () => true, fromParty: () => true, roundAtLeast: () => true },
}).createMachine({
  id: 'russia',
  type: 'parallel',
  states: {
    stance: {
      initial: 'probing',
      states: {
        probing: {
          on: {
            'offer.received': {
              target: 'bargaining',
              guard: and([
                { type: 'fromParty', params: { party: 'us' } },
                or([
                  { type: 'valueAtLeast', params: { value: 55 } },
                  not({ type: 'roundAtLeast', params: { round: 3 } }),
                ]),
              ]),
            },
          },
        },
        bargaining: {},
      },
    },
    territory: {
      initial: 'all-four-regions',
      states: {
        'all-four-regions': {
          on: {
            'round.elapsed': { target: 'donbas', guard: stateIn({ stance: 'bargaining' }) },
          },
        },
        donbas: {
          initial: 'donbas-only',
          states: { 'donbas-only': { on: { 'offer.received': 'line-of-contact' } }, 'line-of-contact': {} },
        },
      },
    },
  },
});

describe('chartGraph (parallel regions, nested states)', () => {
  const g = chartGraph('russia', demandMachine.root as unknown as StateNodeLike);

  it('nests states under their region, regions marked and never "initial"', () => {
    const shape = g.nodes.map((n) => [n.id, n.parent, n.kind, n.region, n.initial]);
    expect(shape).toEqual([
      ['stance', null, 'compound', true, false],
      ['stance/probing', 'stance', 'atomic', false, true],
      ['stance/bargaining', 'stance', 'atomic', false, false],
      ['territory', null, 'compound', true, false],
      ['territory/all-four-regions', 'territory', 'atomic', false, true],
      ['territory/donbas', 'territory', 'compound', false, false],
      ['territory/donbas/donbas-only', 'territory/donbas', 'atomic', false, true],
      ['territory/donbas/line-of-contact', 'territory/donbas', 'atomic', false, false],
    ]);
  });

  it('reads XState’s and/or/not and stateIn guards', () => {
    expect(g.edges.map((e) => [e.source, e.target, e.event, e.guard])).toEqual([
      ['stance/probing', 'stance/bargaining', 'offer.received', 'from us and (value ≥ 55 or round < 3)'],
      ['territory/all-four-regions', 'territory/donbas', 'round.elapsed', 'in stance: bargaining'],
      ['territory/donbas/donbas-only', 'territory/donbas/line-of-contact', 'offer.received', null],
    ]);
  });

  it('lights every region and the states a parallel value names, nested ones with their parents', () => {
    expect(activeNodes(g, { stance: 'bargaining', territory: { donbas: 'line-of-contact' } })).toEqual([
      'stance',
      'stance/bargaining',
      'territory',
      'territory/donbas',
      'territory/donbas/line-of-contact',
    ]);
  });
});

describe('guard and action words', () => {
  it('says the scenario’s guards briefly, negating thresholds as "<"', () => {
    expect(guardWords({ type: 'offerIncludes', params: { issue: 'nato', option: 'open' } })).toBe(
      'offer has nato: open',
    );
    expect(
      guardWords({ type: 'not', params: { guard: { type: 'trustAtLeast', params: { party: 'us', value: 20 } } } }),
    ).toBe('trust in us < 20');
    expect(guardWords({ type: 'not', params: { guard: { type: 'phaseIs', params: { phase: 'a' } } } })).toBe(
      'not phase a',
    );
    expect(
      guardWords({
        type: 'any',
        params: {
          of: [
            { type: 'turnAtLeast', params: { turn: 4 } },
            { type: 'all', params: { of: [] } },
          ],
        },
      }),
    ).toBe('turn ≥ 4 or ()');
  });
  it('signs deltas and skips XState’s own actions', () => {
    expect(actionWords({ type: 'adjustTrust', params: { party: 'us', delta: 3 } })).toBe('adjustTrust us +3');
    expect(actionWords({ type: 'walkOut', params: {} })).toBe('walkOut');
    expect(actionWords({ type: 'xstate.assign' })).toBeNull();
  });
});
