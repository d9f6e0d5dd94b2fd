// Authoring format → runtime format. Runs only on a file that passed every check, so it fills defaults and
// expands shorthands without validating: curve presets become keyframes, the speaking order and the trust
// matrix are completed, and optional lists become empty lists. The result owns fresh objects (nothing shared
// with the parsed YAML), so the engine may freeze it.

import {
  type AiAction,
  type AiEventType,
  type AiSpec,
  type CompiledScenario,
  type Demand,
  type Guard,
  type Line,
  type LineKey,
  RUNTIME_FORMAT,
  type Stance,
  type Transition,
} from '../engine/index';
import { expandCurve } from './curves';
import { migrateScenarioFile } from './migrate';
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

function compileDemand(d: { insist?: string[]; acceptable?: string[]; refused?: string[] }): Demand {
  return { insist: [...(d.insist ?? [])], acceptable: [...(d.acceptable ?? [])], refused: [...(d.refused ?? [])] };
}

function compileAction(a: ActionFile): AiAction {
  if (a.type === 'walkOut') return { type: 'walkOut', params: {} };
  if (a.type === 'demand') return { type: 'demand', params: { issue: a.params.issue, ...compileDemand(a.params) } };
  if (a.type === 'setAspiration') return { type: 'setAspiration', params: { value: a.params.value } };
  return { type: a.type, params: { ...a.params } } as AiAction;
}

function compileOn(on: StanceFile['on']): Partial<Record<AiEventType, Transition[]>> {
  const out: Partial<Record<AiEventType, Transition[]>> = {};
  for (const [event, ts] of Object.entries(on ?? {})) {
    out[event as AiEventType] = ts.map((t) => {
      const tr: Transition = { actions: (t.actions ?? []).map(compileAction) };
      if (t.target !== undefined) tr.target = t.target;
      if (t.guard !== undefined) tr.guard = compileGuard(t.guard);
      return tr;
    });
  }
  return out;
}

/** The statechart: its stances, and (format 2) its demand regions and starting context. */
function compileChart(chart: ScenarioFile['parties'][number]['statechart']): AiSpec {
  const ai: AiSpec = {
    initial: chart.initial,
    states: Object.fromEntries(Object.entries(chart.states).map(([id, st]) => [id, compileStance(id, st)])),
  };
  const regions = Object.entries(chart.regions ?? {});
  if (regions.length > 0) {
    ai.regions = regions.map(([id, r]) => ({
      id,
      initial: r.initial,
      states: Object.fromEntries(
        Object.entries(r.states).map(([sid, st]) => [
          sid,
          { id: sid, entry: (st.entry ?? []).map(compileAction), on: compileOn(st.on) },
        ]),
      ),
    }));
  }
  const c = chart.context;
  if (c && (c.aspiration != null || c.patience !== undefined || Object.keys(c.demands ?? {}).length > 0)) {
    ai.context = {
      demands: Object.fromEntries(Object.entries(c.demands ?? {}).map(([issue, d]) => [issue, compileDemand(d)])),
      aspiration: c.aspiration ?? null,
      patience: c.patience ?? 0,
    };
  }
  return ai;
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
  const on = compileOn(st.on);
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

export function compileScenario(file: ScenarioFile, contentHash: string): CompiledScenario {
  // A format-1 file is migrated first (migrate.ts): the compiler reads format 2 alone.
  const s = migrateScenarioFile(file);
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
        ai: compileChart(p.statechart),
      };
      if (p.flag !== undefined) party.flag = p.flag;
      if (p.temperament !== undefined) {
        const t: NonNullable<typeof party.temperament> = {};
        for (const k of ['pace', 'opening', 'patience'] as const) {
          const r = p.temperament[k];
          if (r !== undefined) t[k] = [r[0], r[1]];
        }
        party.temperament = t;
      }
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
