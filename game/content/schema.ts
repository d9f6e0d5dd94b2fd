// The authoring format (format 1) as zod 4 definitions: the single source of truth for the loader's shape
// checks and for the generated JSON Schema (assets/schema/scenario.schema.json, used by editors for
// completion). Cross-references, sums and statechart structure are checked afterwards (references.ts,
// statechart-checks.ts), because a JSON Schema cannot express them.
//
// Objects are strict: an unknown field is an error (a typo would otherwise be silently ignored).
// Optional fields stay optional here; compile.ts fills the defaults, so the authoring type says what an author
// may leave out.

import { z } from 'zod';
import { type AI_ACTION_TYPES, type GUARD_TYPES, LINE_KEYS, MOODS } from '../engine/scenario';

/** The authoring format versions this build reads. */
export const AUTHORING_FORMAT = 1 as const;
export const SUPPORTED_FORMATS: readonly number[] = [AUTHORING_FORMAT];

/** Names that would reach Object.prototype if used as an id or key. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const CURVE_PRESETS = ['boulware', 'linear', 'conceder'] as const;

const text = z.string();
const nonEmpty = z.string().min(1);
// Ids end up as object keys and inside `world.<id>` event names: letters, digits, - and _ only.
const Id = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/, 'ids use letters, digits, "-" and "_" only')
  .refine((s) => !RESERVED_KEYS.has(s), 'this name is reserved');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD');
const Percent = z.int().min(0).max(100);
const Delta = z.int().min(-100).max(100);

const Source = z.strictObject({
  id: Id,
  title: nonEmpty,
  publisher: text.optional(),
  date: IsoDate.optional(),
  url: text.optional(),
});

// ---- statechart vocabulary -------------------------------------------------------------------------------

export type GuardFile =
  | { type: 'valueAtLeast'; params: { value: number } }
  | { type: 'offerIncludes'; params: { issue: string; option: string } }
  | { type: 'roundAtLeast'; params: { round: number } }
  | { type: 'turnAtLeast'; params: { turn: number } }
  | { type: 'trustAtLeast'; params: { party: string; value: number } }
  | { type: 'worldAtLeast'; params: { gauge: string; value: number } }
  | { type: 'phaseIs'; params: { phase: string } }
  | { type: 'fromParty'; params: { party: string } }
  | { type: 'all'; params: { of: GuardFile[] } }
  | { type: 'any'; params: { of: GuardFile[] } }
  | { type: 'not'; params: { guard: GuardFile } };

const guardCase = <T extends (typeof GUARD_TYPES)[number], P extends z.ZodRawShape>(type: T, params: P) =>
  z.strictObject({ type: z.literal(type), params: z.strictObject(params) });

// The error text "guard" marks these issues so schema-errors.ts can say "unknown guard" with a hint.
export const Guard: z.ZodType<GuardFile> = z
  .discriminatedUnion(
    'type',
    [
      guardCase('valueAtLeast', { value: Percent }),
      guardCase('offerIncludes', { issue: Id, option: Id }),
      guardCase('roundAtLeast', { round: z.int().min(1) }),
      guardCase('turnAtLeast', { turn: z.int().min(0) }),
      guardCase('trustAtLeast', { party: Id, value: Percent }),
      guardCase('worldAtLeast', { gauge: Id, value: Percent }),
      guardCase('phaseIs', { phase: Id }),
      guardCase('fromParty', { party: Id }),
      z.strictObject({
        type: z.literal('all'),
        params: z.strictObject({
          get of() {
            return z.array(Guard).min(1);
          },
        }),
      }),
      z.strictObject({
        type: z.literal('any'),
        params: z.strictObject({
          get of() {
            return z.array(Guard).min(1);
          },
        }),
      }),
      z.strictObject({
        type: z.literal('not'),
        params: z.strictObject({
          get guard() {
            return Guard;
          },
        }),
      }),
    ],
    { error: 'guard' },
  )
  .meta({ id: 'Guard' });

const actionCase = <T extends (typeof AI_ACTION_TYPES)[number], P extends z.ZodRawShape>(type: T, params: P) =>
  z.strictObject({ type: z.literal(type), params: z.strictObject(params) });

export const Action = z
  .discriminatedUnion(
    'type',
    [
      actionCase('say', { line: z.enum(LINE_KEYS) }),
      actionCase('adjustTrust', { party: Id, delta: Delta }),
      actionCase('moveReservation', { delta: Delta }),
      actionCase('insist', { issue: Id }),
      actionCase('concede', { issue: Id }),
      // walkOut takes no parameters; `params: {}` may be written or left out.
      z.strictObject({ type: z.literal('walkOut'), params: z.strictObject({}).optional() }),
    ],
    { error: 'action' },
  )
  .meta({ id: 'Action' });

const Line = z.strictObject({
  text: nonEmpty,
  source: Id.optional(),
  simulated: z.boolean().optional(),
});

const Keyframe = z.tuple([Percent, Percent]);
export const Curve = z.union([z.enum(CURVE_PRESETS), z.array(Keyframe).min(2)], { error: 'curve' });

const Transition = z.strictObject({
  target: Id.optional(),
  guard: Guard.optional(),
  actions: z.array(Action).optional(),
});

const Lines = z.strictObject(Object.fromEntries(LINE_KEYS.map((k) => [k, z.array(Line).min(1).optional()])));

const Stance = z
  .strictObject({
    mood: z.enum(MOODS),
    curve: Curve,
    redLines: z.array(z.strictObject({ issue: Id, option: Id })).optional(),
    lines: Lines.optional(),
    entry: z.array(Action).optional(),
    // Event names are checked against the vocabulary and the scenario's events in statechart-checks.ts.
    on: z.record(z.string(), z.array(Transition)).optional(),
  })
  .meta({ id: 'Stance' });

const Statechart = z.strictObject({
  initial: Id,
  states: z.record(z.string(), Stance),
});

const Party = z.strictObject({
  id: Id,
  name: nonEmpty,
  short: nonEmpty,
  leader: text,
  delegation: z.array(text).optional(),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colours are written #rrggbb'),
  flag: text.optional(),
  brief: text,
  reservation: Percent,
  weights: z.record(z.string(), Percent),
  values: z.record(z.string(), z.record(z.string(), Percent)),
  statechart: Statechart,
});

const MapEffect = z.strictObject({ region: Id, share: Percent });

const IssueOption = z.strictObject({
  id: Id,
  label: nonEmpty,
  description: text.optional(),
  mapEffects: z.array(MapEffect).optional(),
});

const Issue = z.strictObject({
  id: Id,
  name: nonEmpty,
  description: text.optional(),
  statusQuo: Id,
  consent: z.array(Id).min(1),
  options: z.array(IssueOption).min(2).max(6),
});

const Phase = z.strictObject({
  id: Id,
  name: nonEmpty,
  date: IsoDate,
  place: text,
  inRoom: z.array(Id).min(1),
  order: z.array(Id).optional(),
  agenda: z.array(Id).min(1),
  rounds: z.int().min(1).max(100),
});

const Gauge = z.strictObject({ id: Id, label: nonEmpty, initial: Percent });

const World = z.strictObject({
  gauges: z.array(Gauge).optional(),
  trust: z
    .strictObject({
      default: Percent.optional(),
      pairs: z.array(z.strictObject({ from: Id, to: Id, value: Percent })).optional(),
    })
    .optional(),
});

const MapSpec = z.strictObject({
  geometry: nonEmpty,
  holder: Id,
  holderLabel: text,
  otherLabel: text,
  regions: z.array(z.strictObject({ id: Id, name: nonEmpty, share: Percent })).min(1),
  places: z
    .array(
      z.strictObject({
        id: Id,
        name: nonEmpty,
        lon: z.number().min(-180).max(180),
        lat: z.number().min(-90).max(90),
        kind: nonEmpty,
      }),
    )
    .optional(),
});

export const Effect = z
  .discriminatedUnion(
    'type',
    [
      z.strictObject({ type: z.literal('control'), params: z.strictObject({ region: Id, delta: Delta }) }),
      z.strictObject({ type: z.literal('gauge'), params: z.strictObject({ gauge: Id, delta: Delta }) }),
      z.strictObject({ type: z.literal('trust'), params: z.strictObject({ from: Id, to: Id, delta: Delta }) }),
      z.strictObject({ type: z.literal('reservation'), params: z.strictObject({ party: Id, delta: Delta }) }),
    ],
    { error: 'effect' },
  )
  .meta({ id: 'Effect' });

const WorldEvent = z.strictObject({
  id: Id,
  headline: nonEmpty,
  body: text.optional(),
  source: Id.optional(),
  at: z.strictObject({ phase: Id, round: z.int().min(1) }).optional(),
  chance: z.strictObject({ percent: z.int().min(1).max(100), phases: z.array(Id).min(1) }).optional(),
  effects: z.array(Effect).optional(),
});

export const ScenarioFileSchema = z
  .strictObject({
    format: z.literal(AUTHORING_FORMAT),
    id: z.string().regex(/^[a-z0-9-]+$/, 'scenario ids use a-z, 0-9 and "-" only'),
    version: nonEmpty,
    title: nonEmpty,
    date: IsoDate,
    place: text,
    summary: text,
    length: text.optional(),
    briefing: text,
    sources: z.array(Source).optional(),
    parties: z.array(Party).min(2),
    issues: z.array(Issue).min(1),
    phases: z.array(Phase).min(1),
    world: World.optional(),
    map: MapSpec.optional(),
    events: z.array(WorldEvent).optional(),
    history: z.strictObject({ summary: text, points: z.array(text).optional() }).optional(),
    teachingNotes: text.optional(),
  })
  .meta({ title: 'Summit scenario', description: 'A Summit scenario file, authoring format 1.' });

/** The authoring type: what a scenario YAML file holds, after the shape checks. Format 1. */
export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;
export type StanceFile = z.infer<typeof Stance>;
export type ActionFile = z.infer<typeof Action>;
export type EffectFile = z.infer<typeof Effect>;
export type CurveFile = z.infer<typeof Curve>;
