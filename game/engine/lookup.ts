// Per-scenario lookups (parties and issues by id, consent per phase, total rounds), computed once and cached in a
// WeakMap keyed by the compiled scenario, so that rules and AI can index cheaply on every turn.
import type { CompiledScenario, Issue, Party, PartyId, Phase } from './scenario';

interface Lookup {
  party: Map<PartyId, Party>;
  issue: Map<string, Issue>;
  /** Per phase index: the union of the consent lists of its agenda's issues, in scenario party order. */
  consent: PartyId[][];
  totalRounds: number;
  /** Per phase index: rounds of all earlier phases. */
  roundsBefore: number[];
}

const cache = new WeakMap<CompiledScenario, Lookup>();

export function lookup(sc: CompiledScenario): Lookup {
  let l = cache.get(sc);
  if (l) return l;
  const party = new Map(sc.parties.map((p) => [p.id, p]));
  const issue = new Map(sc.issues.map((i) => [i.id, i]));
  const consent = sc.phases.map((ph) => {
    const need = new Set(ph.agenda.flatMap((id) => issue.get(id)?.consent ?? []));
    return sc.parties.map((p) => p.id).filter((id) => need.has(id));
  });
  const roundsBefore: number[] = [];
  let total = 0;
  for (const ph of sc.phases) {
    roundsBefore.push(total);
    total += ph.rounds;
  }
  l = { party, issue, consent, totalRounds: total, roundsBefore };
  cache.set(sc, l);
  return l;
}

export const partyOf = (sc: CompiledScenario, id: PartyId): Party => lookup(sc).party.get(id)!;
export const partyName = (sc: CompiledScenario, id: PartyId): string => lookup(sc).party.get(id)?.name ?? id;
export const issueOf = (sc: CompiledScenario, id: string): Issue => lookup(sc).issue.get(id)!;
export const phaseAt = (sc: CompiledScenario, index: number): Phase => sc.phases[index]!;
export const consentOf = (sc: CompiledScenario, phaseIndex: number): PartyId[] => lookup(sc).consent[phaseIndex]!;

export function optionLabel(sc: CompiledScenario, issue: string, option: string): string {
  return issueOf(sc, issue)?.options.find((o) => o.id === option)?.label ?? option;
}
