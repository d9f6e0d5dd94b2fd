// The room's wire protocol: what a client may send (checked with zod, shape and size, before anything reaches
// the Match) and what the room sends back. Anything else is refused with an error reply.

import { z } from 'zod';
import { actionSchema } from '../content/index';
import type { Action } from '../engine/index';

/** No client message is anywhere near this (a full package proposal is a few hundred bytes). */
export const MAX_MESSAGE_BYTES = 2048;
export const MAX_NAME_CHARS = 40;

const id = z.string().min(1).max(64);
const packageSchema = z.record(id, id).refine((p) => Object.keys(p).length <= 32, 'too many issues');

export const ActionSchema = actionSchema(packageSchema);

/** Client → room messages, by type. */
export const ClientMessages = {
  /** A human's intent for its own seat; `n` is echoed in the answer so the client can match them. */
  act: z.strictObject({ n: z.number().int().min(0).max(1e9), action: ActionSchema }),
  /** Take a free party in the lobby (null: stand up). */
  pick: z.strictObject({ party: id.nullable() }),
  /** Host: seat a player (by public id) at a party, or unseat them. */
  assign: z.strictObject({ hostToken: id, player: id, party: id.nullable() }),
  /** Host: start the game; the AI takes every empty seat. */
  start: z.strictObject({ hostToken: id }),
  /** Ask for the full replay (answered once the game is over). */
  replay: z.strictObject({}),
} as const;

export type ClientMessageType = keyof typeof ClientMessages;

/** Join options (checked the same way). `token`: a seat token from an earlier visit. */
export const JoinOptionsSchema = z.object({
  name: z.string().max(MAX_NAME_CHARS).optional(),
  token: id.optional(),
});

export const CreateOptionsSchema = JoinOptionsSchema.extend({
  scenario: z.string().min(1).max(120),
  difficulty: z.enum(['easy', 'normal', 'hard']).optional(),
});

/** A name is plain text: control characters go, whitespace is collapsed, and an empty name becomes "Player". */
export function cleanName(raw: string | undefined): string {
  const cleaned = (raw ?? '')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME_CHARS);
  return cleaned === '' ? 'Player' : cleaned;
}

/** The size of a decoded message, as JSON. */
export const messageBytes = (m: unknown): number => {
  try {
    return JSON.stringify(m ?? null).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

export type ActMessage = { n: number; action: Action };

export type { ActResult, LobbyView, TableView, WelcomeMessage } from '../session/online/room-protocol';
