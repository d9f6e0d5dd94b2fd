// The game state: plain JSON data (no functions, no Maps), so that it serialises canonically, hashes the same in
// Node and in Chromium, and Immer can produce the next one. The statecharts live here as { value, context }.
import type { Action } from './actions';
import type { ActionEffect } from './effects';
import type {
  ByParty,
  ChartContext,
  EventId,
  GaugeId,
  IssueId,
  Mood,
  OptionId,
  Package,
  PartyId,
  PhaseId,
  RegionId,
} from './scenario';
import type { Temperament } from './temperament';

export const STATE_FORMAT = 1 as const;

export type Seat = 'human' | 'ai';
export type OutcomeKind = 'agreement' | 'no-deal' | 'walkout';

/** Why an AI party did what it did: shown behind "why?" and in the debrief. */
export interface Reason {
  stance: string; // statechart state
  mood: Mood;
  /** Value to this party per issue of the package it judged (weighted points, sum = value). */
  perIssue: Record<IssueId, number>;
  value: number | null; // value of the judged package, 0–100, null when none
  target: number; // the value it currently asks for, 0–100
  reservation: number;
  redLine: { issue: IssueId; option: OptionId } | null; // the red line the judged package hits
  cause: string | null; // the event (or world event id) that put it in this stance
  summary: string; // one plain sentence built from the figures above
}

/** A line of dialogue: a documented quote (with its source's id) or a simulated paraphrase. */
export interface SpokenLine {
  text: string;
  source?: string;
  simulated: boolean;
}

/**
 * The game log, one entry per thing that happened, as data: no prose. Sentences are rendered from entries by
 * log-sentences.ts, so the wording can change freely (the play hash counts the entries and ignores their contents,
 * so their number per game must not change). Every entry says where in the game it happened.
 */
export type LogEntry = ActionEntry | StanceEntry | SaidEntry | WorldEntry | PhaseEntry | DealEntry | EndEntry;

/** Where an entry happened. `turn`: index of the action in the game, 0-based; other entries take the turn they precede. */
export interface LogPlace {
  turn: number;
  phase: PhaseId;
  round: number;
}

/** A party's action (every turn logs exactly one). */
export interface ActionEntry extends LogPlace {
  kind: 'action';
  party: PartyId;
  action: Action;
  /** Spoken with it: an AI party's stance line for the action; for a question, the line of the party asked. */
  line: SpokenLine | null;
  reason: Reason | null; // set on AI decisions
  /** Proposals: the issues whose earlier commitment the package changes (empty otherwise). */
  broken: IssueId[];
  /** Questions ("what would it take?"): the asked party's answer (null otherwise). */
  answer: Answer | null;
  /**
   * Rules revision 4: no line of the speaker's stance fits the package (line-choice.ts), so it says a plain sentence
   * made from the entry's data (log-sentences.ts plainLine). Absent otherwise.
   */
  plainLine?: true;
  /** Statements and calls: the trust and no-deal values the action moved (effects.ts); absent when none moved. */
  effects?: ActionEffect[];
}

/** What a party asked "what would it take?" answered: the package it would accept and the issues that must move. */
export interface Answer {
  issues: IssueId[]; // the agenda issues whose option must change (empty: the offer as it stands)
  package: Package;
  reason: Reason;
}

/** An AI party's statechart moved to another stance, after an event (`cause`: the event type, e.g. 'offer.received'). */
export interface StanceEntry extends LogPlace {
  kind: 'stance';
  party: PartyId;
  from: string;
  to: string;
  mood: Mood;
  cause: string | null;
}

/** An AI party spoke one of its stance's lines (a statechart 'say' action). */
export interface SaidEntry extends LogPlace {
  kind: 'said';
  party: PartyId;
  line: SpokenLine;
}

/** A world event fired. */
export interface WorldEntry extends LogPlace {
  kind: 'world';
  event: EventId;
}

/** The entry's phase started, or ended at its deadline without a deal (a deal logs a 'deal' entry instead). */
export interface PhaseEntry extends LogPlace {
  kind: 'phase';
  change: 'started' | 'ended';
}

/** A deal was struck in the entry's phase. */
export interface DealEntry extends LogPlace {
  kind: 'deal';
  package: Package;
}

/** The game ended; `party` walked out (walk-outs only). */
export interface EndEntry extends LogPlace {
  kind: 'end';
  outcome: OutcomeKind;
  party: PartyId | null;
}

export interface Table {
  package: Package;
  proposer: PartyId;
  acceptedBy: PartyId[]; // the proposer counts as accepting
}

export interface AiSnapshot {
  value: string; // current stance (rules revision 4: the chart's stance region, chart.value.stance)
  context: Record<string, never>;
  cause: string | null; // last event that changed the stance
  /** Rules revision 4: the party's XState chart, persisted (see chart.ts). Absent before. */
  chart?: PersistedChart;
}

/**
 * An AI chart's persisted XState snapshot: its state value (region → state, the stances' region named 'stance') and
 * its context without the trust row, which lives once, in GameState.trust (chart.ts puts it back when it resolves).
 */
export interface PersistedChart {
  value: Record<string, string>;
  context: Omit<ChartContext, 'trust'>;
}

export interface Outcome {
  kind: OutcomeKind;
  package: Package; // full: every issue, status quo where nothing was agreed
  values: ByParty<number>;
  reservations: ByParty<number>;
  by: PartyId | null; // who walked out
}

/**
 * The revision of the rules and the AI a game is played under. A game keeps the revision it started with, so a
 * replay recorded by an earlier build still plays back exactly. Revision 1 states carry no `rules` field (their
 * hashes are those of the first release). Revision 2: the AI holds an unmoved proposer to its phase-start target,
 * does not propose when the phase's deadline leaves no time to answer, presses a holdout instead of waiting, and
 * a proposer's statechart hears 'offer.accepted'.
 * Revision 3: the play hash (replay.ts) also covers every action taken, so a replay whose actions were swapped no
 * longer verifies; each party draws a temperament from the game's PRNG when the game starts (temperament.ts); the AI
 * learns a model of the others from their moves (opponent-model.ts), searches the package space for its offers
 * (offer-search.ts) and weighs the time left when accepting (acceptance.ts); and "no deal" has one meaning: a party's
 * no-deal value is its reservation,
 * both when the game ends without a deal (outcome.ts) and when the AI compares an offer with no deal (no-deal.ts).
 * Revision 4: every change to play made after the first online release (statecharts that hold the demands, the
 * better negotiator, lines that match the offers they accompany) is gated on `rulesOf(s) >= 4`; games of
 * revisions 1–3 play exactly as before (game/cli/play-hashes.golden.json holds it).
 * Revision 5: the changes to play made after revision 4 shipped are gated on `rulesOf(s) >= 5`; games of
 * revisions 1–4 play exactly as before (the golden table holds revisions 1–5). The AI no longer spends its turn in
 * the game's very last round pressing a blocker (a deal it could still sign was lost that way). The concession
 * model (opponent-model-concessions.ts) is measured but not wired into play.
 * Revision 6 (open): changes to play made after revision 5 shipped, gated on `rulesOf(s) >= 6`. In a bilateral
 * phase, before signing, the AI proposes instead a package the other side itself backed this phase that is at
 * least as good for it, when its model finds no better step (pareto-step.ts: backedStep). In the last phase's end
 * game the AI's offers keep off the red lines the others named and have not dropped (ai-reading.ts:
 * redLinesStillNamed); in the last phase it does not withdraw its own offer once another consent party has signed
 * it; a quick temperament's clock is capped half-way to the deadline (temperament.ts: pacedTime).
 */
export const RULES_REVISION = 6;

/** The rules revision of a game (absent: 1). */
export const rulesOf = (s: Pick<GameState, 'rules'>): number => s.rules ?? 1;

export interface GameState {
  stateFormat: typeof STATE_FORMAT;
  rules?: number; // see RULES_REVISION; absent = 1
  scenario: { id: string; version: string; contentHash: string };
  seed: number;
  rng: number; // PRNG state (uint32)
  seats: ByParty<Seat>;
  phase: number; // index into scenario.phases
  round: number; // 1-based within the phase
  speakerIndex: number; // index into phase.order
  turn: number; // actions taken so far in the whole game
  table: Table | null;
  commitments: Package; // agreed in earlier phases
  agreements: { phase: PhaseId; package: Package }[];
  reservation: ByParty<number>;
  trust: ByParty<ByParty<number>>;
  gauges: Record<GaugeId, number>;
  control: Record<RegionId, number>;
  ai: ByParty<AiSnapshot>;
  insisted: ByParty<IssueId[]>; // issues each party has insisted on (public)
  conceded: ByParty<IssueId[]>;
  lastOffer: ByParty<Package | null>; // each party's last proposal (the AI's model of the others)
  walkedOut: PartyId[];
  /** Each party's temperament, drawn when the game starts (rules revision 3 on; absent before). */
  temperament?: ByParty<Temperament>;
  fired: EventId[];
  log: LogEntry[];
  outcome: Outcome | null;
}
