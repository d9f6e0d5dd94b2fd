// The compiled scenario: the runtime format the engine plays. It is produced by game/content from the YAML
// authoring format and is a separate, versioned type: authors never write it, the engine never reads YAML.
// Every reference in it has been checked by the compiler, so the engine may index without guarding.

export const RUNTIME_FORMAT = 1 as const;

export type PartyId = string;
export type IssueId = string;
export type OptionId = string;
export type PhaseId = string;
export type RegionId = string;
export type EventId = string;
export type GaugeId = string;
export type ByParty<T> = Record<PartyId, T>;

/** One option per issue. A partial package leaves issues out; they count at their status quo. */
export type Package = Record<IssueId, OptionId>;

/** The moods a stance shows at the table (the view draws a face from it). */
export const MOODS = ['maximalist', 'probing', 'bargaining', 'closing', 'walkout'] as const;
export type Mood = (typeof MOODS)[number];

/** What the statecharts react to. `world.<eventId>` is sent when that world event fires. */
export const AI_EVENT_TYPES = [
  'offer.received',
  'offer.rejected',
  'offer.accepted',
  'threat.received',
  'assurance.received',
  'call.received',
  'round.elapsed',
  'phase.started',
] as const;
export type AiEventType = (typeof AI_EVENT_TYPES)[number] | `world.${string}`;

/** Named, parameterised guards (see docs/scenario-format.md). Same shape as XState's `{ type, params }`. */
export type Guard =
  | { type: 'valueAtLeast'; params: { value: number } } // value of the offer to me (0–100)
  | { type: 'offerIncludes'; params: { issue: IssueId; option: OptionId } }
  | { type: 'roundAtLeast'; params: { round: number } } // round within the current phase, 1-based
  | { type: 'turnAtLeast'; params: { turn: number } } // game-wide count of actions taken
  | { type: 'trustAtLeast'; params: { party: PartyId; value: number } } // my trust in that party
  | { type: 'worldAtLeast'; params: { gauge: GaugeId; value: number } }
  | { type: 'phaseIs'; params: { phase: PhaseId } }
  | { type: 'fromParty'; params: { party: PartyId } } // the event came from that party
  | { type: 'patienceAtMost'; params: { value: number } } // rules revision 4: the chart's context.patience
  | { type: 'inState'; params: { region: string; state: string } } // rules revision 4: XState's stateIn
  | { type: 'all'; params: { of: Guard[] } }
  | { type: 'any'; params: { of: Guard[] } }
  | { type: 'not'; params: { guard: Guard } };
export const GUARD_TYPES = [
  'valueAtLeast',
  'offerIncludes',
  'roundAtLeast',
  'turnAtLeast',
  'trustAtLeast',
  'worldAtLeast',
  'phaseIs',
  'fromParty',
  'patienceAtMost',
  'inState',
  'all',
  'any',
  'not',
] as const;

/**
 * Named, parameterised statechart actions. Rules revisions 1–3: the engine applies them (through Immer) after each
 * transition, and ignores the four that change the chart's context. Rules revision 4 (chart.ts): XState runs them —
 * `demand`, `dropDemand`, `setAspiration`, `adjustPatience` and `adjustTrust` are `assign`s to the chart's context;
 * `say`, `moveReservation`, `insist`, `concede` and `walkOut` are `emit`ted and the engine applies what they emit.
 */
export type AiAction =
  | { type: 'say'; params: { line: LineKey } } // speak one of the stance's lines of that key
  | { type: 'adjustTrust'; params: { party: PartyId; delta: number } }
  | { type: 'moveReservation'; params: { delta: number } }
  | { type: 'insist'; params: { issue: IssueId } }
  | { type: 'concede'; params: { issue: IssueId } }
  | { type: 'walkOut'; params: Record<string, never> }
  | { type: 'demand'; params: { issue: IssueId } & Partial<Demand> } // set the demand on an issue (revision 4)
  | { type: 'dropDemand'; params: { issue: IssueId } } // no demand on the issue any more (revision 4)
  | { type: 'setAspiration'; params: { value: number | null } } // cap on the ask, 0–100; null: the curve alone
  | { type: 'adjustPatience'; params: { delta: number } }; // context.patience ± delta, at least 0
export const AI_ACTION_TYPES = [
  'say',
  'adjustTrust',
  'moveReservation',
  'insist',
  'concede',
  'walkOut',
  'demand',
  'dropDemand',
  'setAspiration',
  'adjustPatience',
] as const;

/**
 * A party's demand on one issue (rules revision 4, read by demands.ts): `insist` — the options it offers on the
 * issue (none: any it does not refuse); `acceptable` — the options it also signs (with `insist`: none given means
 * any option not refused); `refused` — options it never offers nor signs.
 */
export interface Demand {
  insist: OptionId[];
  acceptable: OptionId[];
  refused: OptionId[];
}

/**
 * The context of a party's chart (rules revision 4): its demands per issue, its aspiration (a cap, 0–100, on the
 * share of (best − reservation) it asks; null: its curve alone), its patience (a count its actions spend and its
 * guards read) and its trust in each party (the game state's trust row, see chart.ts).
 */
export interface ChartContext {
  demands: Record<IssueId, Demand>;
  aspiration: number | null;
  patience: number;
  trust: Record<PartyId, number>;
}

export const LINE_KEYS = [
  'greeting',
  'propose',
  'accept',
  'reject',
  'insist',
  'concede',
  'threaten',
  'assure',
  'call',
  'answer', // answer to "what would it take?"
  'walkout',
  'pass',
] as const;
export type LineKey = (typeof LINE_KEYS)[number];

/** A line of dialogue. Documented quotes carry a source id; paraphrase of a documented position is `simulated`. */
export interface Line {
  text: string;
  source?: string; // id into CompiledScenario.sources
  simulated: boolean;
  /** What the line names: issue → the options it fits (see line-choice.ts). Absent: it fits any package. */
  about?: Record<IssueId, OptionId[]>;
}

/** [percent of the game's time elapsed 0–100, percent of (best − reservation) still asked 0–100], t ascending. */
export type Keyframe = readonly [t: number, ask: number];

export interface Transition {
  target?: string; // a state of the same statechart; absent: stay
  guard?: Guard;
  actions: AiAction[];
}

/** A state of a party's statechart: a stance. */
export interface Stance {
  id: string;
  mood: Mood;
  curve: Keyframe[]; // integer keyframes; presets boulware/linear/conceder are expanded by the compiler
  redLines: { issue: IssueId; option: OptionId }[];
  lines: Partial<Record<LineKey, Line[]>>;
  entry: AiAction[];
  on: Partial<Record<AiEventType, Transition[]>>;
}

/** A state of a demand region: its entry actions (usually a `demand`) and the events that move it on. */
export interface RegionState {
  id: string;
  entry: AiAction[];
  on: Partial<Record<AiEventType, Transition[]>>;
}

/** A region of the chart, parallel to the stances: one demand's states, e.g. all-four-regions → donbas-only. */
export interface DemandRegion {
  id: string;
  initial: string;
  states: Record<string, RegionState>;
}

/** The name of the stances' region in the chart (a demand region may not take it). */
export const STANCE_REGION = 'stance';

export interface AiSpec {
  initial: string;
  states: Record<string, Stance>;
  /** Authoring format 2: demand regions, parallel to the stances (rules revision 4; absent or empty: none). */
  regions?: DemandRegion[];
  /** Authoring format 2: the chart's starting context, trust aside (rules revision 4; absent: the defaults). */
  context?: { demands: Record<IssueId, Demand>; aspiration: number | null; patience: number };
}

export interface Party {
  id: PartyId;
  name: string; // "United States"
  short: string; // "US"
  plural?: boolean; // the name takes a plural verb; absent: guessed (log-sentences.ts pluralName)
  leader: string;
  delegation: string[];
  colour: string; // #rrggbb
  flag?: string; // flag-icons code, e.g. "us", "ua", "eu"
  brief: string; // confidential brief (markdown-free plain text, paragraphs split by blank lines)
  reservation: number; // 0–100, value of no deal
  weights: Record<IssueId, number>; // integers summing to 100
  values: Record<IssueId, Record<OptionId, number>>; // integers 0–100
  ai: AiSpec;
  /** Narrower ranges for the temperament the party draws per game (rules revision 3; see temperament.ts). */
  temperament?: Partial<Record<'pace' | 'opening' | 'patience', readonly [min: number, max: number]>>;
}

export interface MapEffect {
  region: RegionId;
  share: number; // the holder's share of the region after the deal, 0–100
}

export interface IssueOption {
  id: OptionId;
  label: string;
  description: string;
  mapEffects: MapEffect[];
}

export interface Issue {
  id: IssueId;
  name: string;
  description: string;
  statusQuo: OptionId;
  consent: PartyId[]; // parties whose acceptance a deal on this issue needs
  options: IssueOption[];
}

export interface Phase {
  id: PhaseId;
  name: string;
  date: string; // ISO date
  place: string;
  inRoom: PartyId[]; // may propose, accept, reject; the others act by calls and statements
  order: PartyId[]; // speaking order of every party in a round: in-room parties first, then the absent
  agenda: IssueId[]; // a deal in this phase must cover these issues
  rounds: number;
}

export interface Gauge {
  id: GaugeId;
  label: string;
  initial: number; // 0–100
}

export type Effect =
  | { type: 'control'; params: { region: RegionId; delta: number } }
  | { type: 'gauge'; params: { gauge: GaugeId; delta: number } }
  | { type: 'trust'; params: { from: PartyId; to: PartyId; delta: number } }
  | { type: 'reservation'; params: { party: PartyId; delta: number } };

export interface WorldEvent {
  id: EventId;
  headline: string;
  body: string;
  source?: string;
  /** Scheduled: fires at the start of that round of that phase. */
  at?: { phase: PhaseId; round: number };
  /** Random: each round start in these phases, fires with this integer percent chance (seeded PRNG), at most once. */
  chance?: { percent: number; phases: PhaseId[] };
  effects: Effect[];
}

export interface MapRegion {
  id: RegionId;
  name: string;
  share: number; // the holder's share of control at the start, 0–100
}

export interface MapPlace {
  id: string;
  name: string;
  lon: number;
  lat: number;
  kind: string; // "city", "front", ...
}

export interface MapSpec {
  geometry: string; // asset name under assets/maps/<geometry>.json
  holder: PartyId; // whose control `share` measures
  holderLabel: string;
  otherLabel: string;
  regions: MapRegion[];
  places: MapPlace[];
}

export interface Source {
  id: string;
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
}

export interface CompiledScenario {
  runtimeFormat: typeof RUNTIME_FORMAT;
  id: string;
  version: string;
  contentHash: string; // hash of the YAML text it was compiled from
  title: string;
  date: string;
  place: string;
  summary: string;
  length: string; // e.g. "30–40 min"
  briefing: string;
  sources: Source[];
  parties: Party[];
  issues: Issue[];
  phases: Phase[];
  gauges: Gauge[];
  trust: ByParty<ByParty<number>>; // initial trust from → to, 0–100 (complete matrix, diagonal 100)
  map: MapSpec | null;
  events: WorldEvent[];
  history: { summary: string; points: string[] } | null;
  teachingNotes: string;
}
