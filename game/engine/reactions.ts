// How the AI statecharts hear about the game. The rules send events ('offer.received', 'round.elapsed',
// 'world.<id>', …) to AI-seated parties; each event carries the facts the guards read. The actions XState selects
// are applied here to the draft state:
//   say → log one of the stance's lines of that key (chosen by turn, so no PRNG draw is needed);
//   adjustTrust → the party's trust in another, ± delta, clamped 0–100;
//   moveReservation → its own reservation, clamped 0–100;
//   insist / concede → recorded publicly; walkOut → the game ends with outcome 'walkout'.
// A change of stance records the event as its cause and logs a 'stance' entry; a line spoken logs a 'said' entry.
// Rules revision 4: the event goes through the party's chart (chart.ts), where XState runs the actions — the
// context's (demands, aspiration, patience, trust) as assigns; the trust row is written back to the game state; the
// others are emitted, and applied here as above.
import { type ChartStep, chartHandles, chartStep } from './chart';
import type { Facts } from './guards';
import { pickLine, spoken } from './line-choice';
import { pushLog } from './log';
import { partyOf, phaseAt } from './lookup';
import { type AiEvent, type Step, step } from './machines';
import { endGame } from './outcome';
import type { AiAction, AiEventType, CompiledScenario, Package, PartyId } from './scenario';
import { type GameState, rulesOf } from './state';
import { packageValue } from './values';

export const clamp100 = (n: number): number => (n < 0 ? 0 : Math.min(n, 100));

export function factsFor(
  sc: CompiledScenario,
  s: GameState,
  receiver: PartyId,
  from: PartyId | null,
  offer: Package | null,
): Facts {
  const judged = offer ?? s.table?.package ?? null;
  const party = partyOf(sc, receiver);
  return {
    from,
    offer: judged,
    offerValue: judged ? packageValue(sc, party, judged, s.commitments) : null,
    round: s.round,
    turn: s.turn,
    phase: phaseAt(sc, s.phase).id,
    // Not copied: the facts live only for one XState step inside the produce, and copying draft rows is costly.
    trust: s.trust[receiver]!,
    gauges: s.gauges,
  };
}

/** Sends one event to one party if its seat is AI; applies the resulting stance change and actions. */
export function notify(
  sc: CompiledScenario,
  d: GameState,
  receiver: PartyId,
  type: string,
  from: PartyId | null,
  offer: Package | null = null,
): void {
  if (d.outcome || d.seats[receiver] !== 'ai') return;
  if (rulesOf(d) >= 4) {
    notifyChart(sc, d, receiver, type, from, offer);
    return;
  }
  const before = d.ai[receiver]!.value;
  // A stance with no transition for this event cannot react: skip building the facts and the XState step (the
  // result would be the same, at a fraction of the cost).
  if (!partyOf(sc, receiver).ai.states[before]?.on[type as AiEventType]) return;
  const event: AiEvent = { type, facts: factsFor(sc, d, receiver, from, offer) };
  const result = step(sc, receiver, before, event);
  if (result) applyStep(sc, d, receiver, before, result, type, offer);
}

/** Rules revision 4: the event through the party's chart; an event no active state handles costs nothing. */
function notifyChart(
  sc: CompiledScenario,
  d: GameState,
  receiver: PartyId,
  type: string,
  from: PartyId | null,
  offer: Package | null,
): void {
  const chart = d.ai[receiver]!.chart;
  if (!chart || !chartHandles(sc, receiver, chart, type)) return;
  const facts = factsFor(sc, d, receiver, from, offer);
  const result = chartStep(sc, receiver, chart, d.trust[receiver]!, { type, facts });
  if (result) applyChartStep(sc, d, receiver, result, type, offer);
}

/**
 * Rules revision 4: takes a chart's step into the state — the persisted snapshot, the stance it shows (a change logs
 * a 'stance' entry, as before), the trust row its context holds — then applies the effects it emitted, in order.
 */
export function applyChartStep(
  sc: CompiledScenario,
  d: GameState,
  party: PartyId,
  result: ChartStep,
  cause: string | null,
  offer: Package | null = null,
  initial = false,
): void {
  const snap = d.ai[party]!;
  const before = snap.value;
  const after = result.chart.value.stance!;
  snap.chart = result.chart;
  const row = d.trust[party]!;
  for (const p in result.trust) if (row[p] !== result.trust[p]) row[p] = result.trust[p]!;
  if (!initial && after !== before) {
    d.ai[party] = { value: after, context: {}, cause, chart: result.chart };
    const mood = sc.parties.find((p) => p.id === party)!.ai.states[after]?.mood ?? 'probing';
    pushLog(sc, d, { kind: 'stance', party, from: before, to: after, mood, cause });
  } else snap.value = after;
  for (const a of result.effects) {
    if (d.outcome) return;
    applyAiAction(sc, d, party, a, offer);
  }
}

/** Sends an event to every AI party except `except`. */
export function notifyAll(
  sc: CompiledScenario,
  d: GameState,
  type: string,
  from: PartyId | null,
  except: PartyId | null = null,
  offer: Package | null = null,
): void {
  for (const p of sc.parties) if (p.id !== except) notify(sc, d, p.id, type, from, offer);
}

export function applyStep(
  sc: CompiledScenario,
  d: GameState,
  party: PartyId,
  before: string | null,
  result: Step,
  cause: string | null,
  offer: Package | null = null,
): void {
  if (before !== null && result.value !== before) {
    d.ai[party] = { value: result.value, context: {}, cause };
    const mood = sc.parties.find((p) => p.id === party)!.ai.states[result.value]?.mood ?? 'probing';
    pushLog(sc, d, { kind: 'stance', party, from: before, to: result.value, mood, cause });
  }
  for (const a of result.actions) {
    if (d.outcome) return;
    applyAiAction(sc, d, party, a, offer);
  }
}

function applyAiAction(sc: CompiledScenario, d: GameState, party: PartyId, a: AiAction, offer: Package | null): void {
  switch (a.type) {
    case 'say': {
      const stance = sc.parties.find((p) => p.id === party)!.ai.states[d.ai[party]!.value];
      const lines = stance?.lines[a.params.line] ?? [];
      if (lines.length === 0) return;
      if (rulesOf(d) >= 4) {
        // Revision 4: a line about a package is said only when it fits the offer the party reacts to (or the table).
        const line = pickLine(
          lines,
          { kind: a.params.line, package: offer ?? d.table?.package ?? null, issue: null },
          d.turn,
        );
        if (line) pushLog(sc, d, { kind: 'said', party, line: spoken(line) });
        return;
      }
      pushLog(sc, d, { kind: 'said', party, line: spoken(lines[d.turn % lines.length]!) });
      return;
    }
    case 'adjustTrust': {
      const row = d.trust[party]!;
      row[a.params.party] = clamp100((row[a.params.party] ?? 0) + a.params.delta);
      return;
    }
    case 'moveReservation':
      d.reservation[party] = clamp100((d.reservation[party] ?? 0) + a.params.delta);
      return;
    case 'insist':
      if (!d.insisted[party]!.includes(a.params.issue)) d.insisted[party]!.push(a.params.issue);
      return;
    case 'concede':
      if (!d.conceded[party]!.includes(a.params.issue)) d.conceded[party]!.push(a.params.issue);
      return;
    case 'walkOut':
      endGame(sc, d, 'walkout', party);
      return;
  }
}
