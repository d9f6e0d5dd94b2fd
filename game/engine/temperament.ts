// Temperaments (rules revision 3): per game, each delegation draws how it negotiates from the game's PRNG, so that
// all-AI games of one scenario differ with the seed while every figure stays a pure function of the seed.
//   pace     — percent speed of its concession clock: it reads its stance's curve at t' = min(100, t × pace / 100)
//              (above 100 it concedes sooner, below later);
//   opening  — the highest share of the span above no deal it ever asks: ask = min(curve(t'), opening);
//   patience — how late it starts to take the best offer seen rather than hold out for its target (acceptance.ts):
//              the late window opens at t = 60 + patience × 35 / 100 (60–95).
// Each is drawn uniformly from an inclusive integer range; a scenario may narrow a party's ranges
// (`temperament` under the party in the file, see docs/scenario-format.md), else DEFAULT_TEMPERAMENT_RANGES applies.
import { nextInt } from './prng';
import type { CompiledScenario, PartyId } from './scenario';

export interface Temperament {
  pace: number; // 50–200, percent
  opening: number; // 50–100, percent of the span
  patience: number; // 0–100
}

export type TemperamentRanges = { [K in keyof Temperament]: readonly [min: number, max: number] };

export const DEFAULT_TEMPERAMENT_RANGES: TemperamentRanges = {
  pace: [75, 130],
  opening: [80, 100],
  patience: [0, 100],
};

/** The order the fields are drawn in (part of the rules: changing it changes every game of revision 3). */
const FIELDS = ['pace', 'opening', 'patience'] as const;

/** Draws every party's temperament, in scenario party order, from the PRNG state; returns them and the next state. */
export function drawTemperaments(
  sc: CompiledScenario,
  rng0: number,
): [temperaments: Record<PartyId, Temperament>, rng: number] {
  let rng = rng0;
  const out: Record<PartyId, Temperament> = {};
  for (const p of sc.parties) {
    const ranges = { ...DEFAULT_TEMPERAMENT_RANGES, ...(p.temperament ?? {}) };
    const t = { pace: 100, opening: 100, patience: 50 };
    for (const f of FIELDS) {
      const [lo, hi] = ranges[f];
      const [k, next] = nextInt(rng, hi - lo + 1);
      rng = next;
      t[f] = lo + k;
    }
    out[p.id] = t;
  }
  return [out, rng];
}

/**
 * The concession clock a temperament reads its curve at: min(100, t × pace / 100). Rules revision 6: never more than
 * half-way from t to the deadline, so a quick party no longer reaches the end of its curve (asking nothing above no
 * deal) well before the deadline (at t = 77 for pace 130) and takes the first package that beats no deal.
 */
export const pacedTime = (t: number, temper: Temperament | undefined, rules = 5): number => {
  if (!temper) return t;
  const paced = Math.min(100, Math.floor((t * temper.pace) / 100));
  return rules >= 6 ? Math.min(paced, t + Math.floor((100 - t) / 2)) : paced;
};

/** The ask after the opening cap. */
export const cappedAsk = (ask: number, temper: Temperament | undefined): number =>
  temper ? Math.min(ask, temper.opening) : ask;

/** Time (percent of the game) from which the party takes the best offer it has seen (see acceptance.ts). */
export const lateFrom = (temper: Temperament | undefined): number =>
  temper ? 60 + Math.floor((temper.patience * 35) / 100) : 100;

/** One plain line for the debrief. */
export function describeTemperament(t: Temperament): string {
  const pace = t.pace > 110 ? 'quick to concede' : t.pace < 90 ? 'slow to concede' : 'steady';
  const patience = t.patience >= 67 ? 'patient' : t.patience <= 33 ? 'impatient' : 'fairly patient';
  return `${pace} (pace ${t.pace}%), opens asking ${t.opening}% of what lies above no deal, ${patience} (${t.patience})`;
}
