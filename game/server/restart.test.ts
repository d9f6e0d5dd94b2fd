// The crash test: a server process killed with SIGKILL mid-game and started again on the same data rebuilds the
// room from its log; the players come back with their seat tokens, the state hash is the one before the crash,
// and the game plays on to its end with a replay that verifies.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReplay } from '../content/index';
import { verifyReplay } from '../engine/replay';
import { RemoteMatch } from '../session/online/index';
import { freePort } from './free-port.testkit';
import { playUntil, until } from './play-bots.testkit';
import { scenarioShelf } from './scenarios';
import { type SpawnedServer, spawnServer } from './spawn';

const dataDir = mkdtempSync(join(tmpdir(), 'summit-restart-'));
const servers: SpawnedServer[] = [];

afterAll(() => {
  for (const s of servers) s.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a server killed mid-game', () => {
  it('rebuilds the room from its log and the players carry on with their seat tokens', async () => {
    // A free port, kept for the restart: the players come back to the same address.
    const args = ['--port', String(await freePort()), '--data', dataDir, '--ai-delay', '0', '--grace', '600'];
    const first = await spawnServer(args);
    servers.push(first);
    const host = await RemoteMatch.host(first.url, 'alaska-2025.yaml', { name: 'Host' });
    const others = await Promise.all(
      ['Anna', 'Bohdan'].map((name) => RemoteMatch.join(first.url, host.code, { name })),
    );
    const players = [host, ...others];
    await until('the lobby', () => host.lobby()?.players.length === 3);
    const parties = host.lobby()!.parties.map((p) => p.id);
    for (const [i, p] of players.entries()) p.pick(parties[i]!);
    await until('the picks', () => host.lobby()!.players.every((p) => p.party !== null));
    host.start();
    await until('the start', () => players.every((p) => p.started() && p.scenario() !== null));
    // Part of a game, then a moment of rest (a human to move).
    await playUntil(players, () => (host.state()?.turn ?? 0) >= 12);
    await until('rest', () => {
      const p = host.toMove();
      return p !== null && host.seats()[p] === 'human';
    });
    const before = host.hash();
    expect(before).not.toBeNull();

    // What each player hears from the rebuilt room: the first view after they are welcomed back.
    const rebuilt: (string | null)[] = players.map(() => null);
    players.forEach((p, i) => {
      let back = false;
      p.subscribe((e) => {
        if (e.type === 'connection' && e.status === 'connected') back = true;
        if (e.type === 'view' && back && rebuilt[i] === null) rebuilt[i] = e.view.hash;
      });
    });
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    const second = await spawnServer(args);
    servers.push(second);
    await until('everybody back', () => rebuilt.every((h) => h !== null), 90_000);
    expect(rebuilt).toEqual(players.map(() => before));

    await playUntil(players, () => players.every((p) => p.replayFile() !== null));
    const text = players[1]!.replayFile()!;
    const replay = parseReplay(text, 'online');
    expect(replay.ok).toBe(true);
    if (!replay.ok) return;
    const sc = scenarioShelf('scenarios').load('alaska-2025.yaml');
    if (!sc.ok) throw new Error(sc.error);
    expect(verifyReplay(sc.value, replay.value).ok).toBe(true);
    for (const p of players) await p.leave();
  }, 240_000);
});
