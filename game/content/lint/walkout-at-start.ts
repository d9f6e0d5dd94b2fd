// Rule: the talks end before anyone speaks. When a party's stance at the start walks out (its initial stance's
// entry, or what it does on 'phase.started'), every game is over at turn 0: valid, and never what an author
// meant. The rule starts the game with the engine itself (newGame runs the entries and the first phase's start),
// so whatever route the walk-out takes is caught, then points at the walkOut action in the initial stance when
// there is one, else at the party's statechart.
import { newGame } from '../../engine/index';
import type { LintRule } from './types';
import { stancePath } from './walk';

/** Seeds tried: the start is usually the same for every seed, but a world event with a chance may not be. */
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

export const walkoutAtStart: LintRule = {
  id: 'walkout-at-start',
  summary: 'a party walks out as the game starts (e.g. its initial stance walks out on entry), so games end at turn 0',
  check(ctx) {
    const ended = SEEDS.map((seed) => newGame(ctx.sc, { seed }).outcome).filter((o) => o !== null);
    if (ended.length === 0) return;
    const by = ended[0].by;
    const pi = ctx.data.parties.findIndex((p) => p.id === by);
    const every = ended.length === SEEDS.length ? 'every game ends' : 'games can end';
    if (pi < 0) {
      ctx.warn([], `${every} before the first turn (${ended[0].kind})`, 'make the opening stances talk first');
      return;
    }
    const chart = ctx.data.parties[pi].statechart;
    const initial = chart.initial;
    const at = (chart.states[initial]?.entry ?? []).findIndex((a) => a.type === 'walkOut');
    ctx.warn(
      at >= 0 ? [...stancePath(pi, initial), 'entry', at] : ['parties', pi, 'statechart', 'initial'],
      at >= 0
        ? `"${by}" walks out on entering its initial stance "${initial}": ${every} at turn 0`
        : `"${by}" walks out as the talks open: ${every} at turn 0`,
      'start the party in a stance that talks, and walk out from a later stance or on a guarded transition',
    );
  },
};
