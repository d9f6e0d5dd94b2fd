// The room against hostile and unlucky clients, with @colyseus/testing: intents for another seat, malformed and
// oversized messages, unknown types, floods, host actions without the host's token, illegal moves — each gets an
// error reply and the room keeps working; a seat left empty past the grace period is played by the AI and taken
// back with the seat token, and the replay records both reseats and verifies.

import { defineRoom } from '@colyseus/core';
import type { Room as ClientRoom } from '@colyseus/sdk';
import { boot, type ColyseusTestServer } from '@colyseus/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReplay } from '../content/index';
import { verifyReplay } from '../engine/replay';
import type { LobbyView, TableView, WelcomeMessage } from '../session/online/index';
import { freePort } from './free-port.testkit';
import { scenarioShelf } from './scenarios';
import { openStore, type RoomStore } from './store';
import { type RoomContext, summitRoomType } from './summit-room';
import { scenarioLibrary } from './uploads';

const shelf = scenarioShelf('scenarios');
let colyseus: ColyseusTestServer;
let store: RoomStore;
const logged: string[] = [];

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://' });
  const ctx: RoomContext = {
    store,
    scenarios: scenarioLibrary(shelf, store),
    aiDelayMs: 0,
    graceMs: 300,
    log: (l) => logged.push(l),
    restoring: new Set(),
  };
  // The config form (not a Server) is the one that honours our port; its '~rooms' type tags are type-only.
  const config = { rooms: { summit: defineRoom(summitRoomType(ctx)) } } as unknown as Parameters<typeof boot>[0];
  colyseus = await boot(config, await freePort());
}, 60_000);
afterAll(async () => {
  await colyseus?.shutdown();
  await store?.close();
});

/** A client that remembers the last message of each type. */
interface Seat {
  room: ClientRoom;
  last: Map<string, unknown>;
  errors: string[];
}
function watch(room: ClientRoom): Seat {
  const seat: Seat = { room, last: new Map(), errors: [] };
  for (const t of ['welcome', 'lobby', 'scenario', 'view', 'result', 'end'])
    room.onMessage(t, (m: unknown) => seat.last.set(t, m));
  room.onMessage('error', (m: { message: string }) => seat.errors.push(m.message));
  return seat;
}
const until = async (ok: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};
const view = (s: Seat) => s.last.get('view') as TableView | undefined;

/** A hosted tutorial... no: an Alaska room with the host as the United States and a guest as Russia, started. */
async function startedRoom() {
  const host = watch(await colyseus.sdk.create('summit', { scenario: 'alaska-2025.yaml', name: 'Host' }));
  await until(() => host.last.has('welcome'));
  const code = (host.last.get('welcome') as WelcomeMessage).code;
  const guest = watch(await colyseus.sdk.joinById(code, { name: '<b>Guest</b>\u0007' }));
  await until(() => guest.last.has('welcome'));
  host.room.send('pick', { party: 'us' });
  guest.room.send('pick', { party: 'russia' });
  await until(() => (host.last.get('lobby') as LobbyView | undefined)?.players.filter((p) => p.party).length === 2);
  const hostToken = (host.last.get('welcome') as WelcomeMessage).hostToken!;
  return { host, guest, code, hostToken };
}

describe('the summit room', () => {
  it('refuses hostile messages with an error reply and keeps working', async () => {
    const { host, guest, hostToken } = await startedRoom();
    // Names are text: control characters dropped, markup kept as plain characters (the view writes textContent).
    expect((host.last.get('lobby') as LobbyView).players.map((p) => p.name)).toEqual(['Host', '<b>Guest</b>']);
    guest.room.send('start', { hostToken: 'not-the-token' });
    await until(() => guest.errors.length === 1);
    expect(guest.errors[0]).toMatch(/only the host/);
    guest.room.send('pick', { party: 'us' });
    await until(() => guest.errors.length === 2);
    expect(guest.errors[1]).toMatch(/taken/);
    host.room.send('start', { hostToken });
    await until(() => view(host) !== undefined && view(guest) !== undefined);

    await until(() => view(host)!.toMove === 'us' || view(host)!.toMove === 'russia');
    const mover = view(host)!.toMove === 'us' ? host : guest;
    const other = mover === host ? guest : host;
    const party = view(mover)!.party!;
    const before = view(mover)!.hash;
    // Acting for another seat, while it is that seat's turn.
    other.room.send('act', { n: 1, action: { type: 'turn.pass', party } });
    await until(() => other.last.has('result'));
    expect(other.last.get('result')).toMatchObject({ n: 1, ok: false, error: { code: 'not-your-seat' } });
    // Malformed, oversized, unknown, extra fields.
    mover.room.send('act', { n: 2, action: { type: 'offer.explode', party } });
    mover.room.send('act', { n: 3, action: { type: 'turn.pass', party, extra: 'x'.repeat(3000) } });
    mover.room.send('sabotage', { anything: true });
    mover.room.send('act', 'just a string');
    await until(() => mover.errors.length === 4);
    expect(mover.errors.join('\n')).toMatch(/malformed[\s\S]*too large[\s\S]*unknown message type[\s\S]*malformed/);
    expect(view(mover)!.hash).toBe(before);
    // An illegal intent: the rule comes back, nothing changes.
    mover.room.send('act', { n: 4, action: { type: 'offer.propose', party, package: { nonsense: 'x' } } });
    await until(() => (mover.last.get('result') as { n: number } | undefined)?.n === 4);
    expect(mover.last.get('result')).toMatchObject({ ok: false, error: { code: 'bad-package' } });
    // And the room still plays.
    const turn = (view(mover)!.state as { turn: number }).turn;
    mover.room.send('act', { n: 5, action: { type: 'turn.pass', party } });
    await until(() => (mover.last.get('result') as { n: number } | undefined)?.n === 5);
    expect(mover.last.get('result')).toMatchObject({ ok: true, turn }); // recorded at the turn it was made
    expect(view(mover)!.hash).not.toBe(before);
    expect(logged.some((l) => l.includes('malformed'))).toBe(true);
    await host.room.leave();
    await guest.room.leave();
  });

  it('never acknowledges a move it could not write', async () => {
    const { host, guest, hostToken } = await startedRoom();
    host.room.send('start', { hostToken });
    await until(() => view(host) !== undefined && (view(host)!.toMove === 'us' || view(host)!.toMove === 'russia'));
    const mover = view(host)!.toMove === 'us' ? host : guest;
    const party = view(mover)!.party!;
    const append = store.append;
    store.append = () => Promise.reject(new Error('the disk is full'));
    try {
      mover.room.send('act', { n: 1, action: { type: 'turn.pass', party } });
      await until(() => (mover.last.get('result') as { n: number } | undefined)?.n === 1);
      expect(mover.last.get('result')).toMatchObject({ ok: false, error: { code: 'not-saved' } });
      expect(logged.some((l) => l.includes('the disk is full'))).toBe(true);
    } finally {
      store.append = append;
    }
    await host.room.leave();
    await guest.room.leave();
  });

  it('refuses newcomers once a room has had 48 players', async () => {
    const host = watch(await colyseus.sdk.create('summit', { scenario: 'tutorial.yaml', name: 'Host' }));
    await until(() => host.last.has('welcome'));
    const code = (host.last.get('welcome') as WelcomeMessage).code;
    for (let i = 1; i < 48; i++) await (await colyseus.sdk.joinById(code, { name: `p${i}` })).leave();
    await expect(colyseus.sdk.joinById(code, { name: 'one too many' })).rejects.toThrow(/full/);
    await host.room.leave();
  }, 60_000);

  it("writes the room's row as it stands after changes in quick succession (several make one write)", async () => {
    const { host, guest, code, hostToken } = await startedRoom();
    guest.room.send('pick', { party: 'ukraine' });
    host.room.send('pick', { party: 'europe' });
    guest.room.send('pick', { party: 'russia' });
    host.room.send('start', { hostToken });
    const end = Date.now() + 10_000;
    let row = await store.room(code);
    while (row?.seats === null || row?.players.map((p) => p.party).join() !== 'europe,russia') {
      if (Date.now() > end) throw new Error(`the row stands at ${JSON.stringify(row)}`);
      await new Promise((r) => setTimeout(r, 20));
      row = await store.room(code);
    }
    expect(row.seats).toMatchObject({ europe: 'human', russia: 'human', us: 'ai', ukraine: 'ai' });
    await host.room.leave();
    await guest.room.leave();
  });

  it('rate-limits a flooding client with error replies', async () => {
    const { host } = await startedRoom();
    for (let i = 0; i < 40; i++) host.room.send('pick', { party: 'us' });
    await until(() => host.errors.some((e) => e === 'too many messages'));
    expect(host.errors.filter((e) => e === 'too many messages').length).toBeGreaterThan(10);
    await host.room.leave();
  });

  it('lets the AI play an empty seat after the grace period and gives it back to its player', async () => {
    const { host, guest, code, hostToken } = await startedRoom();
    host.room.send('start', { hostToken });
    await until(() => view(guest) !== undefined);
    const token = (guest.last.get('welcome') as WelcomeMessage).seatToken;
    await guest.room.leave(false);
    await until(() => view(host)!.seats.russia === 'ai', 5000);
    const back = watch(await colyseus.sdk.joinById(code, { name: 'Guest', token }));
    await until(() => view(back)?.seats.russia === 'human');
    expect(view(back)!.party).toBe('russia');
    // Play to the end: both pass or accept; the replay verifies and records the two reseats.
    const seats = [host, back];
    let n = 100;
    const sent = new Map<Seat, number>();
    await until(() => {
      for (const s of seats) {
        const v = view(s);
        const answered = (s.last.get('result') as { n: number } | undefined)?.n ?? 0;
        if (v && v.toMove === v.party && v.party && !s.last.has('end') && answered >= (sent.get(s) ?? 0)) {
          const type = v.legal.includes('offer.accept') ? 'offer.accept' : 'turn.pass';
          sent.set(s, ++n);
          s.room.send('act', { n, action: { type, party: v.party } });
        }
      }
      return seats.every((s) => s.last.has('end'));
    }, 60_000);
    const replay = parseReplay((back.last.get('end') as { replay: string }).replay, 'online');
    expect(replay.ok).toBe(true);
    if (!replay.ok) return;
    expect(replay.value.reseats?.length ?? 0).toBe(2);
    const sc = shelf.load('alaska-2025.yaml');
    if (!sc.ok) throw new Error(sc.error);
    expect(verifyReplay(sc.value, replay.value).ok).toBe(true);
  }, 90_000);
});
