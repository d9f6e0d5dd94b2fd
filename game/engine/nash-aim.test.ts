// The Nash aim: with an exact model it finds the Nash point of a benchmark domain; the floor holds, then gives way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../content/index';
import { nashPoint } from './analytics';
import { exactModel } from './fixtures/exact-model';
import { HOLD_SHARE, HOLD_UNTIL, MIN_EVIDENCE, nashFloor, nashValue } from './nash-aim';
import type { CompiledScenario, Package, Party } from './scenario';
import { bestPackage, packageValue } from './values';

const load = (file: string): CompiledScenario => {
  const r = parseScenario(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.value;
};

const input = (sc: CompiledScenario, me: Party, other: Party, evidence = MIN_EVIDENCE) => {
  const agenda = sc.phases[0]!.agenda;
  const start: Package = bestPackage(sc, me, agenda);
  return {
    party: me,
    stance: me.ai.states[me.ai.initial]!,
    agenda,
    commitments: {},
    start,
    best: packageValue(sc, me, start, {}),
    noDeal: me.reservation,
    models: [exactModel(other, evidence)],
  };
};

describe('nashValue', () => {
  const sc = load('scenarios/fixtures/bench/itex-cypress.yaml');
  const [itex, cypress] = sc.parties as [Party, Party];
  const truth = nashPoint(sc, { itex: itex.reservation, cypress: cypress.reservation })!;
  it('with an exact model, is its own value at the Nash point', () => {
    expect(nashValue(sc, input(sc, itex, cypress))).toBe(truth.values.itex);
    expect(nashValue(sc, input(sc, cypress, itex))).toBe(truth.values.cypress);
  });
  it('has no estimate before the others have shown enough', () => {
    expect(nashValue(sc, input(sc, itex, cypress, MIN_EVIDENCE - 1))).toBeNull();
  });
});

describe('nashFloor', () => {
  it(`holds ${HOLD_SHARE}% of the way to the Nash value until t = ${HOLD_UNTIL}, then gives way to nothing at t = 100`, () => {
    const held = 20 + Math.floor((60 * HOLD_SHARE) / 100);
    expect(nashFloor(30, 20, 80, 0)).toBe(held);
    expect(nashFloor(30, 20, 80, HOLD_UNTIL)).toBe(held);
    expect(nashFloor(30, 20, 80, HOLD_UNTIL + (100 - HOLD_UNTIL) / 2)).toBeLessThan(held);
    expect(nashFloor(30, 20, 80, 100)).toBe(30);
  });
  it('never lowers a target, and does nothing without an estimate', () => {
    expect(nashFloor(95, 20, 80, 0)).toBe(95);
    expect(nashFloor(30, 20, null, 0)).toBe(30);
  });
});
