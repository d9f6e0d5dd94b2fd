// The Pareto step: before signing, a package better for itself and no worse for the other (by its model).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../content/index';
import { paretoImprovement } from './analytics';
import { exactModel } from './fixtures/exact-model';
import { paretoStep, STEP_EVIDENCE } from './pareto-step';
import type { CompiledScenario, Party } from './scenario';
import { packageValue } from './values';

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
