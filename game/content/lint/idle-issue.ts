// Rule: an issue no party cares about: every party weighs it 0, or values all its options the same. Such an
// issue cannot change anyone's value of a package, so it is noise at the table (or a weight left out).
import type { LintRule } from './types';

export const idleIssue: LintRule = {
  id: 'idle-issue',
  summary: 'an issue has weight 0 for every party, or all its options are worth the same to everyone',
  check(ctx) {
    ctx.data.issues.forEach((issue, i) => {
      const cares = ctx.data.parties.some((p) => {
        if ((p.weights[issue.id] ?? 0) === 0) return false;
        const vals = issue.options.map((o) => p.values[issue.id]?.[o.id] ?? 0);
        return vals.some((v) => v !== vals[0]);
      });
      if (!cares) {
        ctx.warn(
          ['issues', i],
          `no party cares about issue "${issue.id}": its options change no party's value`,
          'give it a weight and different option values for at least one party, or drop it',
        );
      }
    });
  },
};
