// The debrief of one game: what each side got, what was possible, and how the game went, with every party's
// preferences revealed. Pure and exact over the whole package space (see analytics.ts for the formulas):
//   surplus(p)        = value(p, outcome) − reservation(p)   (reservations as they stood at the end of the game)
//   gain(p, issue)    = weight × (value of the outcome option − value of the status quo option), in weighted points
//                       (the unit of Reason.perIssue: 100 of them make one value point)
//   joint value       = Σ value over all parties; left on the table = max(0, bestJointValue − joint value)
//   Pareto            = judged for the parties whose consent the deal needs (consentParties)
//   Nash distance     = Σ |value(p, outcome) − value(p, Nash point)| over those parties: an integer, in value points
//                       (a city-block distance keeps it integer; no square root is needed), to the nearest of the
//                       tied Nash packages
// An unfinished game is judged as if it ended now without a further deal (kind 'unfinished').
import { bestJointValue, consentParties, nashPoint, type PackageFigures, paretoImprovement, zopa } from './analytics';
import { type Dance, dance } from './debrief-dance';
import { buildSummary } from './debrief-summary';
import { type TurningPoint, turningPoints } from './debrief-turning-points';
import { computeOutcome } from './outcome';
import type { CompiledScenario, IssueId, OptionId, Package, PartyId } from './scenario';
import type { GameState, OutcomeKind } from './state';
import { describeTemperament } from './temperament';
import { bestOption, issuePoints } from './values';

export type { Dance, DanceOffer } from './debrief-dance';
export type { TurningPoint, TurningPointKind } from './debrief-turning-points';

export interface PartyResult {
  party: PartyId;
  name: string;
  value: number; // of the outcome, 0–100
  reservation: number; // at the end of the game (world events and stances move it)
  initialReservation: number; // as the scenario sets it
  surplus: number; // value − reservation
  nashValue: number | null; // its value at the Nash point
}

export interface IssueResult {
  issue: IssueId;
  name: string;
  outcome: { option: OptionId; label: string };
  statusQuo: { option: OptionId; label: string };
  moved: boolean; // the outcome differs from the status quo
  favourites: Record<PartyId, OptionId>; // each party's best option (first in scenario order on ties)
  gains: Record<PartyId, number>; // weighted points vs the status quo
  gained: PartyId[]; // gain > 0
  gaveWay: PartyId[]; // gain < 0
}

export interface Debrief {
  scenario: { id: string; version: string; title: string };
  player: PartyId | null;
  outcome: { kind: OutcomeKind | 'unfinished'; package: Package; by: PartyId | null; turns: number };
  parties: PartyResult[];
  issues: IssueResult[];
  joint: { value: number; best: number; leftOnTable: number };
  consent: PartyId[]; // the parties whose consent a full deal needs
  pareto: { optimal: boolean; improvement: (PackageFigures & { gain: number }) | null };
  nash: (PackageFigures & { product: number; ties: PackageFigures[]; distance: number }) | null;
  /** Each party's temperament for this game (rules revision 3 on; null before), with a plain description. */
  temperaments:
    | { party: PartyId; name: string; pace: number; opening: number; patience: number; text: string }[]
    | null;
  zopa: { count: number; best: PackageFigures | null };
  dances: Dance[]; // the player against every other party, or every pair when there is no player
  turningPoints: TurningPoint[];
  history: { summary: string; points: string[] } | null;
  summary: string[]; // 3–5 plain sentences written from the figures above
}

export interface AnalyzeOptions {
  /** The seat the debrief is written for; an id that is not a party is ignored. */
  player?: PartyId;
}

export function analyzeGame(sc: CompiledScenario, s: GameState, opts: AnalyzeOptions = {}): Debrief {
  const out = s.outcome ?? computeOutcome(sc, s, 'no-deal', null);
  const kind = s.outcome ? s.outcome.kind : 'unfinished';
  const player = opts.player !== undefined && sc.parties.some((p) => p.id === opts.player) ? opts.player : null;
  const res = out.reservations;
  const consent = consentParties(sc);

  const nashFig = nashPoint(sc, res, consent);
  const nash = nashFig
    ? {
        ...nashFig,
        // To the nearest of the tied Nash packages.
        distance: Math.min(
          ...nashFig.ties.map((t) => consent.reduce((d, p) => d + Math.abs(out.values[p] - t.values[p]), 0)),
        ),
      }
    : null;

  const better = paretoImprovement(sc, out.package, consent);
  const improvement = better
    ? { ...better, gain: consent.reduce((g, p) => g + better.values[p] - out.values[p], 0) }
    : null;

  const parties: PartyResult[] = sc.parties.map((p) => ({
    party: p.id,
    name: p.name,
    value: out.values[p.id],
    reservation: res[p.id],
    initialReservation: p.reservation,
    surplus: out.values[p.id] - res[p.id],
    nashValue: nash ? nash.values[p.id] : null,
  }));

  const issues: IssueResult[] = sc.issues.map((iss) => {
    const chosen = out.package[iss.id];
    const label = (o: OptionId) => iss.options.find((x) => x.id === o)?.label ?? o;
    const favourites: Record<PartyId, OptionId> = {};
    const gains: Record<PartyId, number> = {};
    for (const p of sc.parties) {
      favourites[p.id] = bestOption(sc, p, iss.id);
      gains[p.id] = issuePoints(p, iss.id, chosen) - issuePoints(p, iss.id, iss.statusQuo);
    }
    const ids = sc.parties.map((p) => p.id);
    return {
      issue: iss.id,
      name: iss.name,
      outcome: { option: chosen, label: label(chosen) },
      statusQuo: { option: iss.statusQuo, label: label(iss.statusQuo) },
      moved: chosen !== iss.statusQuo,
      favourites,
      gains,
      gained: ids.filter((id) => gains[id] > 0),
      gaveWay: ids.filter((id) => gains[id] < 0),
    };
  });

  const jointValue = sc.parties.reduce((sum, p) => sum + out.values[p.id], 0);
  const best = bestJointValue(sc, res);

  const figures = { nash: nash?.values ?? null, reservations: res, outcome: out.values };
  const ids = sc.parties.map((p) => p.id);
  const pairs: [PartyId, PartyId][] = player
    ? ids.filter((id) => id !== player).map((id) => [player, id])
    : ids.flatMap((a, i) => ids.slice(i + 1).map((b): [PartyId, PartyId] => [a, b]));

  const debrief: Debrief = {
    scenario: { id: sc.id, version: sc.version, title: sc.title },
    player,
    outcome: { kind, package: { ...out.package }, by: out.by, turns: s.turn },
    parties,
    issues,
    joint: { value: jointValue, best, leftOnTable: Math.max(0, best - jointValue) },
    consent,
    pareto: { optimal: improvement === null, improvement },
    nash,
    zopa: zopa(sc, res),
    dances: pairs.map(([a, b]) => dance(sc, s, a, b, figures)),
    turningPoints: turningPoints(sc, s),
    // Only the delegations the computer played: a human's seat draws a temperament too, but never used it.
    temperaments: s.temperament
      ? sc.parties
          .filter((p) => s.seats[p.id] !== 'human')
          .map((p) => {
            const t = s.temperament![p.id]!;
            return { party: p.id, name: p.name, ...t, text: describeTemperament(t) };
          })
      : null,
    history: sc.history ? { summary: sc.history.summary, points: [...sc.history.points] } : null,
    summary: [],
  };
  debrief.summary = buildSummary(sc, debrief);
  return debrief;
}
