// Rule: an issue on no phase's agenda. A deal covers exactly its phase's agenda, so no deal can ever settle such an
// issue: it stays at its status quo in every game, and the game cannot end with every issue agreed.
import type { LintRule } from './types';

export const offAgendaIssue: LintRule = {
  id: 'off-agenda-issue',
  summary: "an issue is on no phase's agenda, so no deal can settle it",
  check(ctx) {
    const onAgenda = new Set(ctx.data.phases.flatMap((p) => p.agenda));
    ctx.data.issues.forEach((issue, i) => {
      if (onAgenda.has(issue.id)) return;
      ctx.warn(
        ['issues', i, 'id'],
        `issue "${issue.id}" is on no phase's agenda: no deal can settle it, so it stays at its status quo`,
        "add it to a phase's agenda, or drop it",
      );
    });
  },
};
