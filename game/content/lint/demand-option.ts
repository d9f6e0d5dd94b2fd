// Rule: a demand (a `demand` action, or the context's `demands`) names an option its issue does not have. The loader
// checks the issue; an unknown option is not an error — it only never matches — but it is almost always a typo
// that silently weakens (refused) or empties (insist) the demand.
import { didYouMean } from '../did-you-mean';
import type { Path } from '../yaml-positions';
import type { LintRule } from './types';

type DemandLists = { insist?: string[]; acceptable?: string[]; refused?: string[] };
type ActionLike = { type: string; params?: unknown };
type StateLike = { entry?: ActionLike[]; on?: Record<string, { actions?: ActionLike[] }[]> };

export const demandOption: LintRule = {
  id: 'demand-option',
  summary: 'a demand names an option its issue does not have',
  check(ctx) {
    const options = new Map(ctx.sc.issues.map((i) => [i.id, i.options.map((o) => o.id)]));
    const checkLists = (issue: string, d: DemandLists, path: Path) => {
      const known = options.get(issue);
      if (!known) return; // an unknown issue is the loader's error
      for (const list of ['insist', 'acceptable', 'refused'] as const) {
        (d[list] ?? []).forEach((option, i) => {
          if (known.includes(option)) return;
          ctx.warn(
            [...path, list, i],
            `the demand on "${issue}" names "${option}", which is not an option of that issue`,
            didYouMean(option, known) ?? `options: ${known.join(', ')}`,
          );
        });
      }
    };
    const checkActions = (as: ActionLike[] | undefined, path: Path) => {
      (as ?? []).forEach((a, i) => {
        if (a.type === 'demand') {
          const p = a.params as DemandLists & { issue: string };
          checkLists(p.issue, p, [...path, i, 'params']);
        }
      });
    };
    const checkState = (st: StateLike, path: Path) => {
      checkActions(st.entry, [...path, 'entry']);
      for (const [event, ts] of Object.entries(st.on ?? {})) {
        ts.forEach((t, i) => {
          checkActions(t.actions, [...path, 'on', event, i, 'actions']);
        });
      }
    };
    ctx.data.parties.forEach((party, pi) => {
      const base: Path = ['parties', pi, 'statechart'];
      for (const [issue, d] of Object.entries(party.statechart.context?.demands ?? {})) {
        checkLists(issue, d, [...base, 'context', 'demands', issue]);
      }
      for (const [name, st] of Object.entries(party.statechart.states)) checkState(st, [...base, 'states', name]);
      for (const [rname, region] of Object.entries(party.statechart.regions ?? {})) {
        for (const [name, st] of Object.entries(region.states)) {
          checkState(st, [...base, 'regions', rname, 'states', name]);
        }
      }
    });
  },
};
