// The classroom on a real Colyseus server (@colyseus/testing): a class is made with its key (and refused for a
// party its scenario lacks); the class room and a table's watch refuse a wrong key, and a table cannot be made
// outside a class; students are seated at the class's parties, spread over the tables; the instructor starts,
// pauses (a student's move is refused, no AI turn is played), resumes, injects a world event into one table,
// sends a notice (text only) and ends the class — every table's replay is stored, records the interventions, and
// verifies; the live class report comes with it.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defineRoom, matchMaker } from '@colyseus/core';
import type { Room as ClientRoom } from '@colyseus/sdk';
import { boot, type ColyseusTestServer } from '@colyseus/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReplay } from '../content/index';
import { verifyReplay } from '../engine/index';
import type {
  ClassListing,
  ClassReport,
  ClassTableMessage,
  ClassView,
  TableSummary,
  TeachCommand,
} from '../session/online/class-protocol';
import type { TableView, WelcomeMessage } from '../session/online/index';
import { classRoomType } from './class-room';
import { type ClassStore, openClassStore } from './class-store';
import { type ClassContext, classTableRoomType } from './class-table';
import { freePort } from './free-port.testkit';
import { until } from './play-bots.testkit';
import { scenarioShelf } from './scenarios';
import { openStore, type RoomStore } from './store';
import { summitRoomType } from './summit-room';
import { newClass, teachRoutes } from './teach-routes';
import { scenarioLibrary } from './uploads';

let colyseus: ColyseusTestServer;
let store: RoomStore;
let classes: ClassStore;
let ctx: ClassContext;

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://' });
  classes = await openClassStore(store.sql);
  ctx = {
    store,
    classes,
    scenarios: scenarioLibrary(scenarioShelf('scenarios'), store),
    aiDelayMs: 0,
    graceMs: 60_000,
    log: () => undefined,
    restoring: new Set(),
  };
  const config = {
    rooms: {
      summit: defineRoom(summitRoomType(ctx)),
      'summit-table': defineRoom(classTableRoomType(ctx)),
      'summit-class': defineRoom(classRoomType(ctx)),
    },
  } as unknown as Parameters<typeof boot>[0];
  colyseus = await boot(config, await freePort());
}, 60_000);
afterAll(async () => {
  await colyseus?.shutdown();
  await store?.close();
});

interface Listener {
  room: ClientRoom;
  all: Map<string, unknown[]>;
}
function listen(room: ClientRoom, types: string[]): Listener {
  const l: Listener = { room, all: new Map() };
  for (const t of types)
    room.onMessage(t, (m: unknown) => {
      const list = l.all.get(t) ?? [];
      list.push(m);
      l.all.set(t, list);
    });
  return l;
}
const last = <T>(l: Listener, t: string) => l.all.get(t)?.at(-1) as T | undefined;

describe('the classroom', () => {
  it('makes a class, checks the key, seats students, steers the tables and keeps verified replays', async () => {
    const bad = await newClass(ctx, { scenario: 'tutorial.yaml', tables: 2, humans: ['atlantis'], minutes: 0 });
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/no party/) });
    const made = await newClass(ctx, { scenario: 'tutorial.yaml', tables: 2, humans: ['millford'], minutes: 0 });
    if (!made.ok) throw new Error(made.error);
    const { code, key } = made;

    await expect(colyseus.sdk.joinById(code, { key: 'wrong' })).rejects.toThrow(/instructor/);
    await expect(
      colyseus.sdk.create('summit-table', { class: code, key: 'wrong', table: 0, scenario: 'tutorial.yaml' }),
    ).rejects.toThrow();
    const dash = listen(await colyseus.sdk.joinById(code, { key }), ['class', 'table', 'report', 'error']);
    await until('the class view', () => last<ClassView>(dash, 'class')?.tables === 2);
    const tables = () => {
      const byTable = new Map<number, TableSummary>();
      for (const s of (dash.all.get('table') ?? []) as TableSummary[]) byTable.set(s.table, s);
      return byTable;
    };
    await until('both tables', () => tables().size === 2);

    // Two students, seated by the class room at different tables, each at the class's human party.
    const seats = [
      await matchMaker.remoteRoomCall(code, 'seat' as never, []),
      await matchMaker.remoteRoomCall(code, 'seat' as never, []),
    ];
    expect(new Set(seats).size).toBe(2);
    const students = await Promise.all(
      seats.map(async (t, i) =>
        listen(await colyseus.sdk.joinById(String(t), { name: `Student ${i}` }), [
          'welcome',
          'view',
          'result',
          'class',
          'lobby',
          'scenario',
        ]),
      ),
    );
    await until('students welcomed', () => students.every((s) => last<WelcomeMessage>(s, 'welcome') !== undefined));
    // Nobody hosts a class's table: the instructor starts it.
    expect(students.every((s) => last<WelcomeMessage>(s, 'welcome')!.hostToken === null)).toBe(true);
    await until('students seated', () =>
      [...tables().values()].every((t) => t.parties.find((p) => p.id === 'millford')?.player?.startsWith('Student')),
    );
    await expect(colyseus.sdk.joinById(String(seats[0]), { watch: true, key: 'wrong' })).rejects.toThrow(/instructor/);

    const command = (c: TeachCommand) => dash.room.send('command', c);
    command({ type: 'start' });
    await until('started, Millford to move', () =>
      students.every((s) => last<TableView>(s, 'view')?.toMove === 'millford'),
    );

    // Pause table 0: its student's move is refused; the other table plays on.
    command({ type: 'pause', table: 0 });
    const t0 = students.find((s) => String(s.room.roomId) === tables().get(0)!.code)!;
    const t1 = students.find((s) => s !== t0)!;
    await until('paused', () => tables().get(0)!.paused && last<ClassTableMessage>(t0, 'class')!.clock.paused);
    t0.room.send('act', { n: 1, action: { type: 'turn.pass', party: 'millford' } });
    await until('an answer', () => last(t0, 'result') !== undefined);
    expect(last(t0, 'result')).toMatchObject({ ok: false, error: { code: 'paused' } });
    const turnOf = (s: Listener) => (last<TableView>(s, 'view')!.state as { turn: number }).turn;
    const held = turnOf(t0);
    const before1 = turnOf(t1);
    t1.room.send('act', { n: 1, action: { type: 'turn.pass', party: 'millford' } });
    await until('table 1 moved', () => turnOf(t1) > before1 + 1 && last<TableView>(t1, 'view')!.toMove === 'millford');
    expect(turnOf(t0)).toBe(held);
    command({ type: 'resume', table: 0 });
    await until('resumed', () => !tables().get(0)!.paused);
    t0.room.send('act', { n: 2, action: { type: 'turn.pass', party: 'millford' } });
    await until('table 0 moved', () => (last<{ n: number; ok: boolean }>(t0, 'result')?.n ?? 0) === 2);
    expect(last(t0, 'result')).toMatchObject({ ok: true });

    // A world event into table 1 only; a notice is text.
    command({ type: 'inject', table: 1, event: 'election' });
    await until('the event fired at table 1', () => tables().get(1)!.fired.includes('election'));
    expect(tables().get(0)!.fired).not.toContain('election');
    command({ type: 'notice', text: '<b>Five\u0007 minutes</b>   left' });
    await until('the notice', () => last<ClassTableMessage>(t0, 'class')?.notice === '<b>Five minutes</b> left');

    // The end: every table's game ends by the rules, its replay is kept and verifies, the report comes.
    command({ type: 'end' });
    await until('both finished', () => [...tables().values()].every((t) => t.finished), 20_000);
    await until('the report', () => last<ClassReport>(dash, 'report')?.finished === 2);
    expect(last<ClassReport>(dash, 'report')!.csv).toMatch(/table-1/);
    // The scatter is a complete SVG document (an <img> of it draws only then), not the report page's <figure>.
    const plot = last<ClassReport>(dash, 'report')!.plots[0]!;
    expect(plot.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[^"]+" width="\d+" height="\d+"/);
    expect(plot.svg.endsWith('</svg>')).toBe(true);
    expect(plot.svg.match(/<circle /g)).toHaveLength(2);
    expect(plot.title).toMatch(/^Class outcomes: /);
    const kept = await classes.tables(code);
    const sc = await ctx.scenarios.load('tutorial.yaml');
    if (!sc.ok) throw new Error(sc.error);
    for (const t of kept) {
      const r = parseReplay(t.replay ?? '', 'x.summit.json');
      if (!r.ok) throw new Error('a kept replay does not read');
      expect(verifyReplay(sc.value, r.value).ok).toBe(true);
      expect(r.value.chair?.some((c) => c.chair.type === 'phase.end')).toBe(true);
      expect(r.value.outcome?.kind).toBe('no-deal');
    }
    const withEvent = parseReplay(kept.find((t) => t.table === 1)!.replay!, 'x.summit.json');
    expect(withEvent.ok && withEvent.value.chair?.[0]?.chair).toEqual({ type: 'world.event', event: 'election' });
    expect((await classes.classRecord(code))?.ended).toBe(true);
    await dash.room.leave();
    for (const s of students) await s.room.leave();
  }, 60_000);

  it('lists a class only to whoever holds its key', async () => {
    const made = await newClass(ctx, { scenario: 'tutorial.yaml', tables: 1, humans: ['millford'], minutes: 0 });
    if (!made.ok) throw new Error(made.error);
    const routes = teachRoutes({ ...ctx, distDir: 'dist' });
    const http = createServer((req, res) =>
      routes(req, res, () => {
        res.statusCode = 404;
        res.end();
      }),
    );
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/classes`;
    const mine = (keys: { code: string; key: string }[]) =>
      fetch(`${url}/mine`, { method: 'POST', body: JSON.stringify({ keys }) });
    try {
      // Without a key: no list at all, and no class's code anywhere in the answer.
      const open = await fetch(url);
      expect(open.status).toBe(403);
      expect(await open.text()).not.toContain(made.code);
      // A wrong key, or a code alone: nothing listed.
      expect(await (await mine([{ code: made.code, key: 'wrong' }])).json()).toEqual([]);
      expect(await (await mine([])).json()).toEqual([]);
      expect((await mine([{ code: made.code } as never])).status).toBe(400);
      // The key of this class: this class, and no other (the first test's class is not listed).
      const listed = (await (await mine([{ code: made.code, key: made.key }])).json()) as ClassListing[];
      expect(listed.map((c) => c.code)).toEqual([made.code]);
      expect(listed[0]).toMatchObject({ tables: 1, ended: false, finishedTables: 0 });
    } finally {
      await new Promise((r) => http.close(r));
    }
  });
});
