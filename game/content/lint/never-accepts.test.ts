// never-accepts decides without enumerating packages; this holds its answer against the enumeration of every
// package of a generated scenario, for random red lines: the best value avoiding the red lines is exactly the
// largest value over the packages that avoid them (none when every option of an issue is a red line).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigScenario } from '../../engine/fixtures/big';
import { decodePackage, packageSpace } from '../../engine/index';
import { bestValueAvoiding } from './never-accepts';

describe('never-accepts without enumeration', () => {
  const sc = bigScenario();
  const space = packageSpace(sc);
  const redLine = fc.record({ issue: fc.nat(sc.issues.length - 1), option: fc.nat(3) }).map(({ issue, option }) => {
    const iss = sc.issues[issue]!;
    return { issue: iss.id, option: iss.options[option % iss.options.length]!.id };
  });

  it('equals the best value over the enumerated packages that avoid the red lines', () => {
    fc.assert(
      fc.property(fc.nat(sc.parties.length - 1), fc.array(redLine, { maxLength: 12 }), (pi, redLines) => {
        const party = sc.parties[pi]!;
        const stance = { ...party.ai.states[party.ai.initial]!, redLines };
        let brute: number | null = null;
        const values = space.values[party.id]!;
        for (let k = 0; k < space.size; k++) {
          const pkg = decodePackage(sc, k);
          if (redLines.some((r) => pkg[r.issue] === r.option)) continue;
          if (brute === null || values[k]! > brute) brute = values[k]!;
        }
        expect(bestValueAvoiding(party, sc.issues, stance)).toBe(brute);
      }),
      { numRuns: 25 },
    );
  });
});
