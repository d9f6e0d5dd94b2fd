// Join codes and tokens. A join code is six characters from an alphabet without look-alikes (no 0/O, 1/I/L), so
// it can be read aloud and typed from a projector; it is also the room's id. Tokens are long and random.

import { randomBytes, randomInt } from 'node:crypto';

export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What a typed code becomes: upper case, spaces and dashes dropped. */
export const normaliseCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');

export const isJoinCode = (s: string): boolean =>
  s.length === CODE_LENGTH && [...s].every((c) => CODE_ALPHABET.includes(c));

export const newToken = (): string => randomBytes(18).toString('base64url');

/** A game's seed: the server may use the clock and randomness; the engine never does. */
export const newSeed = (): number => randomInt(0, 2 ** 31);
