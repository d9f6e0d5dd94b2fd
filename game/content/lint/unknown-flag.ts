// Rule: a flag code the game cannot draw. The table draws every flag of the flag-icons set (flag-codes.ts, the
// package's SVGs loaded as textures by the view); any other code falls back to plain stripes in the party's colour,
// which an author who wrote "uk" (flag-icons says "gb") would not expect.
import { FLAG_CODES, flagCodeFor, isFlagCode } from './flag-codes';
import type { LintRule } from './types';

export { FLAG_CODES };

export const unknownFlag: LintRule = {
  id: 'unknown-flag',
  summary: 'a party names a flag code the game cannot draw (it shows plain stripes instead)',
  check(ctx) {
    ctx.data.parties.forEach((party, i) => {
      if (party.flag === undefined || isFlagCode(party.flag)) return;
      const meant = flagCodeFor(party.flag);
      ctx.warn(
        ['parties', i, 'flag'],
        `flag "${party.flag}" is not in the flag-icons set the game draws: the desk shows stripes in the party's colour`,
        meant
          ? `write "${meant}"`
          : 'use a lower-case ISO 3166-1 code such as "fr", "de" or "gb" (or "eu", "un"), or leave the flag out',
      );
    });
  },
};
