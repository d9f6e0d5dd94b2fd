// Rule: no zone of possible agreement. If no full package is worth more than its reservation value to every
// party whose consent a deal needs (engine analytics `zopa`), no rational deal exists at the start of the
// game: the summit can only end without one unless events move the reservations.
import { consentParties, zopa } from '../../engine/index';
import type { LintRule } from './types';

export const noZopa: LintRule = {
  id: 'no-zopa',
  summary: 'no package beats the reservation value of every party whose consent a deal needs',
  check(ctx) {
    const parties = consentParties(ctx.sc);
    const reservations = Object.fromEntries(ctx.sc.parties.map((p) => [p.id, p.reservation]));
    if (zopa(ctx.sc, reservations, parties).count === 0) {
      ctx.warn(
        ['parties'],
        `no zone of possible agreement: no package is worth more than its reservation to all of ${parties.join(', ')}`,
        'lower a reservation value, or add options that both sides value',
        { key: true },
      );
    }
  },
};
