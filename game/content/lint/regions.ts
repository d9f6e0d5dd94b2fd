// Rules on format 2's demand regions (statechart `regions`), each a few lines about one region:
//   region-unreachable-state: a state of a region no transition of the region leads to from its initial state — the
//     demand it sets never applies (the loader refuses unreachable stances; a region's is a warning, since a spare
//     step of a demand does no harm while a scenario is being tuned);
//   stuck-region: a region whose initial state has no transition to another state — its demand never changes, so it
//     is better written once in the context's `demands`.
import type { LintRule } from './types';

type Chart = {
  regions?: Record<string, { initial: string; states: Record<string, { on?: Record<string, { target?: string }[]> }> }>;
};

function eachRegion(
  parties: readonly { id: string; statechart: Chart }[],
  visit: (party: string, partyIndex: number, name: string, region: NonNullable<Chart['regions']>[string]) => void,
): void {
  parties.forEach((p, pi) => {
    for (const [name, region] of Object.entries(p.statechart.regions ?? {})) visit(p.id, pi, name, region);
  });
}

const targets = (st: { on?: Record<string, { target?: string }[]> }): string[] =>
  Object.values(st.on ?? {}).flatMap((ts) => ts.flatMap((t) => (t.target !== undefined ? [t.target] : [])));

export const regionUnreachableState: LintRule = {
  id: 'region-unreachable-state',
  summary: "a state of a demand region cannot be reached from the region's initial state",
  check(ctx) {
    eachRegion(ctx.data.parties, (party, pi, name, region) => {
      const seen = new Set([region.initial]);
      const todo = [region.initial];
      while (todo.length) {
        const st = region.states[todo.pop()!];
        for (const t of st ? targets(st) : []) {
          if (!seen.has(t) && Object.hasOwn(region.states, t)) {
            seen.add(t);
            todo.push(t);
          }
        }
      }
      for (const state of Object.keys(region.states)) {
        if (seen.has(state)) continue;
        ctx.warn(
          ['parties', pi, 'statechart', 'regions', name, 'states', state],
          `state "${state}" of region "${name}" (${party}) is never reached from "${region.initial}"`,
          'add a transition that targets it, or remove it',
          { key: true },
        );
      }
    });
  },
};

export const stuckRegion: LintRule = {
  id: 'stuck-region',
  summary: 'a demand region can never leave its initial state',
  check(ctx) {
    eachRegion(ctx.data.parties, (party, pi, name, region) => {
      const first = region.states[region.initial];
      if (!first || targets(first).some((t) => t !== region.initial)) return;
      ctx.warn(
        ['parties', pi, 'statechart', 'regions', name, 'initial'],
        `region "${name}" of "${party}" never leaves its initial state "${region.initial}"`,
        "add a guarded transition to another state, or write the fixed demand in the statechart's context.demands",
      );
    });
  },
};
