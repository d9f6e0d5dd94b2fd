// A new game: the initial state of a scenario for a seed and a seating. Trust, gauges and control come from the
// scenario (map regions' shares), reservations from the parties; each AI statechart enters its initial stance
// (running its entry actions); then phase 0 starts: 'phase.started' to every AI, round 1's scheduled events, and
// the chance rolls. Parties without a seat given are seated 'ai'. From rules revision 4 the charts are XState
// machines with demand regions and a context (chart.ts), whose first snapshot every party keeps. From rules revision 3, every party first draws its
// temperament from the game's PRNG (temperament.ts).
import { produce } from 'immer';
import { chartInitial } from './chart';
import { startPhase } from './flow';
import { initialStep } from './machines';
import { own } from './own';
import { seedState } from './prng';
import { applyChartStep, applyStep } from './reactions';
import type { ByParty, CompiledScenario } from './scenario';
import { type GameState, RULES_REVISION, type Seat, STATE_FORMAT } from './state';
import { drawTemperaments } from './temperament';

export interface NewGameOptions {
  seed: number;
  seats?: Partial<ByParty<Seat>>;
  /** Rules revision (default: the current RULES_REVISION); replays pass the one they were recorded under. */
  rules?: number;
}

export function newGame(sc: CompiledScenario, options: NewGameOptions): GameState {
  const [base, rules] = startState(sc, options);
  return produce(base, (d) => enter(sc, d, rules));
}

/**
 * The same state as newGame, built without Immer and left unfrozen for the caller to mutate (runGame plays a whole
 * game on it). Drafting the whole state through Immer's proxies cost a tenth of a headless game; the recipe is the
 * same function, run on a fresh object nothing else holds. Like the states runGame goes on to make, it holds the
 * charts' interned snapshots (chart.ts), which nothing mutates: a step replaces a snapshot, never edits it.
 */
export function newGameMutable(sc: CompiledScenario, options: NewGameOptions): GameState {
  const [base, rules] = startState(sc, options);
  enter(sc, base, rules);
  return base;
}

/** The state before any chart has entered its first stance, and the rules revision (every object in it is new). */
function startState(sc: CompiledScenario, options: NewGameOptions): [GameState, number] {
  const seats: ByParty<Seat> = {};
  const ai: GameState['ai'] = {};
  const insisted: GameState['insisted'] = {};
  const conceded: GameState['conceded'] = {};
  const lastOffer: GameState['lastOffer'] = {};
  const reservation: ByParty<number> = {};
  const trust: GameState['trust'] = {};
  for (const p of sc.parties) {
    seats[p.id] = own(options.seats, p.id) ?? 'ai';
    ai[p.id] = { value: p.ai.initial, context: {}, cause: null };
    insisted[p.id] = [];
    conceded[p.id] = [];
    lastOffer[p.id] = null;
    reservation[p.id] = p.reservation;
    trust[p.id] = { ...sc.trust[p.id] };
  }
  const rules = options.rules ?? RULES_REVISION;
  // Revision 3: temperaments are the first draws of the game's PRNG.
  const [temperament, rng] =
    rules >= 3 ? drawTemperaments(sc, seedState(options.seed)) : [null, seedState(options.seed)];
  const base: GameState = {
    stateFormat: STATE_FORMAT,
    ...(rules !== 1 ? { rules } : {}),
    scenario: { id: sc.id, version: sc.version, contentHash: sc.contentHash },
    seed: options.seed,
    rng,
    seats,
    phase: 0,
    round: 1,
    speakerIndex: 0,
    turn: 0,
    table: null,
    commitments: {},
    agreements: [],
    reservation,
    trust,
    gauges: Object.fromEntries(sc.gauges.map((g) => [g.id, g.initial])),
    control: Object.fromEntries((sc.map?.regions ?? []).map((r) => [r.id, r.share])),
    ai,
    insisted,
    conceded,
    lastOffer,
    walkedOut: [],
    ...(temperament ? { temperament } : {}),
    fired: [],
    log: [],
    outcome: null,
  };
  return [base, rules];
}

/** Every chart enters its first stance, then phase 0 starts (on a draft, or on a fresh object nothing else holds). */
function enter(sc: CompiledScenario, d: GameState, rules: number): void {
  for (const p of sc.parties) {
    // Rules revision 4: every party gets its chart's first snapshot (a human seat may be handed to the AI later);
    // only an AI seat's chart speaks and changes trust.
    if (rules >= 4) {
      const first = chartInitial(sc, p.id);
      if (d.seats[p.id] === 'ai') applyChartStep(sc, d, p.id, first, null, null, true);
      else d.ai[p.id]!.chart = first.chart;
      continue;
    }
    if (d.seats[p.id] !== 'ai') continue;
    const first = initialStep(sc, p.id);
    d.ai[p.id]!.value = first.value;
    applyStep(sc, d, p.id, null, first, null);
  }
  if (!d.outcome) startPhase(sc, d, 0);
}
