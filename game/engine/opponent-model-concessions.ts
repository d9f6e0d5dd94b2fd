// The concession model of another party: its option values read from where it opened and the order of the options,
// where the frequency model (opponent-model.ts) reads them from how often it named them. The frequency model takes
// an option a party conceded for one it wants (it names it in every later offer): on the bilateral benchmark domains
// its option values are 26–29 points off the true ones on average, this model's 9–14 (opponent-model-concessions
// .test.ts). For a party that has made offers (its proposals and its answers to "what would it take?"):
//   favourite  — per issue, the option of its first offer naming the issue (a party opens with what it wants most);
//   values     — on an issue the observer values in order (opponent-model-options.ts: orderedFor), its value falls
//                linearly with the distance from the favourite in the option order, to 0 at the farthest option;
//                on another issue the favourite is 100 and the others keep the frequency model's values, at most
//                UNORDERED_CAP.
// Weights, evidence and named red lines are the frequency model's (estimates of the weights from the order of its
// concessions were tried and did no better). A party with no offer yet keeps the frequency model.
// Not yet used in play: it is meant for rules revision 5's Nash aim (nash-aim.ts), where, measured with the hold
// share raised, it brought Itex–Cypress from 13.8 to 6–7 points from the Nash point but let the share of
// Pareto-optimal deals fall below 95% (the offers still come from the frequency model), and left England–Zimbabwe
// at 12–13 (the weights, not the values, are its error there). Recomputed purely from the log, cached per log
// length as the frequency model is. Integer maths.
import { issueOf } from './lookup';
import { type OpponentModel, opponentModels } from './opponent-model';
import { orderedFor } from './opponent-model-options';
import { own } from './own';
import type { CompiledScenario, IssueId, OptionId, Package, Party, PartyId } from './scenario';
import type { GameState } from './state';

/** The highest value an option other than the favourite keeps on an issue read as unordered. */
export const UNORDERED_CAP = 50;

const cache = new WeakMap<GameState['log'], Map<string, OpponentModel[]>>();

/** Concession models of the given parties over the given issues, seen by `observer` (see the header). */
export function concessionModels(
  sc: CompiledScenario,
  s: GameState,
  parties: readonly PartyId[],
  issues: readonly IssueId[],
  observer: Party,
): OpponentModel[] {
  let byKey = cache.get(s.log);
  if (!byKey) {
    byKey = new Map();
    cache.set(s.log, byKey);
  }
  const key = `${s.log.length}|${sc.id}|${parties.join(',')}|${issues.join(',')}|${observer.id}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  if (byKey.size > 64) byKey.clear();
  const base = opponentModels(sc, s, parties, issues, observer);
  const offers = offersOf(s, parties);
  const made = base.map((m, i) => refine(sc, m, offers[i]!, issues, observer));
  byKey.set(key, made);
  return made;
}

/** Per party, its offers in log order: proposals, and the packages of its answers to "what would it take?". */
function offersOf(s: GameState, parties: readonly PartyId[]): Package[][] {
  const out = parties.map((): Package[] => []);
  for (const e of s.log) {
    if (e.kind !== 'action') continue;
    const a = e.action;
    if (a.type === 'offer.propose') {
      const i = parties.indexOf(a.party);
      if (i >= 0) out[i]!.push(a.package);
    } else if (a.type === 'ask.whatWouldItTake' && e.answer) {
      const i = parties.indexOf(a.target);
      if (i >= 0) out[i]!.push(e.answer.package);
    }
  }
  return out;
}

function refine(
  sc: CompiledScenario,
  m: OpponentModel,
  offers: readonly Package[],
  issues: readonly IssueId[],
  observer: Party,
): OpponentModel {
  if (offers.length === 0) return m;
  const values: Record<IssueId, Record<OptionId, number>> = {};
  for (const id of issues) {
    const issue = issueOf(sc, id);
    const fav = offers.map((p) => own(p, id)).find((o) => o !== undefined);
    const k = fav === undefined ? -1 : issue.options.findIndex((o) => o.id === fav);
    if (k < 0) {
      values[id] = { ...own(m.values, id) };
      continue;
    }
    const row: Record<OptionId, number> = {};
    if (orderedFor(observer, issue)) {
      const far = Math.max(k, issue.options.length - 1 - k);
      issue.options.forEach((o, j) => {
        row[o.id] = far === 0 ? 100 : 100 - Math.floor((Math.abs(j - k) * 100) / far);
      });
    } else {
      const freq = own(m.values, id) ?? {};
      for (const o of issue.options) row[o.id] = o.id === fav ? 100 : Math.min(UNORDERED_CAP, own(freq, o.id) ?? 0);
    }
    values[id] = row;
  }
  return { ...m, values };
}
