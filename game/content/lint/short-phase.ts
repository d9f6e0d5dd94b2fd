// Rule: a phase too short for the AI to propose. The AI mostly passes in a phase's last round (an offer made then
// has no round left to be answered), so a phase of one or two rounds gives it at most one round to make offers.
import type { LintRule } from './types';

/** Rounds a phase needs for the AI to propose and answer at least twice. */
export const MIN_PHASE_ROUNDS = 3;

export const shortPhase: LintRule = {
  id: 'short-phase',
  summary: `a phase has fewer than ${MIN_PHASE_ROUNDS} rounds, too few for the AI to propose (it mostly passes in a phase's last round)`,
  check(ctx) {
    ctx.data.phases.forEach((phase, i) => {
      if (phase.rounds >= MIN_PHASE_ROUNDS) return;
      ctx.warn(
        ['phases', i, 'rounds'],
        `phase "${phase.id}" has ${phase.rounds} round${phase.rounds === 1 ? '' : 's'}: the AI mostly passes in a phase's last round, so it has little time to propose`,
        `give it ${MIN_PHASE_ROUNDS} or more rounds`,
      );
    });
  },
};
