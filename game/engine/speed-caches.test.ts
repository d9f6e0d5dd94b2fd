// The small caches the headless game leans on are pure: over random games, policies, seeds and rules revisions,
// at every state, they answer exactly what computing afresh answers — package points from the per-party table
// (values.ts: pointsOf, perIssue), each party's favourite option (bestOption), whether a chart handles an event
// (chart.ts: chartHandles), and the grammar of names (log-sentences.ts: pluralName).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartHandles } from './chart';
import { bigScenario } from './fixtures/big';
import { mini } from './fixtures/mini';
import { pluralName } from './log-sentences';
import { newGame } from './newgame';
import { own } from './own';
import { choosePolicyAction, POLICIES, type Policy } from './policies';
import { applyAction, speaker } from './rules';
import type { AiEventType, CompiledScenario, Package, Party } from './scenario';
import { STANCE_REGION } from './scenario';
import type { GameState, PersistedChart } from './state';
import { bestOption, issuePoints, perIssue, pointsOf } from './values';

const scenarios: Record<string, CompiledScenario> = { mini, big: bigScenario() };

/** The references: each computed afresh, as before the caches. */
function freshPerIssue(sc: CompiledScenario, party: Party, pkg: Package, commitments: Package) {
  const out: Record<string, number> = {};
  for (const issue of sc.issues) {
    out[issue.id] = issuePoints(party, issue.id, own(pkg, issue.id) ?? own(commitments, issue.id) ?? issue.statusQuo);
  }
  return out;
}

function freshBest(sc: CompiledScenario, party: Party, issue: string): string {
  const iss = sc.issues.find((i) => i.id === issue)!;
  let best = iss.options[0]!.id;
  let bestV = -1;
  for (const o of iss.options) {
    const v = own(own(party.values, issue), o.id) ?? 0;
    if (v > bestV) {
      bestV = v;
      best = o.id;
    }
  }
  return best;
}

function freshHandles(party: Party, chart: PersistedChart, type: string): boolean {
  if (party.ai.states[chart.value[STANCE_REGION]!]?.on[type as AiEventType]) return true;
  for (const r of party.ai.regions ?? []) if (r.states[chart.value[r.id]!]?.on[type as AiEventType]) return true;
  return false;
}

function freshPlural(name: string): boolean {
  const words = name
    .replace(/\s*\(.*\)\s*$/, '')
    .trim()
    .split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (!/[^s']s$/i.test(last)) return false;
  return !/^(the )?(united|netherlands|philippines|bahamas|maldives|seychelles|comoros)/i.test(words.join(' '));
}

const EVENTS = [
  'offer.received',
  'offer.accepted',
  'offer.rejected',
  'round.elapsed',
  'phase.started',
  'threat.received',
  'call.received',
  'assurance.received',
  'world.crisis',
  'world.leak',
  'nothing.at.all',
];

function expectFresh(sc: CompiledScenario, s: GameState): void {
  const pkgs: Package[] = [{}, s.commitments];
  if (s.table) pkgs.push(s.table.package);
  for (const p of Object.values(s.lastOffer)) if (p) pkgs.push(p);
  for (const party of sc.parties) {
    for (const pkg of pkgs) {
      const fresh = freshPerIssue(sc, party, pkg, s.commitments);
      expect(perIssue(sc, party, pkg, s.commitments)).toEqual(fresh);
      expect(pointsOf(sc, party, pkg, s.commitments)).toBe(Object.values(fresh).reduce((a, b) => a + b, 0));
    }
    for (const issue of sc.issues) expect(bestOption(sc, party, issue.id)).toBe(freshBest(sc, party, issue.id));
    const chart = s.ai[party.id]?.chart;
    if (chart)
      for (const type of EVENTS) expect(chartHandles(sc, party.id, chart, type)).toBe(freshHandles(party, chart, type));
  }
}

describe('the speed caches', () => {
  it('answer as computing afresh does, at every state of random games', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('mini', 'big'),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom(1, 2, 3, 4),
        fc.array(fc.constantFrom<Policy>(...POLICIES), { minLength: 8, maxLength: 8 }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (name, seed, rules, policies, policySeed) => {
          const sc = scenarios[name]!;
          const policyOf = (id: string) => policies[sc.parties.findIndex((p) => p.id === id) % policies.length]!;
          const seats = Object.fromEntries(
            sc.parties.map((p) => [p.id, policyOf(p.id) === 'ai' ? 'ai' : 'human'] as const),
          );
          let s = newGame(sc, { seed, seats, rules });
          let rng = policySeed;
          expectFresh(sc, s);
          for (let i = 0; i < 300 && !s.outcome; i++) {
            const p = speaker(sc, s)!;
            const c = choosePolicyAction(policyOf(p), sc, s, p, rng);
            rng = c.rng;
            const r = applyAction(sc, s, c.action, { reason: c.reason });
            s = r.ok ? r.value : (applyAction(sc, s, { type: 'turn.pass', party: p }) as { value: GameState }).value;
            expectFresh(sc, s);
          }
        },
      ),
      { numRuns: 16, seed: 20261205 },
    );
  });

  it('pluralName answers as guessing afresh does, asked once or again', () => {
    const names = fc.oneof(
      fc.string(),
      fc.constantFrom('European allies', 'United States', 'the Netherlands', 'Ukraine', 'Powers (G7)', 'Allies '),
    );
    fc.assert(
      fc.property(fc.array(names, { maxLength: 20 }), (list) => {
        for (const n of [...list, ...list]) expect(pluralName(n)).toBe(freshPlural(n));
      }),
      { seed: 20261206 },
    );
  });
});
