// Rule: a party that can never accept any package. A party accepts only a package worth at least its
// reservation that crosses none of its current stance's red lines; if no package passes that test in any of
// its stances, every deal that needs its consent is impossible. Uses the starting reservation (events can
// move it, but a scenario that relies on that to be playable at all deserves a warning).
import { packageSpace } from '../../engine/index';
import type { LintRule } from './types';

export const neverAccepts: LintRule = {
  id: 'never-accepts',
  summary: 'a party has no package worth more than its reservation that avoids the red lines of any one of its stances',
  check(ctx) {
    const space = packageSpace(ctx.sc);
    const { issues } = ctx.sc;
    ctx.sc.parties.forEach((party, pi) => {
      const values = space.values[party.id];
      const possible = Object.values(party.ai.states).some((stance) => {
        // Red lines as (issue index, option index) pairs, to test a package index digit by digit.
        const red = stance.redLines.map((r) => {
          const ii = issues.findIndex((i) => i.id === r.issue);
          return { ii, oi: issues[ii].options.findIndex((o) => o.id === r.option) };
        });
        for (let k = 0; k < space.size; k++) {
          if (values[k] <= party.reservation) continue; // strictly better than no deal, as the ZOPA and the AI
          let rest = k;
          const digits = new Array<number>(issues.length);
          for (let d = issues.length - 1; d >= 0; d--) {
            digits[d] = rest % space.radix[d];
            rest = Math.floor(rest / space.radix[d]);
          }
          if (red.every((r) => digits[r.ii] !== r.oi)) return true;
        }
        return false;
      });
      if (!possible) {
        ctx.warn(
          ['parties', pi, 'reservation'],
          `"${party.id}" can never accept any package: none is worth its reservation (${party.reservation}) without crossing a red line`,
          'lower its reservation value or relax the red lines of at least one stance',
        );
      }
    });
  },
};
