// Rule: a `say` action whose line key has no lines in the stance that speaks it. The engine then says nothing
// (silently), so the author's intended line never appears. The speaking stance is the one the party is in
// after the transition: the target of a transition, the stance itself for entry actions and targetless ones.
import type { ActionFile, StanceFile } from '../schema';
import type { Path } from '../yaml-positions';
import type { LintContext, LintRule } from './types';
import { stancePath } from './walk';

function check(
  ctx: LintContext,
  party: string,
  speaker: string,
  st: StanceFile | undefined,
  actions: ActionFile[],
  path: Path,
) {
  actions.forEach((a, i) => {
    if (a.type !== 'say') return;
    const lines = (st?.lines as Record<string, unknown[] | undefined> | undefined)?.[a.params.line] ?? [];
    if (lines.length === 0) {
      ctx.warn(
        [...path, i, 'params', 'line'],
        `"${party}" says a "${a.params.line}" line in stance "${speaker}", which has no "${a.params.line}" lines`,
        `add lines.${a.params.line} to stance "${speaker}"`,
      );
    }
  });
}

export const sayWithoutLines: LintRule = {
  id: 'say-without-lines',
  summary: 'a say action names a line key the speaking stance has no lines for',
  check(ctx) {
    ctx.data.parties.forEach((party, pi) => {
      const states = party.statechart.states;
      for (const [name, st] of Object.entries(states)) {
        const base = stancePath(pi, name);
        check(ctx, party.id, name, st, st.entry ?? [], [...base, 'entry']);
        for (const [event, ts] of Object.entries(st.on ?? {})) {
          ts.forEach((t, ti) => {
            const speaker = t.target ?? name;
            check(ctx, party.id, speaker, states[speaker], t.actions ?? [], [...base, 'on', event, ti, 'actions']);
          });
        }
      }
    });
  },
};
