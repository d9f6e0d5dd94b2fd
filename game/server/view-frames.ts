// The pieces of the room's messages that many clients share, encoded once (wire.ts): a party's redacted scenario
// (the same bytes for every room on that scenario), and what every seat's view of one state holds in common.
// summit-room.ts assembles each client's view from these and the few pieces that are its own.

import type { Client } from '@colyseus/core';
import type { CompiledScenario, GameState, PartyId } from '../engine/index';
import { playerMember, playerScenario, seatReservation } from './player-view';
import { entries, entry, frame, mapHeader, packed } from './wire';

/** The encoded key `state` (the view's member that holds the state). */
const STATE_KEY = packed('state');
/** Where a view's state has its reservation: each seat sees only its own, so it is encoded per client. */
const RESERVATION = Symbol('reservation');
/** The header of a view's map (its eight members). */
const MAP8 = mapHeader(8);

/** What the views of one state share, for the clients that last saw the same earlier state (`prev`). */
export interface SharedView {
  /** The header of the state's map, then its entries in order (the reservation's place marked). */
  stateHeader: Buffer;
  state: (Buffer | typeof RESERVATION)[];
  /** logFrom, patch, hash and toMove, in that order; then the client's legal moves; then `seats`. */
  head: Buffer[];
  seats: Buffer;
}

/**
 * The shared part of a view of `s` for clients that last saw `prev` (null: none yet, the whole state). The members
 * and their order are those of sendView's view object: the whole redacted state (playerState), or `log` and the
 * members that changed since `prev` (never seed or rng); the transcript from the entries the client lacks. Only the
 * members sent are redacted, each as playerState would.
 */
export function sharedView(
  _sc: CompiledScenario,
  s: GameState,
  prev: GameState | null,
  common: { hash: string; toMove: PartyId | null; seats: GameState['seats'] },
): SharedView {
  const logFrom = prev === null ? 0 : Math.min(prev.log.length, s.log.length);
  const now = s as unknown as Record<string, unknown>;
  const before = prev as unknown as Record<string, unknown> | null;
  // playerState's members are the state's own, in their order (its overrides keep their places).
  const all = Object.keys(now);
  const keys =
    before === null
      ? all
      : ['log', ...all.filter((k) => k !== 'log' && k !== 'seed' && k !== 'rng' && now[k] !== before[k])];
  // The members before the reservation and those after it, each run encoded in one go.
  const at = keys.indexOf('reservation');
  const run = (ks: string[]): Buffer[] =>
    ks.length === 0 ? [] : [entries(Object.fromEntries(ks.map((k) => [k, playerMember(s, k, logFrom)])))];
  return {
    stateHeader: mapHeader(keys.length),
    state: at < 0 ? run(keys) : [...run(keys.slice(0, at)), RESERVATION, ...run(keys.slice(at + 1))],
    head: [entries({ logFrom, patch: prev !== null, hash: common.hash, toMove: common.toMove })],
    seats: entry('seats', common.seats),
  };
}

/** Encoded pieces that repeat from view to view: a party's `party` entry, a legal-move list's `legal` entry. */
const partyEntries = new Map<string, Buffer>();
const legalEntries = new Map<string, Buffer>();
/** A seat's `reservation` entry, by the state's reservations (the same object until one moves). */
const reservationEntries = new WeakMap<object, Map<string, Buffer>>();

function cached(map: Map<string, Buffer>, key: string, make: () => Buffer): Buffer {
  let b = map.get(key);
  if (b === undefined) {
    b = make();
    if (map.size < 10_000) map.set(key, b);
  }
  return b;
}

function reservationEntry(sc: CompiledScenario, s: GameState, party: PartyId | null): Buffer {
  let byParty = reservationEntries.get(s.reservation);
  if (byParty === undefined) {
    byParty = new Map();
    reservationEntries.set(s.reservation, byParty);
  }
  // The scenario's parties are part of the key: the same reservations object is never shared across scenarios,
  // but the party list decides which members the entry has.
  return cached(byParty, `${sc.id}\u0000${party ?? ''}`, () => entry('reservation', seatReservation(sc, s, party)));
}

/**
 * One client's 'view' frame: the shared part with its own party, reservation and legal moves, in the order of the
 * TableView `{ party, state, logFrom, patch, hash, toMove, legal, seats }` (remote-match.ts reads it as one).
 */
export function viewFrame(
  shared: SharedView,
  sc: CompiledScenario,
  s: GameState,
  party: PartyId | null,
  legal: readonly string[],
): Buffer {
  const partyEntry = party === null ? entry('party', null) : cached(partyEntries, party, () => entry('party', party));
  const pieces: Uint8Array[] = [MAP8, partyEntry, STATE_KEY, shared.stateHeader];
  for (const p of shared.state) pieces.push(p === RESERVATION ? reservationEntry(sc, s, party) : p);
  pieces.push(
    ...shared.head,
    cached(legalEntries, legal.join('\u0000'), () => entry('legal', legal)),
    shared.seats,
  );
  return frame('view', pieces);
}

/** scenario → party (or '' for a spectator) → the frame of its 'scenario' message. */
const scenarioFrames = new WeakMap<CompiledScenario, Map<string, Buffer>>();

/** The 'scenario' message for a seat: `{ file, scenario }`, the scenario redacted for `party`. */
export function scenarioFrame(sc: CompiledScenario, file: string, party: PartyId | null): Buffer {
  let frames = scenarioFrames.get(sc);
  if (frames === undefined) {
    frames = new Map();
    scenarioFrames.set(sc, frames);
  }
  const key = `${party ?? ''}\u0000${file}`;
  let bytes = frames.get(key);
  if (bytes === undefined) {
    bytes = frame('scenario', [packed({ file, scenario: playerScenario(sc, party) })]);
    frames.set(key, bytes);
  }
  return bytes;
}

/** Runs `send` with the client's socket corked, so what it sends leaves in one write. */
export function corked(client: Client, send: () => void): void {
  const socket = (client.ref as { _socket?: { cork?: () => void; uncork?: () => void } })._socket;
  if (typeof socket?.cork !== 'function' || typeof socket.uncork !== 'function') {
    send();
    return;
  }
  socket.cork();
  try {
    send();
  } finally {
    socket.uncork();
  }
}
