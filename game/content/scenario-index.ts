// The ids a scenario defines, gathered once so every reference check is a set lookup, and the helper that
// reports an unknown reference with a "did you mean" hint.

import { didYouMean } from './did-you-mean';
import type { Reporter } from './reporter';
import type { ScenarioFile } from './schema';
import type { Path } from './yaml-positions';

export interface ScenarioIndex {
  parties: Set<string>;
  issues: Map<string, Set<string>>; // issue → its options
  phases: Map<string, number>; // phase → rounds
  gauges: Set<string>;
  events: Set<string>;
  sources: Set<string>;
  regions: Set<string>;
  hasMap: boolean;
}

export function indexScenario(s: ScenarioFile): ScenarioIndex {
  return {
    parties: new Set(s.parties.map((p) => p.id)),
    issues: new Map(s.issues.map((i) => [i.id, new Set(i.options.map((o) => o.id))])),
    phases: new Map(s.phases.map((p) => [p.id, p.rounds])),
    gauges: new Set((s.world?.gauges ?? []).map((g) => g.id)),
    events: new Set((s.events ?? []).map((e) => e.id)),
    sources: new Set((s.sources ?? []).map((x) => x.id)),
    regions: new Set((s.map?.regions ?? []).map((x) => x.id)),
    hasMap: s.map !== undefined,
  };
}

/** Report `id` at `path` unless it is one of `known`. Returns whether it was known. */
export function checkRef(
  r: Reporter,
  path: Path,
  kind: string,
  id: string,
  known: ReadonlySet<string> | ReadonlyMap<string, unknown> | readonly string[],
  opts: { key?: boolean; of?: string } = {},
): boolean {
  if (Array.isArray(known) ? known.includes(id) : (known as ReadonlySet<string>).has(id)) return true;
  const names: string[] = Array.isArray(known) ? [...known] : [...(known as ReadonlySet<string>).keys()];
  const hint = didYouMean(id, names) ?? (names.length ? `known: ${knownList(names)}` : `no ${kind}s are defined`);
  const of = opts.of ? ` of ${opts.of}` : '';
  r.error(path, `unknown ${kind} "${id}"${of}`, hint, opts);
  return false;
}

/** Names for a "known:" hint: the first eight, and how many more there are, so a short list is never taken as all. */
export function knownList(names: readonly string[], max = 8): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} … and ${names.length - max} more` : shown;
}
