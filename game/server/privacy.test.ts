// Private stays private, over real WebSockets: every frame the United States' browser receives during a whole
// Alaska game is recorded, and none carries another party's brief, its values, the AI's reasons or the seed —
// until the end, when the full replay (the debrief) is handed out.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import NodeWebSocket from 'ws';
import { parseReplay } from '../content/index';
import type { RemoteMatch } from '../session/online/index';
import { scenarioShelf } from './scenarios';
import { loopbackConfig, type RunningServer, startServer } from './server';

// Every socket the SDK opens records its frames into the array current at its creation (set before each join).
let recorder: Buffer[] = [];
class RecordingWebSocket extends NodeWebSocket {
  constructor(...args: ConstructorParameters<typeof NodeWebSocket>) {
    super(...args);
    const into = recorder;
    this.on('message', (data: Buffer) => into.push(Buffer.from(data)));
  }
}
(globalThis as { WebSocket?: unknown }).WebSocket = RecordingWebSocket;

const dataDir = mkdtempSync(join(tmpdir(), 'summit-privacy-'));
let server: RunningServer | null = null;
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const until = async (ok: () => boolean, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('what a player receives', () => {
  it("never carries another party's secrets before the end", async () => {
    const { RemoteMatch } = await import('../session/online/index');
    const { botMove } = await import('../session/online/index');
    server = await startServer(loopbackConfig(0, dataDir)); // port 0: the system picks a free one
    const url = `http://127.0.0.1:${server.port}`;
    const frames: Buffer[] = [];
    const decoded: string[] = [];
    recorder = frames;
    const us = await RemoteMatch.host(url, 'alaska-2025.yaml', { name: 'Washington' });
    us.subscribe((e) => {
      if (e.type === 'view') decoded.push(JSON.stringify(e.view));
      if (e.type === 'scenario') decoded.push(JSON.stringify(us.scenario()));
      if (e.type === 'lobby') decoded.push(JSON.stringify(e.lobby));
    });
    const players: RemoteMatch[] = [us];
    for (const name of ['Moscow', 'Kyiv', 'Brussels']) {
      recorder = [];
      players.push(await RemoteMatch.join(url, us.code, { name }));
    }
    const parties = ['us', 'russia', 'ukraine', 'europe'];
    for (const [i, p] of players.entries()) p.pick(parties[i]!);
    await until(() => us.lobby()?.players.every((p) => p.party !== null) ?? false);
    us.start();
    await until(() => players.every((p) => p.started()));
    while (!players.every((p) => p.replayFile() !== null)) {
      const mover = players.find((p) => p.party() !== null && p.toMove() === p.party() && !p.over());
      if (mover === undefined) {
        await new Promise((r) => setTimeout(r, 5));
        continue;
      }
      const turn = mover.state()!.turn;
      const party = mover.party()!;
      await mover.act(botMove(mover.scenario()!, mover.state()!, party, mover.legal(party), 'quick'));
      await until(() => (mover.state()?.turn ?? 0) > turn || mover.over());
    }

    const loaded = scenarioShelf('scenarios').load('alaska-2025.yaml');
    if (!loaded.ok) throw new Error(loaded.error);
    const replay = parseReplay(us.replayFile()!, 'online');
    if (!replay.ok) throw new Error('no replay');
    const all = Buffer.concat(frames);
    expect(frames.length).toBeGreaterThan(50);
    // Strings: each paragraph of every other party's brief, in any frame (the replay carries no briefs).
    for (const p of loaded.value.parties.filter((x) => x.id !== 'us')) {
      for (const para of p.brief.split(/\n\s*\n/)) {
        expect(all.includes(Buffer.from(para.slice(0, 50))), `${p.id}'s brief`).toBe(false);
      }
    }
    // Numbers and internals, in everything decoded before the end (the debrief then shows every value).
    const before = decoded.filter((d) => !d.includes('"outcome":{')).join('\n');
    expect(before).not.toContain(String(replay.value.seed));
    expect(before).not.toContain('"reason":{');
    for (const p of loaded.value.parties.filter((x) => x.id !== 'us')) {
      for (const issue of Object.keys(p.values)) {
        const own = loaded.value.parties.find((x) => x.id === 'us')!.values[issue];
        // (skip an issue whose values happen to equal the United States' own)
        if (JSON.stringify(own) !== JSON.stringify(p.values[issue]))
          expect(before, `${p.id}'s values for ${issue}`).not.toContain(JSON.stringify(p.values[issue]));
      }
    }
    // And the seat's own secrets did arrive (the check looks where they would be).
    const usBrief = loaded.value.parties.find((x) => x.id === 'us')!.brief.slice(0, 50);
    expect(all.includes(Buffer.from(usBrief))).toBe(true);
    expect(before).toContain(JSON.stringify(loaded.value.parties.find((x) => x.id === 'us')!.values.ceasefire));
    for (const p of players) await p.leave();
  }, 180_000);
});
