// The AI's decision on its turn, its answer to "what would it take?", and the Reason shown behind "why?".
//   t = integer percent of the game's rounds elapsed: floor(100 × (rounds of earlier phases + round − 1) /
//       (total rounds − 1)), so the last round of the game is t = 100.
//   ask = the current stance's concession curve at t; best = the value of its best package for the phase's
//       agenda (favourite option per agenda issue, committed issues kept as committed);
//       target = reservation + floor((best − reservation) × ask / 100).
//   In the room: accept the table (AC_next) when it is not its own, not yet accepted, worth ≥ target and
//   ≥ reservation, and hits no red line of the current stance. Otherwise build its proposal greedily: from its best
//   package, repeatedly make the single-issue change that costs it the fewest weighted points among the options
//   other consent parties favour (their last offers and the table's offer), keeping value ≥ target and avoiding red
//   lines; ties go to issues others insisted on, then agenda order, then option order; each issue changes at most
//   once. If that proposal equals the table it accepts (or passes when the table is its own or already accepted by
//   it); if it already proposed that same package this phase and the table holds another's offer it rejects,
//   naming the issue that costs it most; if it has accepted another's table it waits (passes); else it proposes.
//   Absent: insist on its highest-weight agenda issue not yet insisted, else threaten the proposer of a table
//   package that hits its red line, else call the party it trusts most, else pass.
// Rules revision 2 (games started by this build; replays keep the revision they were recorded under):
//   Reciprocity: while the table holds the unchanged demand of a proposer that has not moved this phase (see
//   ai-reading.ts), the target is at least the phase-start target, for accepting and counter-proposing alike.
//   The deadline: when a new package could no longer be answered by every consent party this phase, the AI does
//   not propose; in the last phase it then accepts a table that beats no deal (unless from an unmoved proposer).
//   Pressing a holdout: instead of waiting on a package it backs, it threatens (trust < 30) or calls the consent
//   party that last rejected it.
// Rules revision 3 (see RULES_REVISION): the party reads its curve through its temperament (temperament.ts), its
//   reservation is its no-deal value (no-deal.ts), its offers come from a search of the package space against its
//   models of the others (offer-search.ts, opponent-model.ts), and it accepts by acceptance.ts. Before accepting or
//   countering it presses, once per phase, a consent party that blocks the deal over red lines (pressBlocker; a
//   party in a leaving stance is called, never threatened); and in a multilateral last phase the last holdout on a
//   package every other consent party backs takes it when it beats no deal.
// Rules revision 4 (the better negotiator): in the last phase's last rounds its target falls towards no deal (never
//   below the best package every other consent party has backed),
//   and the last holdout waits (endgame.ts) rather than sign at once; its models also learn from answers to "what would it take?" (opponent-model-answers.ts) and
//   read an issue whose options it does not value in order as unordered (opponent-model-options.ts). Its target is held
//   at its estimate of the Nash point until late (nash-aim.ts) and never falls below the best package every other
//   consent party has backed this phase (acceptance.ts: bestBacked); in a bilateral phase, before signing a package it
//   proposes one better for it and no worse for the other by its model, if there is one (pareto-step.ts).
// Red lines are checked on the judged package's own issues (the agenda), not on issues it leaves to status quo.

import { acceptance, backedPackages, bestBacked, holdoutPriority, otherConsent } from './acceptance';
import type { Action, ActionType } from './actions';
import { canStillBeAnswered, phaseStartTime, redLinesStillNamed, unmoved } from './ai-reading';
import { askAt, targetValue } from './curves';
import { askUnderAspiration, bestAllowed, withDemands } from './demands';
import { endgameTarget, holdoutMayWait, inEndgame } from './endgame';
import { LINE_KEY_OF } from './line-choice';
import { causeWords, partyPlural, stanceWords } from './log-sentences';
import { consentOf, issueOf, lookup, optionLabel, partyName, phaseAt } from './lookup';
import { nashFits, nashFloor, nashValue } from './nash-aim';
import { beatsNoDeal, noDealValue } from './no-deal';
import { searchOffer } from './offer-search';
import { opponentModels } from './opponent-model';
import { own } from './own';
import { backedStep, paretoStep, STEP_ROUNDS_LEFT } from './pareto-step';
import type { CompiledScenario, IssueId, OptionId, Package, Party, PartyId, Stance } from './scenario';
import { type GameState, type Reason, rulesOf, type SpokenLine } from './state';
import { cappedAsk, lateFrom, pacedTime } from './temperament';
import { bestOption, issuePoints, packageValue, perIssue, pointsOf, pointsToValue, samePackage } from './values';

export interface AiDecision {
  action: Action;
  reason: Reason;
}

/** What a party is aiming for right now. */
export interface AiOutlook {
  party: Party;
  stance: Stance;
  t: number;
  ask: number;
  best: number;
  start: Package; // its best package for the agenda
  target: number;
  reservation: number;
}

/** Integer percent of the game's rounds elapsed (0 at the first round, 100 at the last). */
export function timeElapsed(sc: CompiledScenario, s: GameState): number {
  const l = lookup(sc);
  const elapsed = (l.roundsBefore[s.phase] ?? 0) + s.round - 1;
  if (l.totalRounds <= 1) return 100;
  return Math.min(100, Math.floor((elapsed * 100) / (l.totalRounds - 1)));
}

export function outlook(sc: CompiledScenario, s: GameState, partyId: PartyId): AiOutlook {
  const party = lookup(sc).party.get(partyId)!;
  // Rules revision 4: the chart's demands are red lines to sign, its aspiration caps the ask (demands.ts).
  const stance = withDemands(sc, s, partyId, party.ai.states[s.ai[partyId]!.value]!, false);
  const t = timeElapsed(sc, s);
  const temper = s.temperament?.[partyId];
  const ask = askUnderAspiration(s, partyId, cappedAsk(askAt(stance.curve, pacedTime(t, temper, rulesOf(s))), temper));
  const start: Package = {};
  for (const id of phaseAt(sc, s.phase).agenda) start[id] = own(s.commitments, id) ?? bestOption(sc, party, id);
  const best = packageValue(sc, party, start, s.commitments);
  const reservation = noDealValue(sc, s, partyId);
  let target = targetValue(reservation, best, ask);
  if (rulesOf(s) >= 4) {
    // Rules revision 4: held at the estimated Nash point until late (nash-aim.ts), then the end game's time pressure
    // (endgame.ts), and never below what all the others backed (acceptance.ts: bestBacked) — not even in the end
    // game: conceding below a package every other consent party has already backed only hands them surplus (Camp
    // David: Egypt played by the AI then did barely better than one that accepts everything).
    const ph = phaseAt(sc, s.phase);
    if (nashFits(sc, ph.agenda, s.commitments)) {
      const models = opponentModels(sc, s, otherConsent(sc, s, partyId), ph.agenda, party);
      const input = { party, stance, agenda: ph.agenda, commitments: s.commitments, start, best, noDeal: reservation };
      target = nashFloor(target, reservation, nashValue(sc, { ...input, models }, s.log), t);
    }
    const offered = bestBacked(sc, s, party, (pkg) => redLineHit(stance, pkg) !== null);
    target = endgameTarget(sc, s, target, reservation);
    // Never below the best the others have all backed this phase (acceptance.ts: bestBacked).
    if (offered !== null && offered > target) target = Math.min(best, offered);
  }
  return { party, stance, t, ask, best, start, target, reservation };
}

/** The first red line of the stance the package hits, or null. */
export function redLineHit(stance: Stance, pkg: Package | null): { issue: IssueId; option: OptionId } | null {
  if (!pkg) return null;
  for (const r of stance.redLines) if (own(pkg, r.issue) === r.option) return { issue: r.issue, option: r.option };
  return null;
}

const isRedLine = (stance: Stance, issue: IssueId, option: OptionId) =>
  stance.redLines.some((r) => r.issue === issue && r.option === option);

/** The package the party would propose now (see the module header). */
export function buildProposal(sc: CompiledScenario, s: GameState, o: AiOutlook): Package {
  const ph = phaseAt(sc, s.phase);
  const me = o.party.id;
  if (rulesOf(s) >= 3) {
    const others = otherConsent(sc, s, me);
    // Rules revision 4: offers keep to the chart's demands (demands.ts), stricter than what it signs.
    let offering = withDemands(sc, s, me, lookup(sc).party.get(me)!.ai.states[s.ai[me]!.value]!, true);
    // Rules revision 6: in the last phase's end game, offers also keep off every red line another consent party has
    // named in the game and not dropped since (ai-reading.ts: redLinesStillNamed): a refusal then can no longer be recovered.
    if (rulesOf(s) >= 6 && inEndgame(sc, s)) {
      const base = offering;
      const named = redLinesStillNamed(s, others).filter((r) => !isRedLine(base, r.issue, r.option));
      // Not on an issue where they would rule out every option its own red lines leave: no offer avoids them there,
      // and the search then weighs the options left by its models rather than falling back on its own favourite.
      const extra = named.filter((r) =>
        issueOf(sc, r.issue).options.some(
          (x) => !isRedLine(base, r.issue, x.id) && !named.some((n) => n.issue === r.issue && n.option === x.id),
        ),
      );
      if (extra.length > 0) offering = { ...offering, redLines: [...offering.redLines, ...extra] };
    }
    const q =
      offering === o.stance
        ? o
        : { ...o, stance: offering, start: bestAllowed(sc, o.party, offering, ph.agenda, s.commitments, o.start) };
    const input = {
      party: o.party,
      stance: q.stance,
      agenda: ph.agenda,
      commitments: s.commitments,
      start: q.start,
      target: o.target,
      models: opponentModels(sc, s, others, ph.agenda, o.party),
      priority: holdoutPriority(sc, s, others),
    };
    // The move towards what the others proposed (revisions 1–2) stays a candidate: the searcher's greedy walk on a
    // large agenda can miss it. The higher score under the models wins; a tie goes to the search.
    return searchOffer(sc, input, [buildProposalToward(sc, s, q)]);
  }
  return buildProposalToward(sc, s, o);
}

/** Revisions 1–2's proposal: from its best package, single-issue moves towards options the others favour. */
function buildProposalToward(sc: CompiledScenario, s: GameState, o: AiOutlook): Package {
  const ph = phaseAt(sc, s.phase);
  const me = o.party.id;
  const favoured = new Map<IssueId, OptionId[]>();
  const add = (pkg: Package | null | undefined) => {
    if (!pkg) return;
    for (const id of ph.agenda) {
      const opt = own(pkg, id);
      if (opt === undefined) continue;
      const list = favoured.get(id) ?? [];
      if (!list.includes(opt)) list.push(opt);
      favoured.set(id, list);
    }
  };
  const others = consentOf(sc, s.phase).filter((p) => p !== me);
  for (const p of others) add(s.lastOffer[p]);
  if (s.table && s.table.proposer !== me) add(s.table.package);
  const insistedByOthers = new Set<IssueId>();
  for (const p of others) for (const id of s.insisted[p] ?? []) insistedByOthers.add(id);
  const pkg: Package = { ...o.start };
  let points = pointsOf(sc, o.party, pkg, s.commitments);
  // Per agenda issue, the moves it offers: each favoured option off its red lines, with what moving there costs and
  // its rank. An issue's option only changes once (then the issue is done), so these hold throughout.
  const moves = ph.agenda.map((issue, ai) => {
    const opts = favoured.get(issue);
    if (!opts) return null;
    const options = issueOf(sc, issue).options;
    const current = pkg[issue]!;
    const currentPoints = issuePoints(o.party, issue, current);
    const list: { option: OptionId; cost: number; rank: number }[] = [];
    for (const opt of opts) {
      if (opt === current || isRedLine(o.stance, issue, opt)) continue;
      // Deterministic tie-break: issues others insisted on first, then agenda order, then option order.
      const rank =
        (insistedByOthers.has(issue) ? 0 : 1) * 1_000_000 + ai * 1000 + options.findIndex((x) => x.id === opt);
      list.push({ option: opt, cost: currentPoints - issuePoints(o.party, issue, opt), rank });
    }
    return list;
  });
  const changed = new Set<IssueId>();
  for (;;) {
    let choice: { issue: IssueId; option: OptionId; cost: number; rank: number } | null = null;
    for (let ai = 0; ai < ph.agenda.length; ai++) {
      const issue = ph.agenda[ai]!;
      const list = moves[ai];
      if (!list || changed.has(issue)) continue;
      for (const m of list) {
        if (pointsToValue(points - m.cost) < o.target) continue;
        if (!choice || m.cost < choice.cost || (m.cost === choice.cost && m.rank < choice.rank)) {
          choice = { issue, option: m.option, cost: m.cost, rank: m.rank };
        }
      }
    }
    if (!choice) break;
    pkg[choice.issue] = choice.option;
    points -= choice.cost;
    changed.add(choice.issue);
  }
  return pkg;
}

/** The Pareto step on the table (pareto-step.ts), while more than STEP_ROUNDS_LEFT rounds of the phase remain. */
function stepFrom(
  sc: CompiledScenario,
  s: GameState,
  o: AiOutlook,
  table: Package,
): { pkg: Package; backed: boolean } | null {
  if (sc.phases[s.phase]!.rounds - s.round + 1 <= STEP_ROUNDS_LEFT) return null;
  const others = otherConsent(sc, s, o.party.id);
  if (others.length !== 1) return null; // bilateral only: the models of several parties are too rough to trade on
  const ph = phaseAt(sc, s.phase);
  const models = opponentModels(sc, s, others, ph.agenda, o.party);
  const step = paretoStep(sc, {
    party: o.party,
    stance: o.stance,
    agenda: ph.agenda,
    commitments: s.commitments,
    table,
    models,
  });
  // Rules revision 6: else a package the other backed that is as good for it (pareto-step.ts: backedStep).
  if (rulesOf(s) < 6 || (step && !proposedThisPhase(sc, s, o.party.id, step)))
    return step && { pkg: step, backed: false };
  const backed = backedStep(sc, o.party, o.stance, s.commitments, table, backedPackages(sc, s, o.party), samePackage);
  return backed && { pkg: backed, backed: true };
}

function proposedThisPhase(sc: CompiledScenario, s: GameState, party: PartyId, pkg: Package): boolean {
  const phaseId = phaseAt(sc, s.phase).id;
  for (let i = s.log.length - 1; i >= 0; i--) {
    const e = s.log[i]!;
    if (e.phase !== phaseId) break;
    if (e.kind !== 'action' || e.party !== party) continue;
    if (e.action.type === 'offer.propose' && samePackage(e.action.package, pkg)) return true;
  }
  return false;
}

/** The Reason for judging `pkg` (null: no package judged) under the outlook. */
export function makeReason(
  sc: CompiledScenario,
  s: GameState,
  o: AiOutlook,
  pkg: Package | null,
  lead: string,
  accepting = false,
): Reason {
  const snap = s.ai[o.party.id]!;
  const value = pkg ? packageValue(sc, o.party, pkg, s.commitments) : null;
  const redLine = redLineHit(o.stance, pkg);
  // The stance and its cause in the transcript's own words (log-sentences.ts), so a drop in what it asks for reads
  // as the change of stance the transcript showed.
  const cause = causeWords(sc, snap.cause, o.party.id, phaseAt(sc, Math.min(s.phase, sc.phases.length - 1)).id);
  const stance = `stance: ${stanceWords(snap.value, o.stance.mood)}${cause ? `, ${cause}` : ''}`;
  let summary =
    value === null
      ? `${lead} We ask for at least ${o.target} now (${stance}).`
      : accepting && value < o.target
        ? `${lead} Worth ${value} to us, below the ${o.target} we would otherwise ask for now (${stance}).`
        : `${lead} Worth ${value} to us; we ask for at least ${o.target} now (${stance}).`;
  if (value === null) summary += ` Without a deal we would have ${o.reservation}.`;
  if (redLine) {
    summary += ` Red line: ${issueOf(sc, redLine.issue).name} = ${optionLabel(sc, redLine.issue, redLine.option)}.`;
  }
  return {
    stance: snap.value,
    mood: o.stance.mood,
    perIssue: perIssue(sc, o.party, pkg ?? {}, s.commitments),
    value,
    target: o.target,
    reservation: o.reservation,
    redLine,
    cause: snap.cause,
    summary: summary.trim(),
  };
}

/** What the AI party does on its turn, and why. */
export function aiDecide(sc: CompiledScenario, s: GameState, party: PartyId): AiDecision {
  const ph = phaseAt(sc, s.phase);
  const table = s.table;
  const rev2 = rulesOf(s) >= 2; // see RULES_REVISION: reciprocity, the deadline, pressing holdouts
  let o = outlook(sc, s, party);
  if (!ph.inRoom.includes(party)) return absentDecision(sc, s, o);
  // Reciprocity: while the table holds the unchanged demand of a proposer that has not moved this phase, we ask
  // what we asked when the phase began, for accepting and for our own counter-proposal alike.
  const unrewarded = rev2 && table !== null && table.proposer !== party && unmoved(sc, s, table.proposer);
  if (unrewarded) {
    const hold = targetValue(o.reservation, o.best, askAt(o.stance.curve, phaseStartTime(sc, s)));
    o = { ...o, target: Math.max(o.target, hold) };
  }
  const canRespond = table !== null && table.proposer !== party && !table.acceptedBy.includes(party);
  const tooLate = rev2 && !canStillBeAnswered(sc, s, party);
  // Rules revision 3: a consent party that blocks the deal over red lines (pressBlocker) is pressed once per
  // phase (threat or call, as for a holdout) before anything else: accepting
  // or trading offers cannot meet while it refuses.
  // Rules revision 5: not in the game's very last round, where pressing spends the party's last turn and a deal
  // on the table that it could still sign is lost (Alaska seed 85: the United States called Russia instead of
  // signing).
  const lastRound = s.phase === sc.phases.length - 1 && s.round === ph.rounds;
  if (rulesOf(s) >= 3 && !(rulesOf(s) >= 5 && lastRound)) {
    const press = pressBlocker(sc, s, o);
    if (press) return press;
  }
  let mine: Package | null = null;
  if (canRespond) {
    const v = packageValue(sc, o.party, table.package, s.commitments);
    const clean = beatsNoDeal(s, v, o.reservation) && !redLineHit(o.stance, table.package);
    if (rulesOf(s) >= 3) {
      mine = buildProposal(sc, s, o);
      const why = acceptance(sc, s, {
        party: o.party,
        value: v,
        noDeal: o.reservation,
        target: o.target,
        nextOffer: packageValue(sc, o.party, mine, s.commitments),
        t: o.t,
        lateFrom: lateFrom(s.temperament?.[party]),
        redLine: redLineHit(o.stance, table.package) !== null,
        unrewarded,
      });
      // Rules revision 4: a package better for it and no worse for the others, by its models, is proposed instead
      // of signing (pareto-step.ts); revision 6: else one the other backed that is as good for it (backedStep).
      const step = why !== null && rulesOf(s) >= 4 ? stepFrom(sc, s, o, table.package) : null;
      if (step && !proposedThisPhase(sc, s, party, step.pkg)) {
        const lead = step.backed
          ? 'We could sign that, but you offered this yourself, and it is at least as good for us.'
          : 'We could sign that, but this is better for us and no worse for you.';
        return {
          action: { type: 'offer.propose', party, package: step.pkg },
          reason: makeReason(sc, s, o, step.pkg, lead),
        };
      }
      if (why !== null) {
        const lead =
          why === 'target'
            ? 'We accept.'
            : why === 'next'
              ? 'We could not ask for more ourselves: we accept.'
              : 'Time is running out, and this is the best offer we have seen: we accept.';
        return { action: { type: 'offer.accept', party }, reason: makeReason(sc, s, o, table.package, lead, true) };
      }
    } else if (clean && v >= o.target) {
      return {
        action: { type: 'offer.accept', party },
        reason: makeReason(sc, s, o, table.package, 'We accept.', true),
      };
    }
    // Rules revision 3: in the last phase, the last holdout on a package every other consent party (two or more:
    // not a bilateral haggle, where this would take any first offer) backs takes it when it beats no deal —
    // blocking alone a deal better than none, in the final session, gains nothing.
    if (
      rulesOf(s) >= 3 &&
      clean &&
      !unrewarded &&
      s.phase === sc.phases.length - 1 &&
      holdoutMayWait(sc, s) === false
    ) {
      const backers = new Set([table.proposer, ...table.acceptedBy]);
      const rest = otherConsent(sc, s, party);
      if (rest.length >= 2 && rest.every((q) => backers.has(q))) {
        const lead = 'Everyone else has signed, and this beats no deal: we accept.';
        return { action: { type: 'offer.accept', party }, reason: makeReason(sc, s, o, table.package, lead, true) };
      }
    }
    // The deadline: in the last round of the last phase, a package that beats no deal is taken (not from a
    // proposer that has not moved).
    if (tooLate && clean && !unrewarded && s.phase === sc.phases.length - 1) {
      const lead = 'Time is up, and this beats no deal: we accept.';
      return { action: { type: 'offer.accept', party }, reason: makeReason(sc, s, o, table.package, lead, true) };
    }
  }
  if (tooLate) {
    const lead = unrewarded
      ? plural(sc, s, table!.proposer)
        ? `${partyName(sc, table!.proposer)} have not moved from their first demand; we will not reward that.`
        : `${partyName(sc, table!.proposer)} has not moved from its first demand; we will not reward that.`
      : 'Too late for a new offer in this session: we wait.';
    return { action: { type: 'turn.pass', party }, reason: makeReason(sc, s, o, table?.package ?? null, lead) };
  }
  mine ??= buildProposal(sc, s, o);
  if (table && samePackage(mine, table.package)) {
    if (canRespond) {
      return {
        action: { type: 'offer.accept', party },
        reason: makeReason(sc, s, o, mine, 'This is what we want.', true),
      };
    }
    return (
      (rev2 ? pressHoldout(sc, s, o) : null) ?? {
        action: { type: 'turn.pass', party },
        reason: makeReason(sc, s, o, table.package, 'We wait.'),
      }
    );
  }
  if (table && canRespond && proposedThisPhase(sc, s, party, mine)) {
    let worst: IssueId | undefined;
    let worstCost = Number.NEGATIVE_INFINITY;
    for (const id of ph.agenda) {
      const cost = issuePoints(o.party, id, own(mine, id)!) - issuePoints(o.party, id, own(table.package, id)!);
      if (cost > worstCost) {
        worstCost = cost;
        worst = id;
      }
    }
    const lead = worst ? `We reject it over ${issueOf(sc, worst).name}.` : 'We reject it.';
    return {
      action: { type: 'offer.reject', party, ...(worst ? { issue: worst } : {}) },
      reason: makeReason(sc, s, o, table.package, lead),
    };
  }
  // Rules revision 6: its own offer on the table, still worth its target, that every other consent party but one has
  // already signed is not withdrawn for a new one in the last phase: the signatures would be lost with it (Alaska:
  // Ukraine replaced its own package, signed by all but the United States, with a richer one that nobody signed) —
  // unless it crosses a red line a consent party has named and not dropped (ai-reading.ts: redLinesStillNamed).
  const keepOwn =
    rulesOf(s) >= 6 &&
    table !== null &&
    table.proposer === party &&
    s.phase === sc.phases.length - 1 &&
    table.acceptedBy.some((q) => q !== party && otherConsent(sc, s, party).includes(q)) &&
    packageValue(sc, o.party, table.package, s.commitments) >= o.target &&
    !redLinesStillNamed(s, otherConsent(sc, s, party)).some((r) => own(table.package, r.issue) === r.option);
  if (keepOwn || (table && table.proposer !== party && table.acceptedBy.includes(party))) {
    return (
      (rev2 ? pressHoldout(sc, s, o) : null) ?? {
        action: { type: 'turn.pass', party },
        reason: makeReason(sc, s, o, table!.package, keepOwn ? 'Our offer stands.' : 'We have accepted.'),
      }
    );
  }
  return {
    action: { type: 'offer.propose', party, package: mine },
    reason: makeReason(sc, s, o, mine, 'We propose this.'),
  };
}

/** Trust below which a waiting party presses a holdout with a threat rather than a call. */
export // A plural party name ("European allies") takes a plural verb in the AI's reasons from rules revision 4 on;
// earlier revisions keep the words their logs recorded.
const plural = (sc: CompiledScenario, s: GameState, id: PartyId): boolean => rulesOf(s) >= 4 && partyPlural(sc, id);

const THREATEN_BELOW_TRUST = 30;

/**
 * While a package it backs waits on the table: lean on the holdout, the consent party that most recently rejected
 * that package (since it was proposed) and has not accepted it. A party it trusts little gets a threat, any other
 * a call.
 * Null when nobody holds out (the party then passes).
 */
function pressHoldout(sc: CompiledScenario, s: GameState, o: AiOutlook): AiDecision | null {
  const table = s.table;
  if (!table) return null;
  const party = o.party.id;
  const phaseId = phaseAt(sc, s.phase).id;
  let holdout: PartyId | null = null;
  for (let i = s.log.length - 1; i >= 0; i--) {
    const e = s.log[i]!;
    if (e.phase !== phaseId) break;
    if (e.kind !== 'action') continue;
    if (e.action.type === 'offer.propose' && samePackage(e.action.package, table.package)) break;
    if (e.action.type === 'offer.reject' && e.party !== party && !table.acceptedBy.includes(e.party)) {
      holdout = e.party;
      break;
    }
  }
  if (holdout === null || !consentOf(sc, s.phase).includes(holdout)) return null;
  const name = partyName(sc, holdout);
  // Low trust: a public threat; otherwise a call in private.
  const threaten = (s.trust[party]![holdout] ?? 0) < THREATEN_BELOW_TRUST;
  const verb = threaten ? 'press' : 'call';
  return {
    action: threaten
      ? { type: 'statement.threaten', party, target: holdout }
      : { type: 'call.place', party, target: holdout },
    reason: makeReason(
      sc,
      s,
      o,
      table.package,
      plural(sc, s, holdout)
        ? `${name} are blocking a deal we back: we ${verb} them.`
        : `${name} is blocking a deal we back: we ${verb} it.`,
    ),
  };
}

/**
 * The consent party to press for blocking the deal (rules revision 3), or null: one that this phase either offered
 * only packages crossing our red lines, or refused a package (a rejection, a threat or a call) over a red line of
 * its own that it named, since its last change of stance, and that we have not pressed yet this phase. We must have put forward or backed a package
 * of our own before its latest such move (so a first offer still gets a counter), unless the phase is the last.
 * The table's proposer comes first, then the latest such party.
 */
function pressBlocker(sc: CompiledScenario, s: GameState, o: AiOutlook): AiDecision | null {
  const party = o.party.id;
  const consent = consentOf(sc, s.phase);
  const phaseId = phaseAt(sc, s.phase).id;
  const last = s.phase === sc.phases.length - 1;
  const blocks = new Set<PartyId>();
  const clean = new Set<PartyId>(); // offered something we could sign
  const pressed = new Set<PartyId>();
  const moved = new Set<PartyId>(); // changed stance since
  const order: PartyId[] = []; // blockers, latest first
  let engaged = false;
  for (let i = s.log.length - 1; i >= 0; i--) {
    const e = s.log[i]!;
    if (e.phase !== phaseId) break;
    if (e.kind === 'stance') moved.add(e.party); // what it did before its change of stance no longer counts
    if (e.kind !== 'action') continue;
    const a = e.action;
    if (a.party === party) {
      if (a.type === 'statement.threaten' || a.type === 'call.place') pressed.add(a.target);
      if (blocks.size > 0 && (a.type === 'offer.propose' || a.type === 'offer.accept')) engaged = true;
      continue;
    }
    if (!consent.includes(a.party) || moved.has(a.party)) continue;
    let blocking = false;
    if (a.type === 'offer.propose') {
      if (redLineHit(o.stance, a.package)) blocking = true;
      else clean.add(a.party);
    } else if (
      (a.type === 'offer.reject' || a.type === 'statement.threaten' || a.type === 'call.place') &&
      e.reason?.redLine
    ) {
      blocking = true;
    }
    if (blocking && !blocks.has(a.party)) {
      blocks.add(a.party);
      order.push(a.party);
    }
  }
  if (!engaged && !last) return null;
  const table = s.table;
  const candidates = table && table.proposer !== party ? [table.proposer, ...order] : order;
  const blocker = candidates.find((q) => blocks.has(q) && !clean.has(q) && !pressed.has(q));
  if (blocker === undefined) return null;
  const name = partyName(sc, blocker);
  const pkg = table?.package ?? null;
  // A party whose stance is already one of leaving (its mood is public in the log) is called, never threatened.
  const leaving = lookup(sc).party.get(blocker)?.ai.states[s.ai[blocker]!.value]?.mood === 'walkout';
  if (!leaving && (s.trust[party]![blocker] ?? 0) < THREATEN_BELOW_TRUST) {
    return {
      action: { type: 'statement.threaten', party, target: blocker },
      reason: makeReason(
        sc,
        s,
        o,
        pkg,
        plural(sc, s, blocker)
          ? `${name} block what we could sign: we press them.`
          : `${name} blocks what we could sign: we press it.`,
      ),
    };
  }
  return {
    action: { type: 'call.place', party, target: blocker },
    reason: makeReason(
      sc,
      s,
      o,
      pkg,
      plural(sc, s, blocker)
        ? `${name} block what we could sign: we call them.`
        : `${name} blocks what we could sign: we call it.`,
    ),
  };
}

function absentDecision(sc: CompiledScenario, s: GameState, o: AiOutlook): AiDecision {
  const party = o.party.id;
  const ph = phaseAt(sc, s.phase);
  let pick: IssueId | null = null;
  for (const id of ph.agenda) {
    if (s.insisted[party]!.includes(id)) continue;
    if (pick === null || (own(o.party.weights, id) ?? 0) > (own(o.party.weights, pick) ?? 0)) pick = id;
  }
  const table = s.table?.package ?? null;
  if (pick !== null) {
    return {
      action: { type: 'statement.insist', party, issue: pick },
      reason: makeReason(sc, s, o, table, `${issueOf(sc, pick).name} matters most to us.`),
    };
  }
  if (s.table && s.table.proposer !== party && redLineHit(o.stance, table)) {
    return {
      action: { type: 'statement.threaten', party, target: s.table.proposer },
      reason: makeReason(sc, s, o, table, 'The offer crosses our red line.'),
    };
  }
  let friend: PartyId | null = null;
  for (const p of sc.parties) {
    if (p.id === party) continue;
    if (friend === null || (s.trust[party]![p.id] ?? 0) > (s.trust[party]![friend] ?? 0)) friend = p.id;
  }
  if (friend !== null) {
    return {
      action: { type: 'call.place', party, target: friend },
      reason: makeReason(sc, s, o, table, `We call ${partyName(sc, friend)}, whom we trust most.`),
    };
  }
  return { action: { type: 'turn.pass', party }, reason: makeReason(sc, s, o, table, 'We wait.') };
}

export interface WhatItTakes {
  package: Package;
  issues: IssueId[]; // where the table (or, with no table, the status quo / commitments) differs from it
  reason: Reason;
}

/** The AI target's answer to "what would it take?": the package it would propose now. */
export function whatWouldItTake(sc: CompiledScenario, s: GameState, target: PartyId): WhatItTakes {
  const o = outlook(sc, s, target);
  const pkg = buildProposal(sc, s, o);
  const issues = phaseAt(sc, s.phase).agenda.filter((id) => {
    const current = own(s.table?.package, id) ?? own(s.commitments, id) ?? issueOf(sc, id).statusQuo;
    return current !== own(pkg, id);
  });
  const wants = issues.length
    ? issues.map((id) => `${issueOf(sc, id).name}: ${optionLabel(sc, id, pkg[id]!)}`).join('; ')
    : 'the offer as it stands';
  return { package: pkg, issues, reason: makeReason(sc, s, o, pkg, `It would take ${wants}.`) };
}

/** The line an AI party speaks with an action: its stance's lines of that key, chosen by turn. */
export function aiLineFor(sc: CompiledScenario, s: GameState, party: PartyId, type: ActionType): SpokenLine | null {
  if (s.seats[party] !== 'ai') return null;
  const stance = lookup(sc).party.get(party)?.ai.states[s.ai[party]!.value];
  const lines = stance?.lines[LINE_KEY_OF[type]] ?? [];
  if (lines.length === 0) return null;
  const line = lines[s.turn % lines.length]!;
  return line.source !== undefined
    ? { text: line.text, source: line.source, simulated: line.simulated }
    : { text: line.text, simulated: line.simulated };
}
