// Rule: a stance with no way out. An AI that enters it keeps that stance (its curve, its red lines) for the rest
// of the game whatever happens, which is rarely meant. Deliberately terminal stances are exempt: mood
// `walkout` (the party is leaving) or a stance whose entry walks out; mood `closing` (the party has settled on
// closing a deal: staying there is the point, a way back is optional); and a statechart of a single stance (a
// party with one fixed behaviour has nothing to get stuck in). A maximalist, probing or bargaining stance with
// no way out is the case this rule is for: the party can never soften, or never harden again.

import type { LintRule } from './types';
import { stancePath } from './walk';

export const deadEndStance: LintRule = {
  id: 'dead-end-stance',
  summary:
    'a stance has no transition to another stance (walkout and closing stances and one-stance statecharts are exempt)',
  check(ctx) {
    ctx.data.parties.forEach((party, pi) => {
      const states = Object.entries(party.statechart.states);
      if (states.length < 2) return;
      for (const [name, st] of states) {
        if (st.mood === 'walkout' || st.mood === 'closing' || (st.entry ?? []).some((a) => a.type === 'walkOut'))
          continue;
        const out = Object.values(st.on ?? {}).some((ts) =>
          ts.some((t) => t.target !== undefined && t.target !== name),
        );
        if (!out) {
          ctx.warn(
            stancePath(pi, name),
            `stance "${name}" of "${party.id}" has no way out: no transition leads to another stance`,
            'add a guarded transition (e.g. on round.elapsed) to another stance, or give it mood: walkout if it is meant to end the talks',
            { key: true },
          );
        }
      }
    });
  },
};
