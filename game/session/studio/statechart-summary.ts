// Each party's statechart as data the studio lists (and a drawn diagram can take over later): the stances in the
// file's order, the initial one marked, and every transition with its event, target and guard in words.

import type { CompiledScenario, Guard } from '../../engine/index';

export interface TransitionSummary {
  event: string;
  /** The target stance; null when the transition stays (actions only). */
  target: string | null;
  guard: string | null;
}

export interface StanceSummary {
  id: string;
  mood: string;
  initial: boolean;
  transitions: TransitionSummary[];
}

export interface StatechartSummary {
  party: string;
  name: string;
  stances: StanceSummary[];
}

/** A guard in the words of the file: `valueAtLeast 60`, `all(roundAtLeast 2, not(fromParty us))`. */
export function guardWords(g: Guard): string {
  switch (g.type) {
    case 'all':
    case 'any':
      return `${g.type}(${g.params.of.map(guardWords).join(', ')})`;
    case 'not':
      return `not(${guardWords(g.params.guard)})`;
    default:
      return `${g.type} ${Object.values(g.params as Record<string, unknown>).join(' ')}`;
  }
}

export function statechartSummary(sc: CompiledScenario): StatechartSummary[] {
  return sc.parties.map((p) => ({
    party: p.id,
    name: p.name,
    stances: Object.values(p.ai.states).map((st) => ({
      id: st.id,
      mood: st.mood,
      initial: st.id === p.ai.initial,
      transitions: Object.entries(st.on).flatMap(([event, ts]) =>
        (ts ?? []).map((t) => ({
          event,
          target: t.target ?? null,
          guard: t.guard ? guardWords(t.guard) : null,
        })),
      ),
    })),
  }));
}
