// Rule: a phase too short for the AI to propose. The AI mostly passes in a phase's last round (an offer made then
// has no round left to be answered), so a phase of one or two rounds gives it at most one round to make offers.
// A short phase is fine when every issue on its agenda comes back in a later phase (a quick opening meeting, a
// shuttle round): only a short phase that is some issue's last chance is flagged.
import type { LintRule } from './types';

/** Rounds a phase needs for the AI to propose and answer at least twice. */
export const MIN_PHASE_ROUNDS = 3;

export const shortPhase: LintRule = {
  id: 'short-phase',
  summary: `a phase that is some issue's last chance has fewer than ${MIN_PHASE_ROUNDS} rounds, too few for the AI to propose (it mostly passes in a phase's last round)`,
  check(ctx) {
    ctx.data.phases.forEach((phase, i) => {
      if (phase.rounds >= MIN_PHASE_ROUNDS) return;
      const later = new Set(ctx.data.phases.slice(i + 1).flatMap((p) => p.agenda));
      if (phase.agenda.every((issue) => later.has(issue))) return;
      ctx.warn(
        ['phases', i, 'rounds'],
        `phase "${phase.id}" has ${phase.rounds} round${phase.rounds === 1 ? '' : 's'}: the AI mostly passes in a phase's last round, so it has little time to propose`,
        `give it ${MIN_PHASE_ROUNDS} or more rounds`,
      );
    });
  },
};
