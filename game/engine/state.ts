// The game state: plain JSON data (no functions, no Maps), so that it serialises canonically, hashes the same in
// Node and in Chromium, and Immer can produce the next one. The statecharts live here as { value, context }.
import type { Action } from './actions';
import type {
  ByParty,
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

export interface LogEntry {
  turn: number; // index of the action in the game, 0-based; world entries take the turn they precede
  phase: PhaseId;
  round: number;
  kind: 'action' | 'world' | 'phase' | 'deal' | 'end' | 'stance';
  party: PartyId | null;
  action: Action | null;
  text: string; // what the transcript shows
  line: { text: string; source?: string; simulated: boolean } | null; // dialogue spoken with it
  reason: Reason | null; // set on AI decisions
  event: EventId | null; // world event that fired
}

export interface Table {
  package: Package;
  proposer: PartyId;
  acceptedBy: PartyId[]; // the proposer counts as accepting
}

export interface AiSnapshot {
  value: string; // current stance (flat statecharts)
  context: Record<string, never>;
  cause: string | null; // last event that changed the stance
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
 * Revision 3: each party draws a temperament from the game's PRNG when the game starts (temperament.ts); the AI
 * learns a model of the others from their moves (opponent-model.ts), searches the package space for its offers
 * (offer-search.ts) and weighs the time left when accepting (acceptance.ts); and "no deal" has one meaning: a party's
 * no-deal value is its reservation,
 * both when the game ends without a deal (outcome.ts) and when the AI compares an offer with no deal (no-deal.ts).
 */
export const RULES_REVISION = 3;

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
