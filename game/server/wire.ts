// Messages encoded by the room itself, byte for byte what `client.send(type, message)` would put on the wire
// (Colyseus's ROOM_DATA frame: its header, then the message as MessagePack, encoded by Colyseus's own encoder), so
// clients see no difference. Two uses, both for speed: a message that is the same for many clients is encoded once
// (a party's redacted scenario, the same for every room on that scenario), and a view is assembled from pieces
// encoded once for every seat (what all seats see) and a few per seat (its party, reservation, legal moves).

import { type Client, getMessageBytes, Protocol } from '@colyseus/core';

const PROBE = '_';
/** The length of a ROOM_DATA frame's header for the type PROBE: what `packed` cuts off. */
const PROBE_HEADER = getMessageBytes.raw(Protocol.ROOM_DATA, PROBE).length;

/** `value` as MessagePack, as Colyseus encodes a message. */
export const packed = (value: unknown): Buffer =>
  getMessageBytes.raw(Protocol.ROOM_DATA, PROBE, value).subarray(PROBE_HEADER);

/** The header of a ROOM_DATA frame of `type` (the message's bytes follow it). */
const headers = new Map<string, Buffer>();
function frameHeader(type: string): Buffer {
  let h = headers.get(type);
  if (h === undefined) {
    h = getMessageBytes.raw(Protocol.ROOM_DATA, type);
    headers.set(type, h);
  }
  return h;
}

/** A whole frame: `type`'s header and the message's bytes (pieces of one MessagePack value, in order). */
export const frame = (type: string, pieces: readonly Uint8Array[]): Buffer =>
  Buffer.concat([frameHeader(type), ...pieces]);

/** Sends a frame as `client.send` would (queued until the client has joined). */
export const sendFrame = (client: Client, bytes: Buffer): void => client.enqueueRaw(bytes);

/**
 * The MessagePack header of a map of `n` entries (its entries follow as key, value, key, value…). Always the
 * 16-bit form, as Colyseus's encoder writes every object, so an assembled message is the very bytes it would send.
 */
export function mapHeader(n: number): Buffer {
  return Buffer.from([0xde, (n >>> 8) & 0xff, n & 0xff]);
}

/** One map entry, `key` then `value`, as they are encoded inside a map. */
export const entry = (key: string, value: unknown): Buffer => Buffer.concat([packed(key), packed(value)]);

/** The entries of an object's map, in its keys' order, without the map's header (to splice into another map). */
export function entries(obj: Record<string, unknown>): Buffer {
  const bytes = packed(obj);
  const first = bytes[0]!;
  const header = first === 0xde ? 3 : first === 0xdf ? 5 : 1; // map 16, map 32, fixmap
  return bytes.subarray(header);
}
