// The authoring format (formats 1 and 2) as zod 4 definitions: the single source of truth for the loader's shape
// checks and for the generated JSON Schema (assets/schema/scenario.schema.json, used by editors for
// completion). Cross-references, sums and statechart structure are checked afterwards (references.ts,
// statechart-checks.ts), because a JSON Schema cannot express them.
//
// Objects are strict: an unknown field is an error (a typo would otherwise be silently ignored).
// Optional fields stay optional here; compile.ts fills the defaults, so the authoring type says what an author
// may leave out.

import { z } from 'zod';
import { type AI_ACTION_TYPES, type GUARD_TYPES, LINE_KEYS, MOODS } from '../engine/index';

/**
 * The authoring format versions this build reads. Format 2 adds to each statechart its demand regions, its context
 * and the actions and guards on them (see docs/scenario-format.md); a format-1 file is migrated when compiled
 * (migrate.ts). The features of format 2 are refused in a format-1 file (statechart-checks.ts).
 */
export const AUTHORING_FORMAT = 2 as const;
export const SUPPORTED_FORMATS: readonly number[] = [AUTHORING_FORMAT, 1];

/**
 * The one name refused as an id or key: `__proto__` is a setter on every plain object, not a key (assigning it
 * changes the object's prototype; zod and Immer drop it). Every other slug, "constructor", "toString" and
 * "prototype" included, is a fine id: lookups keyed by ids read own properties only (engine/own.ts) or use Maps.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__']);

export const CURVE_PRESETS = ['boulware', 'linear', 'conceder'] as const;

const text = z.string();
const nonEmpty = z.string().min(1);
// Ids end up as object keys and inside `world.<id>` event names: letters, digits, - and _ only.
const Id = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/, 'ids use letters, digits, "-" and "_" only')
  .refine((s) => !RESERVED_KEYS.has(s), '"__proto__" is reserved by JavaScript; use another id');
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD');
const Percent = z.int().min(0).max(100);
const Delta = z.int().min(-100).max(100);

const Source = z
  .strictObject({
    id: Id.describe('Id that lines and events cite as `source`.'),
    title: nonEmpty.describe('Title of the article, speech or document.'),
    publisher: text.optional().describe('Who published it.'),
    date: IsoDate.optional().describe('Publication date, YYYY-MM-DD.'),
    url: text.optional().describe('Where to read it.'),
  })
  .describe('A dated public source that quotes and events can cite.');

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
  | { type: 'patienceAtMost'; params: { value: number } }
  | { type: 'inState'; params: { region: string; state: string } }
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
      guardCase('valueAtLeast', {
        value: Percent.describe('Least value (0-100) of the offer to this party.'),
      }).describe('Holds when the offer in the event (or on the table) is worth at least `value` to this party.'),
      guardCase('offerIncludes', {
        issue: Id.describe('An issue id.'),
        option: Id.describe('An option id of that issue.'),
      }).describe('Holds when the offer sets `issue` to `option`.'),
      guardCase('roundAtLeast', { round: z.int().min(1).describe('Round within the current phase, from 1.') }).describe(
        'Holds from that round of the current phase on.',
      ),
      guardCase('turnAtLeast', { turn: z.int().min(0).describe('Actions taken in the whole game so far.') }).describe(
        'Holds once that many actions have been taken in the game.',
      ),
      guardCase('trustAtLeast', {
        party: Id.describe('The party trusted.'),
        value: Percent.describe('Least trust, 0-100.'),
      }).describe("Holds when this party's trust in `party` is at least `value`."),
      guardCase('worldAtLeast', {
        gauge: Id.describe('A gauge id of world.gauges.'),
        value: Percent.describe('Least gauge value, 0-100.'),
      }).describe('Holds when the world gauge is at least `value`.'),
      guardCase('phaseIs', { phase: Id.describe('A phase id.') }).describe('Holds during that phase.'),
      guardCase('fromParty', { party: Id.describe('A party id.') }).describe(
        'Holds when the event came from that party.',
      ),
      guardCase('patienceAtMost', {
        value: z.int().min(0).max(100).describe('Most patience left, 0-100.'),
      }).describe("Format 2: holds when the statechart's context.patience is at most `value`."),
      guardCase('inState', {
        region: Id.describe('"stance" (the stances) or a region id of this statechart.'),
        state: Id.describe('A state of that region.'),
      }).describe('Format 2: holds while the region is in that state (XState stateIn).'),
      z
        .strictObject({
          type: z.literal('all'),
          params: z.strictObject({
            get of() {
              return z.array(Guard).min(1);
            },
          }),
        })
        .describe('Holds when every guard in `of` holds.'),
      z
        .strictObject({
          type: z.literal('any'),
          params: z.strictObject({
            get of() {
              return z.array(Guard).min(1);
            },
          }),
        })
        .describe('Holds when at least one guard in `of` holds.'),
      z
        .strictObject({
          type: z.literal('not'),
          params: z.strictObject({
            get guard() {
              return Guard;
            },
          }),
        })
        .describe('Holds when `guard` does not.'),
    ],
    { error: 'guard' },
  )
  .meta({ id: 'Guard' });

const DemandShape = {
  insist: z.array(Id).optional().describe('Options it offers on the issue (none: any it does not refuse).'),
  acceptable: z
    .array(Id)
    .optional()
    .describe('Options it also signs; with `insist` they bound what it signs (neither: any option not refused).'),
  refused: z.array(Id).optional().describe('Options it never offers nor signs.'),
};

const actionCase = <T extends (typeof AI_ACTION_TYPES)[number], P extends z.ZodRawShape>(type: T, params: P) =>
  z.strictObject({ type: z.literal(type), params: z.strictObject(params) });

export const Action = z
  .discriminatedUnion(
    'type',
    [
      actionCase('say', {
        line: z.enum(LINE_KEYS).describe('A line key of the stance the party is in after the transition.'),
      }).describe("Speak one of the stance's lines of that key."),
      actionCase('adjustTrust', {
        party: Id.describe('The party trusted.'),
        delta: Delta.describe('Change, -100..100; the result is kept within 0-100.'),
      }).describe("Change this party's trust in `party`."),
      actionCase('moveReservation', {
        delta: Delta.describe('Change, -100..100; the result is kept within 0-100.'),
      }).describe("Move this party's reservation value (its value of no deal)."),
      actionCase('insist', { issue: Id.describe('An issue id.') }).describe(
        'Insist on an issue (public: the others see it).',
      ),
      actionCase('concede', { issue: Id.describe('An issue id.') }).describe('Concede an issue (public).'),
      actionCase('demand', {
        issue: Id.describe('An issue id.'),
        ...DemandShape,
      }).describe("Format 2: set this party's demand on `issue` (replaces the one before) in its context."),
      actionCase('dropDemand', { issue: Id.describe('An issue id.') }).describe(
        'Format 2: drop the demand on `issue`: any option will do again.',
      ),
      actionCase('setAspiration', {
        value: Percent.nullable().describe(
          'At most this percent of (best - reservation) asked; null: the curve alone.',
        ),
      }).describe('Format 2: cap the share of its best value the party asks, whatever its curve says.'),
      actionCase('adjustPatience', {
        delta: Delta.describe('Change, -100..100; patience stays at least 0.'),
      }).describe('Format 2: change context.patience (patienceAtMost guards read it).'),
      // walkOut takes no parameters; `params: {}` may be written or left out.
      z
        .strictObject({ type: z.literal('walkOut'), params: z.strictObject({}).optional() })
        .describe('Walk out: the game ends without a deal.'),
    ],
    { error: 'action' },
  )
  .meta({ id: 'Action' });

const Line = z
  .strictObject({
    text: nonEmpty.describe('What the party says.'),
    source: Id.optional().describe('Id of a source: the line is a documented quote.'),
    simulated: z.boolean().optional().describe('true: the line is a simulated paraphrase of a documented position.'),
    about: z
      .record(Id, z.union([Id, z.array(Id).min(1)]))
      .optional()
      .describe(
        'What the line says about the package it goes with: issue id → the option (or options) it names. With a proposal, an acceptance or an answer to "what would it take?", the package must hold one of them on every issue named; with a rejection, the rejected package must hold them (they are what is refused). The engine (rules revision 4) says only lines that fit; absent: the line fits any package.',
      ),
  })
  .describe('A line of dialogue; it needs `source` or `simulated: true`.');

const Keyframe = z
  .tuple([Percent, Percent])
  .describe('[percent of the game elapsed, percent of (best value - reservation) still asked].');
export const Curve = z
  .union([z.enum(CURVE_PRESETS), z.array(Keyframe).min(2)], { error: 'curve' })
  .describe(
    'Concession curve: a preset (boulware concedes late, linear steadily, conceder early) or integer keyframes from t=0 to t=100.',
  );

const Transition = z
  .strictObject({
    target: Id.optional().describe('The stance to move to; absent: stay in this stance.'),
    guard: Guard.optional().describe('The condition; absent: always. The first transition whose guard holds is taken.'),
    actions: z.array(Action).optional().describe('Actions run after the move, in order.'),
  })
  .describe('A reaction to an event.');

const Lines = z
  .strictObject(Object.fromEntries(LINE_KEYS.map((k) => [k, z.array(Line).min(1).optional()])))
  .describe('Lines of dialogue by key; the engine picks one by turn.');

const Stance = z
  .strictObject({
    mood: z.enum(MOODS).describe('The face the party shows at the table.'),
    curve: Curve,
    redLines: z
      .array(z.strictObject({ issue: Id, option: Id }))
      .optional()
      .describe('Options the party refuses while in this stance.'),
    lines: Lines.optional(),
    entry: z.array(Action).optional().describe('Actions run on entering the stance.'),
    // Event names are checked against the vocabulary and the scenario's events in statechart-checks.ts.
    on: z
      .record(z.string(), z.array(Transition))
      .optional()
      .describe(
        'Event name → transitions tried in order. Events: offer.received, offer.rejected, offer.accepted, threat.received, assurance.received, call.received, round.elapsed, phase.started, world.<event id>.',
      ),
  })
  .meta({ id: 'Stance', description: "A state of a party's statechart: how it concedes, what it refuses and says." });

const RegionState = z
  .strictObject({
    entry: z.array(Action).optional().describe('Actions run on entering the state, usually a `demand`.'),
    on: z
      .record(z.string(), z.array(Transition))
      .optional()
      .describe('Event name → transitions tried in order (targets: states of this region).'),
  })
  .meta({ id: 'RegionState', description: 'A state of a demand region: the demand it sets, and how it moves on.' });

const Region = z
  .strictObject({
    initial: Id.describe('The state the region starts in.'),
    states: z.record(z.string(), RegionState).describe('State name → state.'),
  })
  .describe('Format 2: a region of the statechart, parallel to the stances: one demand and how it relaxes.');

const ChartContext = z
  .strictObject({
    aspiration: Percent.nullable()
      .optional()
      .describe('Cap on the percent of (best - reservation) asked; absent or null: the curve alone.'),
    patience: z.int().min(0).max(100).optional().describe('Starting patience (default 0); see adjustPatience.'),
    demands: z
      .record(z.string(), z.strictObject(DemandShape))
      .optional()
      .describe('Issue id → the demand the party starts with (regions may change it).'),
  })
  .describe('Format 2: the statechart context the party starts with (its trust comes from world.trust).');

const Statechart = z
  .strictObject({
    initial: Id.describe('The stance the party starts in.'),
    states: z
      .record(z.string(), Stance)
      .describe('Stance name → stance. Every stance must be reachable from `initial`.'),
    context: ChartContext.optional(),
    regions: z
      .record(z.string(), Region)
      .optional()
      .describe('Format 2: region name → demand region, run in parallel with the stances (name "stance" is taken).'),
  })
  .describe("The party's AI: stances and the events that move it between them (an XState statechart, as data).");

// A party's temperament ranges (rules revision 3 on; engine/temperament.ts): each an inclusive [min, max] of
// integers within the field's bounds, narrowing the range its per-game draw is taken from.
const temperRange = (lo: number, hi: number, what: string) =>
  z
    .tuple([z.int().min(lo).max(hi), z.int().min(lo).max(hi)])
    .refine(([a, b]) => a <= b, 'write the range as [min, max], min first')
    .optional()
    .describe(`${what}: [min, max], integers ${lo}-${hi}.`);

const TemperamentRanges = z
  .strictObject({
    pace: temperRange(50, 200, 'Concession speed in percent (100: as its curve says; above: concedes sooner)'),
    opening: temperRange(50, 100, 'Opening aspiration: the highest share (percent) of the span above no deal it asks'),
    patience: temperRange(0, 100, 'Patience (0-100): how late it starts taking the best offer it has seen'),
  })
  .describe("Ranges the party's temperament is drawn from per game; a field left out keeps the default range.");

const Party = z
  .strictObject({
    id: Id.describe('Id used everywhere else in the file.'),
    name: nonEmpty.describe('Full name, e.g. "United States".'),
    short: nonEmpty.describe('Short name for tight spaces, e.g. "US".'),
    plural: z
      .boolean()
      .optional()
      .describe(
        'true: the name takes a plural verb ("European allies propose"). Absent: guessed from the name (a last word ending in a single "s", except names of states such as "United States").',
      ),
    leader: text.describe('Who speaks for the party.'),
    delegation: z.array(text).optional().describe('Other members of the delegation.'),
    colour: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'colours are written #rrggbb')
      .describe('Colour as #rrggbb.'),
    flag: text.optional().describe('flag-icons code, e.g. "us".'),
    brief: text.describe('The confidential brief the player of this party reads.'),
    reservation: Percent.describe('Value of no deal (BATNA), 0-100: the party accepts nothing worth less.'),
    weights: z.record(z.string(), Percent).describe('Issue id → weight; integers summing to 100, one per issue.'),
    values: z
      .record(z.string(), z.record(z.string(), Percent))
      .describe('Issue id → option id → value 0-100, for every option of every issue.'),
    statechart: Statechart,
    temperament: TemperamentRanges.optional(),
  })
  .describe('A party at the summit, its preferences and its AI.');

const MapEffect = z
  .strictObject({
    region: Id.describe('A region id of the map.'),
    share: Percent.describe("The holder's share of the region after the deal, 0-100."),
  })
  .describe('What an option changes on the map.');

const IssueOption = z
  .strictObject({
    id: Id.describe('Option id, unique within the issue.'),
    label: nonEmpty.describe('Short label on the deal sheet.'),
    description: text.optional().describe('Longer explanation.'),
    mapEffects: z.array(MapEffect).optional().describe('Map changes if a deal includes this option.'),
  })
  .describe('One way an issue can be settled.');

const Issue = z
  .strictObject({
    id: Id.describe('Issue id.'),
    name: nonEmpty.describe('Name on the deal sheet.'),
    description: text.optional().describe('What is at stake.'),
    statusQuo: Id.describe('The option that holds with no deal.'),
    consent: z.array(Id).min(1).describe('Parties whose acceptance a deal on this issue needs.'),
    options: z.array(IssueOption).min(2).max(6).describe('2 to 6 options, the status quo among them.'),
  })
  .describe('An item on the agenda.');

const Phase = z
  .strictObject({
    id: Id.describe('Phase id.'),
    name: nonEmpty.describe('Name shown in the header.'),
    date: IsoDate.describe('Date, YYYY-MM-DD.'),
    place: text.describe('Where it happens.'),
    inRoom: z.array(Id).min(1).describe('Parties at the table; the others act by calls and statements.'),
    order: z
      .array(Id)
      .optional()
      .describe('Speaking order of every party; default: the parties in the room, then the others.'),
    agenda: z.array(Id).min(1).describe('Issues a deal in this phase must cover.'),
    rounds: z.int().min(1).max(100).describe('Round limit, 1-100.'),
  })
  .describe('A stage of the summit.');

const Gauge = z
  .strictObject({
    id: Id.describe('Gauge id, for worldAtLeast guards and gauge effects.'),
    label: nonEmpty.describe('Label shown to players.'),
    initial: Percent.describe('Starting value, 0-100.'),
  })
  .describe('A pressure gauge (battlefield momentum, sanctions pressure, …).');

const World = z
  .strictObject({
    gauges: z.array(Gauge).optional().describe('Pressure gauges.'),
    trust: z
      .strictObject({
        default: Percent.optional().describe('Starting trust between two parties, 0-100 (default 50).'),
        pairs: z
          .array(z.strictObject({ from: Id, to: Id, value: Percent }))
          .optional()
          .describe("Exceptions: `from`'s starting trust in `to`."),
      })
      .optional()
      .describe('Starting trust between parties.'),
  })
  .describe('The world around the table.');

const MapSpec = z
  .strictObject({
    geometry: nonEmpty.describe('Name of the map geometry the game ships (assets/maps).'),
    holder: Id.describe('The party whose control the map colours.'),
    holderLabel: text.describe('Legend for regions the holder controls.'),
    otherLabel: text.describe('Legend for the rest.'),
    regions: z
      .array(
        z.strictObject({
          id: Id.describe('Region id.'),
          name: nonEmpty.describe('Region name.'),
          share: Percent.describe("The holder's share of control at the start, 0-100."),
        }),
      )
      .min(1)
      .describe('Regions and who controls them.'),
    places: z
      .array(
        z.strictObject({
          id: Id,
          name: nonEmpty,
          lon: z.number().min(-180).max(180).describe('Longitude.'),
          lat: z.number().min(-90).max(90).describe('Latitude.'),
          kind: nonEmpty.describe('Kind of place, e.g. "city".'),
        }),
      )
      .optional()
      .describe('Places marked on the map.'),
  })
  .describe('The map (optional).');

export const Effect = z
  .discriminatedUnion(
    'type',
    [
      z
        .strictObject({ type: z.literal('control'), params: z.strictObject({ region: Id, delta: Delta }) })
        .describe("Change the map holder's share of a region by `delta`."),
      z
        .strictObject({ type: z.literal('gauge'), params: z.strictObject({ gauge: Id, delta: Delta }) })
        .describe('Change a gauge by `delta`.'),
      z
        .strictObject({ type: z.literal('trust'), params: z.strictObject({ from: Id, to: Id, delta: Delta }) })
        .describe("Change `from`'s trust in `to` by `delta`."),
      z
        .strictObject({ type: z.literal('reservation'), params: z.strictObject({ party: Id, delta: Delta }) })
        .describe("Move a party's reservation value by `delta`."),
    ],
    { error: 'effect' },
  )
  .meta({ id: 'Effect' });

const WorldEvent = z
  .strictObject({
    id: Id.describe('Event id; statecharts react to it as `world.<id>`.'),
    headline: nonEmpty.describe('Headline in the ticker.'),
    body: text.optional().describe('Details.'),
    source: Id.optional().describe('Id of the source it is based on.'),
    at: z
      .strictObject({ phase: Id, round: z.int().min(1) })
      .optional()
      .describe('Scheduled: fires at the start of that round of that phase.'),
    chance: z
      .strictObject({ percent: z.int().min(1).max(100), phases: z.array(Id).min(1) })
      .optional()
      .describe('Random: at each round start in these phases, fires with this percent chance (seeded), at most once.'),
    effects: z.array(Effect).optional().describe('What it changes.'),
  })
  .describe('A world event: give it `at` or `chance`, not both.');

export const ScenarioFileSchema = z
  .strictObject({
    format: z
      .union([z.literal(AUTHORING_FORMAT), z.literal(1)])
      .describe('Authoring format version: 2 (1 still loads: it has no statechart regions or context).'),
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'scenario ids use a-z, 0-9 and "-" only')
      .describe('Scenario id (a-z, 0-9, "-"); usually the file name.'),
    version: nonEmpty.describe('Version of this scenario, a string such as "1.0.0"; replays record it.'),
    title: nonEmpty.describe('Title on the scenario card.'),
    date: IsoDate.describe('Date of the summit, YYYY-MM-DD.'),
    place: text.describe('Where it takes place.'),
    summary: text.describe('One-line summary on the scenario card.'),
    length: text.optional().describe('Expected playing time, e.g. "20-40 min".'),
    briefing: text.describe('The public situation every player reads; paragraphs split by blank lines.'),
    sources: z.array(Source).optional().describe('Sources that lines and events cite.'),
    parties: z.array(Party).min(2).describe('The parties, at least two.'),
    issues: z.array(Issue).min(1).describe('The issues under negotiation.'),
    phases: z.array(Phase).min(1).describe('The phases in order.'),
    world: World.optional(),
    map: MapSpec.optional(),
    events: z.array(WorldEvent).optional().describe('World events, scheduled or random.'),
    history: z
      .strictObject({
        summary: text.describe('What happened.'),
        points: z.array(text).optional().describe('Key points for the debrief.'),
      })
      .optional()
      .describe('What happened historically, for the debrief.'),
    teachingNotes: text.optional().describe('Notes for the instructor.'),
  })
  .meta({ title: 'Summit scenario', description: 'A Summit scenario file, authoring format 2 (or 1).' });

/** The authoring type: what a scenario YAML file holds, after the shape checks. Formats 1 and 2. */
export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;
export type StanceFile = z.infer<typeof Stance>;
export type RegionFile = z.infer<typeof Region>;
export type RegionStateFile = z.infer<typeof RegionState>;
export type ActionFile = z.infer<typeof Action>;
export type EffectFile = z.infer<typeof Effect>;
export type CurveFile = z.infer<typeof Curve>;
