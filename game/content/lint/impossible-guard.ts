// Rule: a guard that can never hold, so its transition is dead. Each bound is an upper bound on what the game
// can reach, so a warning is never a false alarm:
//   valueAtLeast  above the best value any package gives the party
//   trustAtLeast  above the party's starting trust plus every raise events can give (any adjustTrust raise in
//                 its own statechart can repeat, so it makes any value reachable)
//   worldAtLeast  above the gauge's start plus every raise of events (each event fires at most once)
//   roundAtLeast  after the last round of the longest phase
//   phaseIs       in a world.<event> handler, a phase the event cannot occur in
//   all           one part never holds, or two parts contradict (two phases, two senders, two options of one
//                 issue, a guard and its negation)
//   any           no part can hold
import type { GuardFile, ScenarioFile } from '../schema';
import type { Path } from '../yaml-positions';
import type { LintRule } from './types';
import { eachTransition } from './walk';

type PartyFile = ScenarioFile['parties'][number];

interface Site {
  data: ScenarioFile;
  party: PartyFile;
  event: string;
}

function maxValue(party: PartyFile): number {
  let points = 0;
  for (const [issue, w] of Object.entries(party.weights)) {
    points += w * Math.max(0, ...Object.values(party.values[issue] ?? {}));
  }
  return Math.floor((points + 50) / 100); // as the engine's pointsToValue
}

function maxTrust(s: Site, to: string): number {
  const from = s.party.id;
  const trust = s.data.world?.trust;
  const start = trust?.pairs?.find((p) => p.from === from && p.to === to)?.value ?? trust?.default ?? 50;
  const selfRaise = Object.values(s.party.statechart.states).some((st) =>
    [...(st.entry ?? []), ...Object.values(st.on ?? {}).flatMap((ts) => ts.flatMap((t) => t.actions ?? []))].some(
      (a) => a.type === 'adjustTrust' && a.params.party === to && a.params.delta > 0,
    ),
  );
  if (selfRaise || from === to) return 100;
  let raise = 0;
  for (const ev of s.data.events ?? []) {
    for (const ef of ev.effects ?? []) {
      if (ef.type === 'trust' && ef.params.from === from && ef.params.to === to && ef.params.delta > 0) {
        raise += ef.params.delta;
      }
    }
  }
  return Math.min(100, start + raise);
}

function maxGauge(s: Site, gauge: string): number {
  const start = s.data.world?.gauges?.find((g) => g.id === gauge)?.initial ?? 0;
  let raise = 0;
  for (const ev of s.data.events ?? []) {
    for (const ef of ev.effects ?? [])
      if (ef.type === 'gauge' && ef.params.gauge === gauge) raise += Math.max(0, ef.params.delta);
  }
  return Math.min(100, start + raise);
}

/** The phases a world.<id> event can fire in, or null when the handler is not for a world event. */
function eventPhases(s: Site): string[] | null {
  if (!s.event.startsWith('world.')) return null;
  const ev = (s.data.events ?? []).find((e) => e.id === s.event.slice('world.'.length));
  if (!ev) return null;
  return ev.at ? [ev.at.phase] : (ev.chance?.phases ?? []);
}

interface Finding {
  path: Path;
  reason: string;
}

const same = (a: GuardFile, b: GuardFile): boolean => JSON.stringify(a) === JSON.stringify(b);

function contradiction(parts: GuardFile[]): string | null {
  const seen = new Map<string, string>();
  for (const g of parts) {
    let key: string | null = null;
    let val = '';
    if (g.type === 'phaseIs') [key, val] = ['phase', g.params.phase];
    else if (g.type === 'fromParty') [key, val] = ['sender', g.params.party];
    else if (g.type === 'offerIncludes') [key, val] = [`option of issue "${g.params.issue}"`, g.params.option];
    if (key === null) continue;
    const prev = seen.get(key);
    if (prev !== undefined && prev !== val)
      return `it requires two different values of the ${key} ("${prev}" and "${val}")`;
    seen.set(key, val);
  }
  for (const g of parts) {
    if (g.type === 'not' && parts.some((h) => same(h, g.params.guard))) return 'it requires a guard and its negation';
  }
  return null;
}

export function neverHolds(g: GuardFile, path: Path, s: Site): Finding | null {
  switch (g.type) {
    case 'valueAtLeast': {
      const best = maxValue(s.party);
      return g.params.value > best
        ? { path: [...path, 'params', 'value'], reason: `"${s.party.id}" values no package above ${best}` }
        : null;
    }
    case 'trustAtLeast': {
      const max = maxTrust(s, g.params.party);
      return g.params.value > max
        ? {
            path: [...path, 'params', 'value'],
            reason: `trust of "${s.party.id}" in "${g.params.party}" can reach at most ${max}`,
          }
        : null;
    }
    case 'worldAtLeast': {
      const max = maxGauge(s, g.params.gauge);
      return g.params.value > max
        ? { path: [...path, 'params', 'value'], reason: `gauge "${g.params.gauge}" can reach at most ${max}` }
        : null;
    }
    case 'roundAtLeast': {
      const max = Math.max(...s.data.phases.map((p) => p.rounds));
      return g.params.round > max
        ? { path: [...path, 'params', 'round'], reason: `no phase has more than ${max} rounds` }
        : null;
    }
    case 'phaseIs': {
      const phases = eventPhases(s);
      return phases && !phases.includes(g.params.phase)
        ? {
            path: [...path, 'params', 'phase'],
            reason: `event "${s.event.slice(6)}" can only occur in ${phases.map((p) => `"${p}"`).join(', ')}`,
          }
        : null;
    }
    case 'all': {
      for (let i = 0; i < g.params.of.length; i++) {
        const f = neverHolds(g.params.of[i], [...path, 'params', 'of', i], s);
        if (f) return f;
      }
      const why = contradiction(g.params.of);
      return why ? { path, reason: why } : null;
    }
    case 'any': {
      const all = g.params.of.map((sub, i) => neverHolds(sub, [...path, 'params', 'of', i], s));
      return all.every((f) => f !== null)
        ? { path, reason: `no part can hold (${all.map((f) => f!.reason).join('; ')})` }
        : null;
    }
    default:
      return null;
  }
}

export const impossibleGuard: LintRule = {
  id: 'impossible-guard',
  summary: 'a transition guard can never hold, so the transition never happens',
  check(ctx) {
    eachTransition(ctx.data, (t) => {
      if (!t.transition.guard) return;
      const f = neverHolds(t.transition.guard, [...t.path, 'guard'], {
        data: ctx.data,
        party: t.party,
        event: t.event,
      });
      if (f) {
        ctx.warn(
          f.path,
          `this guard of "${t.party.id}" (stance "${t.stance}", on ${t.event}) can never hold: ${f.reason}`,
          'change the threshold or the condition, or remove the transition',
        );
      }
    });
  },
};
