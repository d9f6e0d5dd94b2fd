// A room sends each connection the whole state once and then only what changed (the members that are new, the
// transcript's new entries): a client that merges them holds exactly the state its seat may see, turn after turn,
// and a connection that drops and comes back starts again from a whole view.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matchMaker } from '@colyseus/core';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson, type GameState } from '../engine/index';
import { botMove, RemoteMatch } from '../session/online/index';
import { until } from './play-bots.testkit';
import { playerState } from './player-view';
import { loopbackConfig, type RunningServer, startServer } from './server';
import type { SummitRoom } from './summit-room';

const dataDir = mkdtempSync(join(tmpdir(), 'summit-view-patch-'));
let server: RunningServer | null = null;
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('views sent as changes', () => {
  it('add up, every turn, to the whole view of the seat; a new connection starts from a whole view', async () => {
    server = await startServer(loopbackConfig(0, dataDir)); // port 0: the system picks a free one
    const url = `http://127.0.0.1:${server.port}`;
    const host = await RemoteMatch.host(url, 'alaska-2025.yaml', { name: 'Host' });
    const guest = await RemoteMatch.join(url, host.code, { name: 'Guest' });
    const room = matchMaker.getLocalRoomById(host.code) as SummitRoom;
    const match = () => (room as unknown as { match: { scenario: never; state(): GameState } }).match;
    const patches: boolean[] = [];
    host.subscribe((e) => {
      if (e.type === 'view') patches.push(e.view.patch === true);
    });
    await until('the lobby', () => (host.lobby()?.parties.length ?? 0) > 1);
    const [a, b] = host.lobby()!.parties;
    host.pick(a!.id);
    guest.pick(b!.id);
    await until('the picks', () => host.lobby()!.players.every((p) => p.party !== null));
    host.start();
    await until('the start', () => host.started() && guest.started() && host.scenario() !== null);
    const players = [host, guest];
    /** Each player's merged state is its seat's view of the room's state, once the room has stopped moving. */
    const check = async () => {
      await until('the views of the last change', () => players.every((p) => p.hash() === room.tableHash()));
      for (const p of players)
        expect(canonicalJson(p.state())).toBe(canonicalJson(playerState(match().scenario, match().state(), p.party())));
    };
    let moves = 0;
    let rnd = 7;
    const random = () => {
      rnd = (Math.imul(rnd, 1103515245) + 12345) >>> 0;
      return rnd / 4294967296;
    };
    while (!host.over() && moves < 40) {
      await check();
      const mover = players.find((p) => p.toMove() === p.party() && p.seats()[p.party()!] === 'human');
      if (mover === undefined) {
        await new Promise((r) => setTimeout(r, 10));
        continue;
      }
      const party = mover.party()!;
      const r = await mover.act(
        botMove(mover.scenario()!, mover.state()!, party, mover.legal(party), 'random', random),
      );
      if (!r.ok) await mover.act({ type: 'turn.pass', party });
      moves++;
      if (moves === 10) {
        // A dropped connection comes back as a new one: its first view is whole again.
        const before = patches.length;
        host.dropForTest();
        await until('the view after reconnecting', () => patches.length > before);
        expect(patches[before]).toBe(false);
      }
    }
    await check();
    expect(moves).toBeGreaterThan(10);
    expect(patches[0]).toBe(false);
    expect(patches.filter(Boolean).length).toBeGreaterThan(5);
    await Promise.all(players.map((p) => p.leave()));
  }, 120_000);
});
