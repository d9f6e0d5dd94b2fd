// The end of an online game when the room's 'end' message does not reach a player (it went out while their
// connection was changing): the client sees the game over in its view and asks for the replay until it comes, so
// every player reaches the end screen. The room here drops its 'end' broadcasts on purpose.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matchMaker } from '@colyseus/core';
import { afterAll, describe, expect, it } from 'vitest';
import { RemoteMatch } from '../session/online/index';
import { playUntil, until } from './play-bots.testkit';
import { loopbackConfig, type RunningServer, startServer } from './server';

const dataDir = mkdtempSync(join(tmpdir(), 'summit-end-replay-'));
let server: RunningServer | null = null;
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the replay at the end of an online game', () => {
  it('reaches a player whose end message was lost: the client asks again', async () => {
    server = await startServer(loopbackConfig(0, dataDir)); // port 0: the system picks a free one
    const url = `http://127.0.0.1:${server.port}`;
    const host = await RemoteMatch.host(url, 'tutorial.yaml', { name: 'Host' });
    const room = matchMaker.getLocalRoomById(host.code);
    const broadcast = room.broadcast.bind(room);
    room.broadcast = ((type: string, ...rest: unknown[]) => {
      if (type !== 'end') (broadcast as (t: string, ...r: unknown[]) => void)(type, ...rest);
    }) as typeof room.broadcast;
    await until('the lobby', () => host.lobby() !== null);
    host.pick(host.lobby()!.parties[0]!.id);
    await until('the pick', () => host.lobby()!.players[0]?.party !== null);
    host.start();
    await until('the start', () => host.started() && host.scenario() !== null);
    await playUntil([host], () => host.over());
    await until('the replay', () => host.replayFile() !== null, 10_000);
    expect(host.replayFile()).toContain('"format"');
    await host.leave();
  }, 120_000);
});
