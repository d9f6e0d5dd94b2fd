// What an AI party demands right now, read from its chart's persisted snapshot (rules revision 4: chart.ts; the
// demands are the chart's context, set by its `demand`/`dropDemand` actions as its demand regions move). The AI's
// proposals and acceptances consult it through the stance they are given: the demands become red lines —
//   to sign:  the refused options, and, on an issue where the party names options it insists on or accepts, every
//             option outside them;
//   to offer: the same, and, on an issue where it insists on options, every option outside those.
// Its aspiration caps the share of (best − reservation) its curve asks. Revisions 1–3 have no chart: nothing changes.
import { issueOf } from './lookup';
import { own } from './own';
import type {
  ChartContext,
  CompiledScenario,
  Demand,
  IssueId,
  OptionId,
  Package,
  Party,
  PartyId,
  Stance,
} from './scenario';
import { type GameState, rulesOf } from './state';
import { issuePoints } from './values';

type Context = Omit<ChartContext, 'trust'>;

/** The party's chart context, or null (revisions 1–3, or no chart). */
export function chartContext(s: GameState, party: PartyId): Context | null {
  if (rulesOf(s) < 4) return null;
  return s.ai[party]?.chart?.context ?? null;
}

/** The party's demands per issue (empty before revision 4). */
export function demandsOf(s: GameState, party: PartyId): Readonly<Record<IssueId, Demand>> {
  return chartContext(s, party)?.demands ?? {};
}

/** Whether the party, by its demand on the issue, would sign (`offer` false) or offer (`offer` true) the option. */
export function demandAllows(d: Demand | undefined, option: OptionId, offer: boolean): boolean {
  if (!d) return true;
  if (d.refused.includes(option)) return false;
  if (offer && d.insist.length > 0) return d.insist.includes(option);
  if (d.insist.length + d.acceptable.length === 0) return true;
  return d.insist.includes(option) || d.acceptable.includes(option);
}

// A stance with the demands' red lines added, per (demands object, stance, use): the persisted context is replaced,
// never changed in place, so its identity stands for its contents.
const memo = new WeakMap<object, Map<string, Stance>>();

/** The stance with the demands' red lines added (see the header); the stance itself when there are none. */
export function withDemands(
  sc: CompiledScenario,
  s: GameState,
  party: PartyId,
  stance: Stance,
  offer: boolean,
): Stance {
  const ctx = chartContext(s, party);
  if (!ctx || Object.keys(ctx.demands).length === 0) return stance;
  let byStance = memo.get(ctx.demands);
  if (!byStance) {
    byStance = new Map();
    memo.set(ctx.demands, byStance);
  }
  const key = `${offer ? 'offer' : 'sign'}\u0000${stance.id}`;
  let out = byStance.get(key);
  if (!out) {
    const redLines = [...stance.redLines];
    for (const issue of sc.issues) {
      const d = ctx.demands[issue.id];
      if (!d || !Object.hasOwn(ctx.demands, issue.id)) continue;
      for (const o of issue.options) {
        if (demandAllows(d, o.id, offer)) continue;
        if (!redLines.some((r) => r.issue === issue.id && r.option === o.id)) {
          redLines.push({ issue: issue.id, option: o.id });
        }
      }
    }
    out = { ...stance, redLines };
    byStance.set(key, out);
  }
  return out;
}

/** The ask (0–100) under the party's aspiration: at most the aspiration when the chart sets one. */
export function askUnderAspiration(s: GameState, party: PartyId, ask: number): number {
  const a = chartContext(s, party)?.aspiration;
  return a === null || a === undefined ? ask : Math.min(ask, a);
}

/**
 * The party's best package for the agenda among the options the stance allows (commitments kept; an issue whose
 * every option is ruled out keeps its best option): where its offers start, so that they keep to its demands.
 */
export function bestAllowed(
  sc: CompiledScenario,
  party: Party,
  stance: Stance,
  agenda: readonly IssueId[],
  commitments: Package,
  start: Package,
): Package {
  const out: Package = { ...start };
  for (const issue of agenda) {
    if (own(commitments, issue) !== undefined) continue;
    let pick: OptionId | undefined;
    for (const o of issueOf(sc, issue).options) {
      if (stance.redLines.some((r) => r.issue === issue && r.option === o.id)) continue;
      if (pick === undefined || issuePoints(party, issue, o.id) > issuePoints(party, issue, pick)) pick = o.id;
    }
    if (pick !== undefined) out[issue] = pick;
  }
  return out;
}
