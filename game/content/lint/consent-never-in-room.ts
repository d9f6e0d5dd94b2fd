// Rule: a party whose consent some issue needs but which no phase ever seats in its room. A deal needs every
// consent party of its phase's agenda to accept, and only parties in the room can accept (engine/flow.ts
// checkDeal), so every deal that needs this party is impossible: 0% deals. (A phase that leaves a consent party
// out on purpose, such as a bilateral first meeting, is fine as long as a later phase seats it.)
import type { LintRule } from './types';

export const consentNeverInRoom: LintRule = {
  id: 'consent-never-in-room',
  summary: 'a party whose consent an issue needs is in no phase’s room, so no deal needing it can be struck',
  check(ctx) {
    const seated = new Set(ctx.data.phases.flatMap((p) => p.inRoom));
    ctx.data.parties.forEach((party, i) => {
      if (seated.has(party.id)) return;
      const issues = ctx.data.issues.filter((issue) => issue.consent.includes(party.id)).map((issue) => issue.id);
      if (issues.length === 0) return;
      ctx.warn(
        ['parties', i, 'id'],
        `"${party.id}" must consent to deals on ${issues.join(', ')} but is in no phase's room: it can never accept, so no such deal can be struck`,
        `add ${party.id} to a phase's inRoom, or take it off those issues' consent lists`,
      );
    });
  },
};
