// A move for a bot seated in an online room, chosen from what its seat sees (the redacted scenario and state and
// its legal action types). 'quick': accept when it can, else pass — the fastest way to an end. 'random': any legal
// action with random parameters (walking out kept rare, so games last): the load tool's players.

import type { Action, ActionType, CompiledScenario, GameState, PartyId } from '../../engine/index';

export type BotStyle = 'quick' | 'random';

const pick = <T>(xs: readonly T[], rnd: () => number): T | undefined => xs[Math.floor(rnd() * xs.length)];

export function botMove(
  sc: CompiledScenario,
  s: GameState,
  party: PartyId,
  legal: readonly ActionType[],
  style: BotStyle,
  rnd: () => number = Math.random,
): Action {
  const pass: Action = { type: 'turn.pass', party };
  if (style === 'quick') return legal.includes('offer.accept') ? { type: 'offer.accept', party } : pass;
  const choices = legal.filter((t) => t !== 'party.walkOut' || rnd() < 0.02);
  const type = pick(choices, rnd) ?? 'turn.pass';
  const phase = sc.phases[s.phase];
  const agenda = phase?.agenda ?? [];
  const others = sc.parties.filter((p) => p.id !== party).map((p) => p.id);
  const aiOthers = others.filter((p) => s.seats[p] === 'ai');
  const issue = pick(agenda.length > 0 ? agenda : sc.issues.map((i) => i.id), rnd);
  const target = pick(others, rnd);
  switch (type) {
    case 'offer.propose': {
      const pkg: Record<string, string> = {};
      for (const id of agenda) {
        const option = pick(sc.issues.find((i) => i.id === id)?.options ?? [], rnd);
        if (option) pkg[id] = option.id;
      }
      return { type, party, package: pkg };
    }
    case 'offer.accept':
    case 'party.walkOut':
    case 'turn.pass':
      return { type, party };
    case 'offer.reject':
      return rnd() < 0.5 || issue === undefined ? { type, party } : { type, party, issue };
    case 'statement.insist':
    case 'statement.concede':
      return issue === undefined ? pass : { type, party, issue };
    case 'ask.whatWouldItTake': {
      const t = pick(aiOthers, rnd);
      return t === undefined ? pass : { type, party, target: t };
    }
    case 'statement.threaten':
    case 'statement.assure':
    case 'call.place':
      return target === undefined ? pass : { type, party, target };
  }
}
