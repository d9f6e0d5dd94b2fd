// Rule: a flag code the game cannot draw. The table draws a desk flag only for the codes below
// (game/view/canvas/flags.ts, held to this list by its test); any other code falls back to plain stripes in the
// party's colour, which an author who wrote "fr" would not expect.
import type { LintRule } from './types';

/** The flag codes the game draws (flag-icons codes). */
export const DRAWN_FLAGS: readonly string[] = ['us', 'ru', 'ua', 'eg', 'il', 'eu'];

export const unknownFlag: LintRule = {
  id: 'unknown-flag',
  summary: 'a party names a flag code the game cannot draw (it shows plain stripes instead)',
  check(ctx) {
    ctx.data.parties.forEach((party, i) => {
      if (party.flag === undefined || DRAWN_FLAGS.includes(party.flag)) return;
      ctx.warn(
        ['parties', i, 'flag'],
        `flag "${party.flag}" is not one the game draws (it draws ${DRAWN_FLAGS.join(', ')}): the desk shows stripes in the party's colour`,
        'use one of those codes, or leave the flag out',
      );
    });
  },
};
