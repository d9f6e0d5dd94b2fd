// The Pareto step: before signing, a package better for itself and no worse for the other (by its model).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../content/index';
import { aiDecide } from './ai';
import { paretoImprovement } from './analytics';
import { exactModel } from './fixtures/exact-model';
import { newGame } from './newgame';
import { backedStep, paretoStep, STEP_EVIDENCE } from './pareto-step';
import { applyAction } from './rules';
import type { CompiledScenario, Party } from './scenario';
import type { GameState } from './state';
import { packageValue, samePackage } from './values';

const load = (file: string): CompiledScenario => {
  const r = parseScenario(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.value;
};

describe('paretoStep', () => {
  const sc = load('scenarios/fixtures/bench/england-zimbabwe.yaml');
  const [england, zimbabwe] = sc.parties as [Party, Party];
  const agenda = sc.phases[0]!.agenda;
  // A deal the AI once struck (England 48, Zimbabwe 65), dominated by the Nash point (53, 66).
  const table = { funding: 'b50', aid: 'keep', impact: 'kept', barriers: 'both', forum: 'none' };
  const q = (evidence = STEP_EVIDENCE) => ({
    party: zimbabwe,
    stance: zimbabwe.ai.states[zimbabwe.ai.initial]!,
    agenda,
    commitments: {},
    table,
    models: [exactModel(england, evidence)],
  });
  it('with an exact model, finds a package better for itself and no worse for the other', () => {
    expect(paretoImprovement(sc, table)).not.toBeNull();
    const step = paretoStep(sc, q())!;
    expect(step).not.toBeNull();
    expect(packageValue(sc, zimbabwe, step, {})).toBeGreaterThanOrEqual(packageValue(sc, zimbabwe, table, {}) + 2);
    expect(packageValue(sc, england, step, {})).toBeGreaterThanOrEqual(packageValue(sc, england, table, {}));
  });
  it('finds nothing on a Pareto-optimal package, or with too little evidence', () => {
    const nash = { funding: 'b50', aid: 'keep', impact: 'kept', barriers: 'zim', forum: 'zim' };
    expect(paretoImprovement(sc, nash)).toBeNull();
    expect(paretoStep(sc, { ...q(), table: nash })).toBeNull();
    expect(paretoStep(sc, q(STEP_EVIDENCE - 1))).toBeNull();
  });
});

describe('backedStep (rules revision 6)', () => {
  const sc = load('scenarios/fixtures/bench/england-zimbabwe.yaml');
  const [england, zimbabwe] = sc.parties as [Party, Party];
  const stance = zimbabwe.ai.states[zimbabwe.ai.initial]!;
  // A deal the AI once struck (England 46, Zimbabwe 66), dominated by the Nash point (53, 66), which England had
  // offered earlier in the game.
  const table = { funding: 'b100', aid: 'keep', impact: 'half', barriers: 'zim', forum: 'none' };
  const nash = { funding: 'b50', aid: 'keep', impact: 'kept', barriers: 'zim', forum: 'zim' };
  const worse = { funding: 'b10', aid: 'keep', impact: 'kept', barriers: 'zim', forum: 'zim' };
  it('takes a package the other backed that is as good for itself as the table', () => {
    expect(packageValue(sc, zimbabwe, nash, {})).toBe(packageValue(sc, zimbabwe, table, {}));
    expect(packageValue(sc, england, nash, {})).toBeGreaterThan(packageValue(sc, england, table, {}));
    expect(backedStep(sc, zimbabwe, stance, {}, table, [worse, nash, table], samePackage)).toEqual(nash);
  });
  it('takes nothing worse for itself, nor the table, nor a package on its red lines', () => {
    expect(backedStep(sc, zimbabwe, stance, {}, table, [worse, table], samePackage)).toBeNull();
    const red = { ...stance, redLines: [{ issue: 'forum', option: 'zim' }] };
    expect(backedStep(sc, zimbabwe, red, {}, table, [nash], samePackage)).toBeNull();
  });
  it('of two as good for itself, takes the one backed first', () => {
    const other = { funding: 'b50', aid: 'reduce', impact: 'grow', barriers: 'both', forum: 'zim' };
    const [a, b] = [packageValue(sc, zimbabwe, other, {}), packageValue(sc, zimbabwe, nash, {})];
    if (a !== b) return expect.fail(`fixture: ${a} ≠ ${b}`);
    expect(backedStep(sc, zimbabwe, stance, {}, table, [other, nash], samePackage)).toEqual(other);
    expect(backedStep(sc, zimbabwe, stance, {}, table, [nash, other], samePackage)).toEqual(nash);
  });
  it('in play: the AI proposes the backed package instead of signing a dominated table (not before revision 6)', () => {
    const play = (rules: number) => {
      let s = newGame(sc, { seed: 1, rules, seats: { england: 'human', zimbabwe: 'ai' } });
      for (const pkg of [nash, table]) {
        const speakerIndex = sc.phases[0]!.order.indexOf('england');
        const r = applyAction(sc, { ...s, speakerIndex } as GameState, {
          type: 'offer.propose',
          party: 'england',
          package: pkg,
        });
        if (!r.ok) throw new Error(r.error.message);
        s = r.value;
      }
      return aiDecide(sc, { ...s, round: 16, speakerIndex: sc.phases[0]!.order.indexOf('zimbabwe') }, 'zimbabwe')
        .action;
    };
    expect(play(6)).toEqual({ type: 'offer.propose', party: 'zimbabwe', package: nash });
    expect(play(5).type).toBe('offer.accept');
  });
});
