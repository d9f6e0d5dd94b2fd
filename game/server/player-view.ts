// What one seat may see. Pure functions that cut the compiled scenario and the game state down to what a party's
// player is entitled to: the public scenario, its own confidential brief, values and reservation, and what
// happens at the table — never another party's brief, weights, values, reservation, red lines, statechart or
// dialogue bank, the AI's reasons, the seed or the PRNG. The shapes stay those of CompiledScenario and GameState
// (the hidden fields are blanked, not removed), so the view renders a redacted game like a local one.

import type { CompiledScenario, GameState, LogEntry, Party, PartyId, Reason, Stance } from '../engine/index';

/** A stance with only what the table shows: its id and mood (the face). */
const publicStance = (s: Stance): Stance => ({
  id: s.id,
  mood: s.mood,
  curve: [],
  redLines: [],
  lines: {},
  entry: [],
  on: {},
});

/** Another party as everyone knows it: name, leader, delegation, colour, flag. */
function publicParty(p: Party, sc: CompiledScenario): Party {
  const values: Party['values'] = {};
  const weights: Party['weights'] = {};
  for (const issue of sc.issues) {
    weights[issue.id] = 0;
    values[issue.id] = Object.fromEntries(issue.options.map((o) => [o.id, 0]));
  }
  const states = Object.fromEntries(Object.entries(p.ai.states).map(([id, s]) => [id, publicStance(s)]));
  return { ...p, brief: '', reservation: 0, weights, values, ai: { initial: p.ai.initial, states } };
}

/**
 * The scenario as `party` may see it (`null`: a spectator, who sees no brief). Its own party keeps its brief,
 * values, weights and reservation; its own statechart is stripped too (the player is not an AI).
 */
export function playerScenario(sc: CompiledScenario, party: PartyId | null): CompiledScenario {
  return {
    ...sc,
    parties: sc.parties.map((p) =>
      p.id === party
        ? { ...publicParty(p, sc), brief: p.brief, reservation: p.reservation, weights: p.weights, values: p.values }
        : publicParty(p, sc),
    ),
  };
}

/**
 * The game state as `party` may see it. Its own current reservation stays; the others' read 0. The AI's reasons
 * leave the transcript; the seed and the PRNG state read 0. At the end the outcome (every value and reservation)
 * is public: that is the debrief. `logFrom`: only the transcript entries from there on (what the client lacks).
 */
export function playerState(sc: CompiledScenario, s: GameState, party: PartyId | null, logFrom = 0): GameState {
  return {
    ...s,
    seed: 0,
    rng: 0,
    reservation: seatReservation(sc, s, party),
    ai: publicAi(s.ai),
    log: publicLog(s.log, logFrom),
  };
}

/**
 * One member of playerState(sc, s, null, logFrom), redacted alone (the room sends only the members that changed).
 * The reservations are each seat's own: the caller adds them. Keep it in step with playerState: the view-frames
 * test compares the two over a whole game.
 */
export function playerMember(s: GameState, k: string, logFrom: number): unknown {
  if (k === 'seed' || k === 'rng') return 0;
  if (k === 'ai') return sharedAi(s.ai);
  if (k === 'log') return publicLog(s.log, logFrom);
  return (s as unknown as Record<string, unknown>)[k];
}

/** publicAi, made once per `ai` object: every seat's view of a state shares it. */
const publicAis = new WeakMap<object, GameState['ai']>();
function sharedAi(ai: GameState['ai']): GameState['ai'] {
  let seen = publicAis.get(ai);
  if (seen === undefined) {
    seen = publicAi(ai);
    publicAis.set(ai, seen);
  }
  return seen;
}

/** The statecharts as a player may see them: each party's current stance only, no context, no cause. */
export const publicAi = (ai: GameState['ai']): GameState['ai'] =>
  Object.fromEntries(Object.entries(ai).map(([p, a]) => [p, { value: a.value, context: {}, cause: null }]));

/** The transcript from `logFrom` on as a player may see it. Each entry is redacted once (entries never change). */
export const publicLog = (log: readonly LogEntry[], logFrom: number): LogEntry[] => {
  const out: LogEntry[] = [];
  for (let i = logFrom; i < log.length; i++) out.push(publicOnce(log[i]!));
  return out;
};

const publicEntries = new WeakMap<LogEntry, LogEntry>();
function publicOnce(e: LogEntry): LogEntry {
  let seen = publicEntries.get(e);
  if (seen === undefined) {
    seen = publicEntry(e);
    publicEntries.set(e, seen);
  }
  return seen;
}

/** The reservations as `party` may see them: its own current one; every other party's reads 0. */
export const seatReservation = (sc: CompiledScenario, s: GameState, party: PartyId | null): GameState['reservation'] =>
  Object.fromEntries(sc.parties.map((p) => [p.id, p.id === party ? (s.reservation[p.id] ?? 0) : 0]));

/** A reason with its figures blanked: an AI's values, target and reservation are its own. */
const blankReason = (r: Reason): Reason => ({
  ...r,
  perIssue: {},
  value: null,
  target: 0,
  reservation: 0,
  redLine: null,
  cause: null,
  summary: '',
});

/** A log entry as a player may see it: AI reasons stripped, an answer's package and issues kept, its figures not. */
function publicEntry(e: LogEntry): LogEntry {
  if (e.kind !== 'action') return e;
  if (e.reason === null && e.answer === null) return e;
  return {
    ...e,
    reason: null,
    answer: e.answer === null ? null : { ...e.answer, reason: blankReason(e.answer.reason) },
  };
}
