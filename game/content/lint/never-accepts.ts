// Rule: a party that can never accept any package. A party accepts only a package worth at least its
// reservation that crosses none of its current stance's red lines; if no package passes that test in any of
// its stances, every deal that needs its consent is impossible. Uses the starting reservation (events can
// move it, but a scenario that relies on that to be playable at all deserves a warning).
// No enumeration: a package's value is a rounded sum over issues, monotone in each issue's points, so the best
// package that avoids a stance's red lines takes, on every issue, its best option that is not a red line. That
// is exact (never-accepts.test.ts holds it against the enumeration), and costs issues × options per stance
// instead of the whole package space (up to MAX_PACKAGES).
import type { Issue, Party, Stance } from '../../engine/index';
import { issuePoints, pointsToValue } from '../../engine/index';
import type { LintRule } from './types';

/** The value of the party's best full package that crosses none of the stance's red lines, or null if none does. */
export function bestValueAvoiding(party: Party, issues: readonly Issue[], stance: Stance): number | null {
  let best = 0;
  for (const issue of issues) {
    let top = -1;
    for (const o of issue.options) {
      if (stance.redLines.some((r) => r.issue === issue.id && r.option === o.id)) continue;
      top = Math.max(top, issuePoints(party, issue.id, o.id));
    }
    if (top < 0) return null; // every option of this issue is a red line: no package avoids them all
    best += top;
  }
  return pointsToValue(best);
}

export const neverAccepts: LintRule = {
  id: 'never-accepts',
  summary: 'a party has no package worth more than its reservation that avoids the red lines of any one of its stances',
  check(ctx) {
    ctx.sc.parties.forEach((party, pi) => {
      // Strictly better than no deal, as the ZOPA and the AI count it (no-deal.ts).
      const possible = Object.values(party.ai.states).some(
        (stance) => (bestValueAvoiding(party, ctx.sc.issues, stance) ?? -1) > party.reservation,
      );
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
