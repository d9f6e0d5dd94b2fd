// Authoring format → runtime format. Runs only on a file that passed every check, so it fills defaults and
// expands shorthands without validating: curve presets become keyframes, the speaking order and the trust
// matrix are completed, and optional lists become empty lists. The result owns fresh objects (nothing shared
// with the parsed YAML), so the engine may freeze it.

import {
  type AiAction,
  type AiEventType,
  type CompiledScenario,
  type Guard,
  type Line,
  type LineKey,
  RUNTIME_FORMAT,
  type Stance,
  type Transition,
} from '../engine/index';
import { expandCurve } from './curves';
import type { ActionFile, GuardFile, ScenarioFile, StanceFile } from './schema';

/** Default initial trust between two different parties when the file gives none. */
export const DEFAULT_TRUST = 50;

function compileGuard(g: GuardFile): Guard {
  switch (g.type) {
    case 'all':
    case 'any':
      return { type: g.type, params: { of: g.params.of.map(compileGuard) } };
    case 'not':
      return { type: 'not', params: { guard: compileGuard(g.params.guard) } };
    default:
      return { type: g.type, params: { ...g.params } } as Guard;
  }
}

function compileAction(a: ActionFile): AiAction {
  if (a.type === 'walkOut') return { type: 'walkOut', params: {} };
  return { type: a.type, params: { ...a.params } } as AiAction;
}

function compileStance(id: string, st: StanceFile): Stance {
  const lines: Partial<Record<LineKey, Line[]>> = {};
  for (const [key, ls] of Object.entries(st.lines ?? {})) {
    if (!ls) continue;
    lines[key as LineKey] = ls.map((l) => {
      const line: Line = { text: l.text, simulated: l.simulated === true };
      if (l.source !== undefined) line.source = l.source;
      if (l.about !== undefined) {
        line.about = Object.fromEntries(
          Object.entries(l.about).map(([issue, o]) => [issue, Array.isArray(o) ? [...o] : [o]]),
        );
      }
      return line;
    });
  }
  const on: Partial<Record<AiEventType, Transition[]>> = {};
  for (const [event, ts] of Object.entries(st.on ?? {})) {
    on[event as AiEventType] = ts.map((t) => {
      const out: Transition = { actions: (t.actions ?? []).map(compileAction) };
      if (t.target !== undefined) out.target = t.target;
      if (t.guard !== undefined) out.guard = compileGuard(t.guard);
      return out;
    });
  }
  return {
    id,
    mood: st.mood,
    curve: expandCurve(st.curve),
    redLines: (st.redLines ?? []).map((r) => ({ issue: r.issue, option: r.option })),
    lines,
    entry: (st.entry ?? []).map(compileAction),
    on,
  };
}

export function compileScenario(s: ScenarioFile, contentHash: string): CompiledScenario {
  const partyIds = s.parties.map((p) => p.id);

  const trustDefault = s.world?.trust?.default ?? DEFAULT_TRUST;
  const trust: Record<string, Record<string, number>> = {};
  for (const from of partyIds) {
    trust[from] = {};
    for (const to of partyIds) trust[from][to] = from === to ? 100 : trustDefault;
  }
  for (const pair of s.world?.trust?.pairs ?? []) {
    if (pair.from !== pair.to) trust[pair.from][pair.to] = pair.value;
  }

  return {
    runtimeFormat: RUNTIME_FORMAT,
    id: s.id,
    version: s.version,
    contentHash,
    title: s.title,
    date: s.date,
    place: s.place,
    summary: s.summary,
    length: s.length ?? '',
    briefing: s.briefing,
    sources: (s.sources ?? []).map((x) => ({ ...x })),
    parties: s.parties.map((p) => {
      const party: CompiledScenario['parties'][number] = {
        id: p.id,
        name: p.name,
        short: p.short,
        leader: p.leader,
        delegation: [...(p.delegation ?? [])],
        colour: p.colour,
        brief: p.brief,
        reservation: p.reservation,
        weights: { ...p.weights },
        values: Object.fromEntries(Object.entries(p.values).map(([k, v]) => [k, { ...v }])),
        ai: {
          initial: p.statechart.initial,
          states: Object.fromEntries(
            Object.entries(p.statechart.states).map(([id, st]) => [id, compileStance(id, st)]),
          ),
        },
      };
      if (p.flag !== undefined) party.flag = p.flag;
      if (p.plural !== undefined) party.plural = p.plural;
      return party;
    }),
    issues: s.issues.map((i) => ({
      id: i.id,
      name: i.name,
      description: i.description ?? '',
      statusQuo: i.statusQuo,
      consent: [...i.consent],
      options: i.options.map((o) => ({
        id: o.id,
        label: o.label,
        description: o.description ?? '',
        mapEffects: (o.mapEffects ?? []).map((m) => ({ region: m.region, share: m.share })),
      })),
    })),
    phases: s.phases.map((ph) => ({
      id: ph.id,
      name: ph.name,
      date: ph.date,
      place: ph.place,
      inRoom: [...ph.inRoom],
      // Default speaking order: the parties in the room, then the absent ones, each in party order.
      order: ph.order
        ? [...ph.order]
        : [...partyIds.filter((id) => ph.inRoom.includes(id)), ...partyIds.filter((id) => !ph.inRoom.includes(id))],
      agenda: [...ph.agenda],
      rounds: ph.rounds,
    })),
    gauges: (s.world?.gauges ?? []).map((g) => ({ ...g })),
    trust,
    map: s.map
      ? {
          geometry: s.map.geometry,
          holder: s.map.holder,
          holderLabel: s.map.holderLabel,
          otherLabel: s.map.otherLabel,
          regions: s.map.regions.map((x) => ({ ...x })),
          places: (s.map.places ?? []).map((x) => ({ ...x })),
        }
      : null,
    events: (s.events ?? []).map((e) => {
      const ev: CompiledScenario['events'][number] = {
        id: e.id,
        headline: e.headline,
        body: e.body ?? '',
        effects: (e.effects ?? []).map(
          (f) => ({ type: f.type, params: { ...f.params } }) as CompiledScenario['events'][number]['effects'][number],
        ),
      };
      if (e.source !== undefined) ev.source = e.source;
      if (e.at) ev.at = { phase: e.at.phase, round: e.at.round };
      if (e.chance) ev.chance = { percent: e.chance.percent, phases: [...e.chance.phases] };
      return ev;
    }),
    history: s.history ? { summary: s.history.summary, points: [...(s.history.points ?? [])] } : null,
    teachingNotes: s.teachingNotes ?? '',
  };
}
