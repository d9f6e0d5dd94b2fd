// Replays: a game is a pure function of (scenario, seed, seats, the humans' actions), so a replay stores exactly
// those, plus a short hash of the state after every turn and the full hash of the final state. Playing a replay
// back recomputes every AI decision and compares each turn's hash, so a tampered or out-of-date replay says
// "diverged at turn N". The same record is the autosave: loading a save is playing its replay back.
//   makeReplay(sc, state, meta)   → Replay  (replays the human actions found in the state's log to collect hashes)
//   playReplay(sc, replay, upTo?) → Result<PlaybackState[], ReplayError>  (every turn's state, checked)
//   verifyReplay(sc, replay)      → Result<GameState, ReplayError>
import { produce } from 'immer';
import type { Action } from './actions';
import { aiDecide } from './ai';
import { applyChair, applyChairToDraft, CHAIR_RULES, type ChairAction, type RecordedChair } from './chair';
import type { RuleError } from './errors';
import { canonicalJson, hashString, stateHash } from './hash';
import { newGame } from './newgame';
import { err, ok, type Result } from './result';
import { applyAction, applyActionToDraft, speaker } from './rules';
import type { ByParty, CompiledScenario } from './scenario';
import {
  type GameState,
  type LogEntry,
  type OutcomeKind,
  type Reason,
  RULES_REVISION,
  rulesOf,
  type Seat,
} from './state';

export const REPLAY_FORMAT = 'summit-replay' as const;
export const REPLAY_VERSION = 1 as const;

/** A human action and the game turn at which it was taken. */
export interface RecordedAction {
  turn: number;
  action: Action;
}

export interface Replay {
  format: typeof REPLAY_FORMAT;
  version: typeof REPLAY_VERSION;
  game: string; // version of Summit that recorded it
  scenario: { id: string; version: string; contentHash: string };
  seed: number;
  seats: ByParty<Seat>;
  actions: RecordedAction[];
  /** 8 hex characters of the state hash after each turn, turn 0 first (the state after the turn's action). */
  hashes: string[];
  finalHash: string; // the full 16-character play hash of the last state
  outcome: { kind: OutcomeKind; values: ByParty<number> } | null;
  /** The rules revision the game was played under (absent: 1, the first release). See RULES_REVISION. */
  rules?: number;
  /** Set on a branch: the replay it was branched from and the turn it branched at. */
  parent: { finalHash: string; turn: number } | null;
  /**
   * Set on a branch where players took over other seats: from `turn` on, these are the seats. (Absent in
   * replays recorded without a change of seats; `seats` above are the seats at the start.) Written by earlier
   * builds; still read, as the first change of seats.
   */
  reseat?: { turn: number; seats: ByParty<Seat> } | null;
  /**
   * Every change of seats, in the order made: a branch of a branch, or a seat taken over in the middle of a game
   * (an AI for a player who left). Each holds from its turn on, until the next.
   */
  reseats?: Reseat[];
  /**
   * The chair's interventions (rules 4 on: a class's instructor injected a world event, a phase clock ran out),
   * each before the action of its turn, in the order made. Absent when there were none.
   */
  chair?: RecordedChair[];
  /**
   * The scenario's YAML text, carried when the game was played on a scenario the game does not bundle (a file the
   * player opened, one written in the studio): the replay then plays back with no other file. Its hash must be
   * `scenario.contentHash` (parseReplay checks it). Absent for bundled scenarios and in replays of earlier builds.
   */
  scenarioText?: string;
}

/** A change of seats: from `turn` on (before that turn's action), these are the seats. */
export interface Reseat {
  turn: number;
  seats: ByParty<Seat>;
}

/** A replay's changes of seats in the order they apply: the old single `reseat` first, then the list. */
export const reseatsOf = (r: Pick<Replay, 'reseat' | 'reseats'>): Reseat[] => [
  ...(r.reseat ? [r.reseat] : []),
  ...(r.reseats ?? []),
];

/** The seats that held at a turn of a replay. */
export const seatsAt = (r: Pick<Replay, 'seats' | 'reseat' | 'reseats'>, turn: number): ByParty<Seat> => {
  let seats = r.seats;
  for (const change of reseatsOf(r)) if (turn >= change.turn) seats = change.seats;
  return seats;
};

/** The game state with the replay's change of seats applied (through Immer, like every state change). */
export function reseated(s: GameState, seats: ByParty<Seat>): GameState {
  return produce(s, (d) => {
    d.seats = { ...seats };
  });
}

export type ReplayError =
  | { code: 'scenario-mismatch'; message: string }
  | { code: 'bad-action'; turn: number; message: string }
  | { code: 'diverged'; turn: number; message: string }
  /** The game plays back, but the outcome the file records about it says otherwise. */
  | { code: 'untrue'; turn: number; message: string };

/**
 * The hash a replay checks: the whole game state except the log's wording, which is kept only as its length.
 * Most decisions show in the state (table, stances, trust, commitments, outcome…), so a divergence is caught at
 * its turn, while a better-worded transcript line in a later build does not break the replays already shared.
 * From rules revision 3 on it also covers every action taken (actionTrace): an action that changes nothing else,
 * such as a question answered or a pass, could otherwise be swapped for another unnoticed. Revisions 1 and 2 keep
 * the hash they were recorded with, so their replays, saves and links still verify.
 */
export const playHash = (s: GameState): string =>
  rulesOf(s) >= 3
    ? stateHash({ ...s, log: [s.log.length, actionTrace(s.log)] })
    : stateHash({ ...s, log: s.log.length });

/** Each log entry's trace so far, and the entry before it when it was computed (to notice a different log). */
const traced = new WeakMap<LogEntry, { prev: LogEntry | null; trace: string }>();

/**
 * A hash chained over the actions in the log, in order ('' before the first). The engine only ever appends to a
 * log and consecutive states share their entries, so the trace is remembered per entry and each playHash hashes
 * only the new ones: verifying a long game stays linear in its length. (A log edited in place in the middle would
 * be misread; no code does that, and a log read from a file has fresh entries, so a tampered file is never.)
 */
export function actionTrace(log: readonly LogEntry[]): string {
  let i = log.length - 1;
  let trace = '';
  for (; i >= 0; i--) {
    const known = traced.get(log[i]);
    if (known !== undefined && known.prev === (i > 0 ? log[i - 1] : null)) {
      trace = known.trace;
      break;
    }
  }
  for (let j = i + 1; j < log.length; j++) {
    const e = log[j];
    if (e.kind === 'action') trace = hashString(`${trace}|${canonicalJson(e.action)}`);
    traced.set(e, { prev: j > 0 ? log[j - 1] : null, trace });
  }
  return trace;
}

/** Short per-turn hash: the first 8 hex characters of the play hash. */
export const turnHash = (s: GameState): string => playHash(s).slice(0, 8);

/** One step of a replay: the state after `turn` actions, and the action that led there (null for the start). */
export interface PlaybackStep {
  turn: number;
  action: Action | null;
  state: GameState;
}

/** How a replay's game starts: its seed, its first seats and the rules revision it was recorded under. */
const startOptions = (r: Pick<Replay, 'seed' | 'seats' | 'rules'>) => ({
  seed: r.seed,
  seats: r.seats,
  rules: r.rules ?? 1,
});

function checkScenario(sc: CompiledScenario, r: Replay): ReplayError | null {
  if ((r.rules ?? 1) > RULES_REVISION) {
    return {
      code: 'scenario-mismatch',
      message: `This replay was made by a newer version of Summit (rules ${r.rules}); this build has rules ${RULES_REVISION}.`,
    };
  }
  if (r.chair && r.chair.length > 0 && (r.rules ?? 1) < CHAIR_RULES) {
    return {
      code: 'scenario-mismatch',
      message: `This replay records interventions its rules (${r.rules ?? 1}) do not have.`,
    };
  }
  if (r.scenario.id !== sc.id) {
    return { code: 'scenario-mismatch', message: `This replay is of scenario '${r.scenario.id}', not '${sc.id}'.` };
  }
  // The seats must be the scenario's parties: an extra seat would otherwise be ignored, a missing one guessed.
  for (const seats of r.reseat ? [r.seats, r.reseat.seats] : [r.seats]) {
    const unknown = Object.keys(seats).find((p) => !sc.parties.some((q) => q.id === p));
    const missing = sc.parties.find((p) => !Object.hasOwn(seats, p.id));
    if (unknown !== undefined || missing !== undefined) {
      return {
        code: 'scenario-mismatch',
        message:
          unknown !== undefined
            ? `This replay seats a party '${unknown}' that scenario '${sc.id}' does not have.`
            : `This replay has no seat for '${missing!.id}' of scenario '${sc.id}'.`,
      };
    }
  }
  if (r.scenario.version !== sc.version || r.scenario.contentHash !== sc.contentHash) {
    return {
      code: 'scenario-mismatch',
      message: `This replay needs version ${r.scenario.version} of '${sc.id}' (this build has version ${sc.version}${
        r.scenario.version === sc.version ? ' with different content' : ''
      }).`,
    };
  }
  return null;
}

/** How a replay is played forward: keeping every state (the viewer), or only the last one (verification). */
interface Stepper {
  state(): GameState;
  apply(action: Action, reason: Reason | null): RuleError | null;
  reseat(seats: ByParty<Seat>): void;
  chair(c: ChairAction): RuleError | null;
}

/** One immutable state per turn, through applyAction (each a produce): what the viewer shows. */
function keepingStepper(sc: CompiledScenario, start: GameState): Stepper {
  let s = start;
  return {
    state: () => s,
    apply(action, reason) {
      const r = applyAction(sc, s, action, { reason });
      if (!r.ok) return r.error;
      s = r.value;
      return null;
    },
    reseat(seats) {
      s = reseated(s, seats);
    },
    chair(c) {
      const r = applyChair(sc, s, c);
      if (!r.ok) return r.error;
      s = r.value;
      return null;
    },
  };
}

/**
 * The same rule recipes on a private copy (as runGame does): verification only needs the hash after each turn,
 * and skipping Immer's proxies makes it several times faster.
 */
function privateStepper(sc: CompiledScenario, start: GameState): Stepper {
  const d: GameState = JSON.parse(JSON.stringify(start));
  return {
    state: () => d,
    apply: (action, reason) => applyActionToDraft(sc, d, action, { reason }),
    reseat(seats) {
      d.seats = { ...seats };
    },
    chair: (c) => applyChairToDraft(sc, d, c),
  };
}

/** Plays the replay forward with the stepper, checking every turn's hash; `onStep` sees each new state. */
function forward(
  sc: CompiledScenario,
  r: Replay,
  upTo: number,
  st: Stepper,
  onStep: (turn: number, action: Action, state: GameState) => void,
): ReplayError | null {
  let next = 0; // index into r.actions
  const whole = upTo === Number.POSITIVE_INFINITY;
  // An unfinished game's recording ends at its last recorded turn: AI turns still to come when it was saved are no
  // part of it (as when a save is resumed).
  const end = whole && r.outcome === null ? r.hashes.length : upTo;
  const reseats = reseatsOf(r);
  const chairs = r.chair ?? [];
  let nextChair = 0;
  /** The chair's interventions made before this turn's action (none in a replay without them). */
  const chairAt = (turn: number): ReplayError | null => {
    while (nextChair < chairs.length && chairs[nextChair]!.turn === turn && st.state().outcome === null) {
      const problem = st.chair(chairs[nextChair]!.chair);
      if (problem) return { code: 'bad-action', turn, message: `Diverged at turn ${turn}: ${problem.message}` };
      nextChair++;
    }
    return null;
  };
  for (let s = st.state(); s.outcome === null && s.turn < end; s = st.state()) {
    // Changes of seats made at this turn hold from its action on.
    for (const change of reseats) if (change.turn === s.turn) st.reseat(change.seats);
    if (chairs.length > 0) {
      const problem = chairAt(s.turn);
      if (problem) return problem;
      if (st.state().outcome !== null) break; // the chair ended the last phase: the game is over
    }
    s = st.state();
    const p = speaker(sc, s)!;
    const turn = s.turn;
    let action: Action;
    let reason: Reason | null = null;
    if (s.seats[p] === 'ai') {
      const d = aiDecide(sc, s, p);
      action = d.action;
      reason = d.reason;
    } else {
      const rec = r.actions[next];
      if (rec === undefined) break; // an unfinished game: the humans had not acted further
      if (rec.turn !== turn || rec.action.party !== p) {
        return {
          code: 'bad-action',
          turn,
          message: `Diverged at turn ${turn}: the recorded action is not ${p}'s at this turn.`,
        };
      }
      action = rec.action;
      next++;
    }
    const problem = st.apply(action, reason);
    if (problem) return { code: 'bad-action', turn, message: `Diverged at turn ${turn}: ${problem.message}` };
    const expected = r.hashes[turn];
    if (expected !== undefined && expected !== turnHash(st.state())) {
      return { code: 'diverged', turn, message: `Diverged at turn ${turn}: the game no longer matches the recording.` };
    }
    onStep(st.state().turn, action, st.state());
  }
  if (whole) {
    // A branch saved at the very turn it changed seats: the loop stopped before that turn could apply them.
    const last = st.state();
    if (r.reseat && last.turn === r.reseat.turn && last.outcome === null) st.reseat(r.reseat.seats);
    // Interventions made after the last recorded turn (an unfinished game saved right after one).
    if (chairs.length > 0) {
      const problem = chairAt(last.turn);
      if (problem) return problem;
      if (nextChair < chairs.length) {
        const turn = chairs[nextChair]!.turn;
        return {
          code: 'bad-action',
          turn,
          message: `Diverged at turn ${turn}: an intervention recorded after the game ended.`,
        };
      }
    }
    if (next < r.actions.length) {
      const turn = r.actions[next].turn;
      return { code: 'bad-action', turn, message: `Diverged at turn ${turn}: actions recorded after the game ended.` };
    }
    const s = st.state();
    if (r.hashes.length !== s.turn) {
      const message = `Diverged at turn ${s.turn}: the replay records ${r.hashes.length} turns, but the game plays back in ${s.turn}.`;
      return { code: 'diverged', turn: s.turn, message };
    }
    const untrue = recordedFieldMismatch(r, s);
    if (untrue) return { code: 'untrue', turn: s.turn, message: untrue };
    if (playHash(s) !== r.finalHash) {
      return { code: 'diverged', turn: s.turn, message: `Diverged at turn ${s.turn}: the final state does not match.` };
    }
  }
  return null;
}

const OUTCOME_WORDS: Record<OutcomeKind, string> = {
  agreement: 'an agreement',
  'no-deal': 'no deal',
  walkout: 'a walk-out',
};

/**
 * The first thing the replay records about the ending that the played-back game contradicts (the outcome, each
 * party's value), as a sentence; null when they all hold. The final hash covers the state, not these copies of it, so a
 * file edited to claim another ending would otherwise verify.
 */
function recordedFieldMismatch(r: Replay, s: GameState): string | null {
  const played = s.outcome;
  const claimed = r.outcome;
  if (played === null || claimed === null) {
    if (played === claimed) return null;
    const said = claimed === null ? 'an unfinished game' : OUTCOME_WORDS[claimed.kind];
    const is = played === null ? 'is unfinished' : `ends in ${OUTCOME_WORDS[played.kind]}`;
    return `The replay records ${said}, but the game played back ${is}.`;
  }
  if (claimed.kind !== played.kind) {
    return `The replay records ${OUTCOME_WORDS[claimed.kind]}, but the game played back ends in ${OUTCOME_WORDS[played.kind]}.`;
  }
  // Own keys only: a party id may be any slug, 'constructor' included.
  const value = (values: ByParty<number>, p: string) => (Object.hasOwn(values, p) ? values[p] : undefined);
  for (const p of new Set([...Object.keys(played.values), ...Object.keys(claimed.values)])) {
    const said = value(claimed.values, p);
    const is = value(played.values, p);
    if (said !== is) {
      return `The replay records a value of ${said ?? 'none'} for ${p}, but the game played back gives ${is ?? 'none'}.`;
    }
  }
  return null;
}

/**
 * Plays a replay forward, checking each turn's hash, and returns every step (the start and after each turn).
 * With `upTo`, stops after that many turns (for branching); hashes are still checked on the way.
 */
export function playReplay(
  sc: CompiledScenario,
  r: Replay,
  upTo = Number.POSITIVE_INFINITY,
): Result<PlaybackStep[], ReplayError> {
  const mismatch = checkScenario(sc, r);
  if (mismatch) return err(mismatch);
  const start = newGame(sc, startOptions(r));
  const steps: PlaybackStep[] = [{ turn: 0, action: null, state: start }];
  const problem = forward(sc, r, upTo, keepingStepper(sc, start), (turn, action, state) =>
    steps.push({ turn, action, state }),
  );
  return problem ? err(problem) : ok(steps);
}

/** Plays a replay back and returns its final state, or where and why it diverged. */
export function verifyReplay(sc: CompiledScenario, r: Replay): Result<GameState, ReplayError> {
  const mismatch = checkScenario(sc, r);
  if (mismatch) return err(mismatch);
  const st = privateStepper(sc, newGame(sc, startOptions(r)));
  const problem = forward(sc, r, Number.POSITIVE_INFINITY, st, () => {});
  return problem ? err(problem) : ok(st.state());
}

/** The human actions of a game, in order, from its log (human by the seats that held at each turn). */
export function humanActions(
  s: GameState,
  seats: Pick<Replay, 'seats' | 'reseat' | 'reseats'> = { seats: s.seats },
): RecordedAction[] {
  return s.log.flatMap((e) =>
    e.kind === 'action' && seatsAt(seats, e.turn)[e.party] === 'human' ? [{ turn: e.turn, action: e.action }] : [],
  );
}

/** Records a game (finished or not) as a replay. */
export function makeReplay(
  sc: CompiledScenario,
  s: GameState,
  meta: {
    game: string;
    parent?: Replay['parent'];
    /** For a branch that changed seats: the seats at the start, and the turn the state's seats took over. */
    reseat?: { turn: number; startSeats: ByParty<Seat> } | null;
    /** Every change of seats (written as `reseats`), with the seats at the start. */
    reseats?: { startSeats: ByParty<Seat>; changes: readonly Reseat[] } | null;
    /** The chair's interventions (rules 4 on). */
    chair?: readonly RecordedChair[];
    /**
     * Each turn's hash (turnHash of the state after each action, in order), when the caller recorded them as the
     * game was played (a live Match does): the replay then needs no play-back to collect them. Ignored unless
     * there is one per turn.
     */
    hashes?: readonly string[];
  },
): Replay {
  const draft: Replay = {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    game: meta.game,
    scenario: { id: sc.id, version: sc.version, contentHash: sc.contentHash },
    seed: s.seed,
    seats: { ...(meta.reseats ? meta.reseats.startSeats : meta.reseat ? meta.reseat.startSeats : s.seats) },
    actions: [],
    hashes: [],
    finalHash: playHash(s),
    outcome: s.outcome ? { kind: s.outcome.kind, values: { ...s.outcome.values } } : null,
    parent: meta.parent ?? null,
  };
  if (rulesOf(s) !== 1) draft.rules = rulesOf(s);
  if (meta.reseat) draft.reseat = { turn: meta.reseat.turn, seats: { ...s.seats } };
  if (meta.reseats && meta.reseats.changes.length > 0) {
    draft.reseats = meta.reseats.changes.map((c) => ({ turn: c.turn, seats: { ...c.seats } }));
  }
  if (meta.chair && meta.chair.length > 0)
    draft.chair = meta.chair.map((c) => ({ turn: c.turn, chair: { ...c.chair } }));
  draft.actions = humanActions(s, draft);
  if (meta.hashes !== undefined && meta.hashes.length === s.turn) {
    draft.hashes = [...meta.hashes];
    return draft;
  }
  // Play it back once, unchecked, to collect each turn's hash (on a private copy: the states are not kept).
  const hashes: string[] = [];
  const st = privateStepper(sc, newGame(sc, startOptions(draft)));
  const unchecked = { ...draft, hashes: [], finalHash: '' };
  if (forward(sc, unchecked, s.turn, st, (_turn, _action, state) => hashes.push(turnHash(state))) === null) {
    draft.hashes = hashes;
  }
  return draft;
}

/** A short id of a replay, for file names and branch parents. */
export const replayId = (r: Replay): string => hashString(`${r.scenario.id}:${r.seed}:${r.finalHash}`).slice(0, 8);
