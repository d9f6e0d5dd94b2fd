// A class: the room the instructor's dashboard joins (with the instructor's key; nobody else may). It makes the
// class's tables (class-table.ts) through the matchmaker, so with a shared driver they may run on any process, and
// relays between them over the presence channel: the instructor's commands out to every table, each table's summary
// back in to the dashboard. It also seats students (one at a time, so two never take the same seat) and keeps the
// class report up to date from the replays the finished tables stored (the report `summit report` makes).

import { type Client, matchMaker, Room } from '@colyseus/core';
import { z } from 'zod';
import { parseReplay } from '../content/index';
import type { CompiledScenario } from '../engine/index';
import {
  CLASS_TABLE_NAME,
  type ClassReport,
  type ClassView,
  cleanNotice,
  commandChannel,
  MAX_NOTICE_CHARS,
  type TableCommand,
  type TableSummary,
  tableChannel,
} from '../session/online/class-protocol';
import {
  classPlotSvg,
  classPlotTitle,
  debriefOf,
  groupReport,
  type LoadedDebrief,
  reportCsv,
  reportHtml,
  reportTable,
} from '../session/report/index';
import { type ClassRecord, keyHash } from './class-store';
import type { ClassContext } from './class-table';

const table = z.number().int().min(0).max(1000).nullable();
const TeachCommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start') }),
  z.strictObject({ type: z.literal('pause'), table }),
  z.strictObject({ type: z.literal('resume'), table }),
  z.strictObject({ type: z.literal('inject'), table, event: z.string().min(1).max(64) }),
  z.strictObject({
    type: z.literal('notice'),
    text: z
      .string()
      .min(1)
      .max(MAX_NOTICE_CHARS * 2),
  }),
  z.strictObject({ type: z.literal('end') }),
]);

export function classRoomType(ctx: ClassContext): typeof ClassRoom {
  return class extends ClassRoom {
    protected override ctx = ctx;
  };
}

export class ClassRoom extends Room {
  protected ctx!: ClassContext;
  private cls!: ClassRecord;
  private sc!: CompiledScenario;
  private readonly tables = new Map<number, TableSummary>();
  private readonly seatedAt: number[] = [];
  private report: ClassReport | null = null;
  private reportedFinished = -1;
  /** Each finished table's debrief, kept with the replay it was made from (a finished table's replay is final). */
  private readonly debriefs = new Map<number, { replay: string; debrief: LoadedDebrief | null }>();
  /** The report being rebuilt, and whether another rebuild was asked for meanwhile (one runs at a time). */
  private rebuilding: Promise<void> | null = null;
  private rebuildAgain = false;
  private readonly onSummary = (s: TableSummary) => this.summary(s);

  override async onCreate(options: Record<string, unknown>) {
    this.autoDispose = false; // the class lives while its tables play, dashboard or not
    this.maxMessagesPerSecond = 30;
    const code = typeof options.code === 'string' ? options.code : '';
    const key = typeof options.key === 'string' ? options.key : '';
    // A restart reopens running classes (the server's own list, never a client's say-so); else the key is needed.
    const restoring = typeof options.restore === 'string' && this.ctx.restoring.delete(options.restore);
    const cls = await this.ctx.classes.classRecord(restoring ? String(options.restore) : code);
    if (cls === null || (!restoring && keyHash(key) !== cls.keyHash)) throw new Error('No such class, or not its key.');
    const sc = await this.ctx.scenarios.load(cls.scenario);
    if (!sc.ok) throw new Error(sc.error);
    this.cls = cls;
    this.sc = sc.value;
    this.roomId = cls.code;
    for (let i = 0; i < cls.tables; i++) this.seatedAt.push(0);
    await this.presence.subscribe(tableChannel(cls.code), this.onSummary);
    // The tables: made now for a new class; a class opened again finds its tables in the database.
    const known = await this.ctx.classes.tables(cls.code);
    for (let i = 0; i < cls.tables; i++) {
      const t = known.find((x) => x.table === i);
      if (t?.room) {
        const record = await this.ctx.store.room(t.room);
        this.seatedAt[i] = record?.players.filter((p) => p.party !== null).length ?? 0;
        continue;
      }
      if (cls.ended || restoring) continue;
      await matchMaker.createRoom(CLASS_TABLE_NAME, { class: cls.code, key, table: i });
    }
    this.onMessage('command', (client: Client, message: unknown) => this.command(client, message));
    this.onMessage('*', (client: Client) => client.send('error', { message: 'unknown message' }));
    this.presence.publish(commandChannel(cls.code), { type: 'hello' } satisfies TableCommand);
    await this.refreshReport();
  }

  override onDispose() {
    this.presence.unsubscribe(tableChannel(this.cls?.code ?? ''), this.onSummary);
  }

  /** Only the instructor joins, with the class's key. */
  override onJoin(client: Client, options: unknown) {
    const key = (options as { key?: unknown } | undefined)?.key;
    if (typeof key !== 'string' || keyHash(key) !== this.cls.keyHash)
      throw new Error('Only the instructor can open the class.');
    client.send('class', this.view());
    for (const s of [...this.tables.values()].sort((a, b) => a.table - b.table)) client.send('table', s);
    if (this.report) client.send('report', this.report);
    this.presence.publish(commandChannel(this.cls.code), { type: 'hello' } satisfies TableCommand);
    void this.tableList().then((codes) => client.send('tables', codes));
  }

  /** The class's tables as the matchmaker lists them (every process's, with a shared driver). */
  private async tableList(): Promise<{ table: number; code: string }[]> {
    const rooms = await matchMaker.query({ name: CLASS_TABLE_NAME });
    return rooms
      .filter((r) => (r.metadata as { class?: string } | undefined)?.class === this.cls.code)
      .map((r) => ({ table: (r.metadata as { table: number }).table, code: r.roomId }))
      .sort((a, b) => a.table - b.table);
  }

  private view(): ClassView {
    return {
      code: this.cls.code,
      title: this.cls.title,
      file: this.cls.scenario,
      tables: this.cls.tables,
      humans: this.cls.humans,
      minutes: this.cls.minutes,
      started: this.cls.started,
      ended: this.cls.ended,
      parties: this.sc.parties.map((p) => ({ id: p.id, name: p.name })),
      events: this.sc.events.map((e) => ({ id: e.id, headline: e.headline })),
    };
  }

  private command(client: Client, message: unknown) {
    const parsed = TeachCommandSchema.safeParse(message);
    if (!parsed.success) return client.send('error', { message: 'That command is not valid.' });
    const cmd = parsed.data;
    if (this.cls.ended) return client.send('error', { message: 'The class has ended.' });
    if (cmd.type === 'notice') {
      const text = cleanNotice(cmd.text);
      if (text === '') return client.send('error', { message: 'The notice is empty.' });
      this.presence.publish(commandChannel(this.cls.code), { type: 'notice', text } satisfies TableCommand);
      return;
    }
    if (cmd.type === 'start' || cmd.type === 'end') {
      if (cmd.type === 'start') this.cls.started = true;
      else this.cls.ended = true;
      void this.ctx.classes.saveClass(this.cls).then(() => this.broadcast('class', this.view()));
    }
    this.presence.publish(commandChannel(this.cls.code), cmd satisfies TableCommand);
  }

  /**
   * Called through the matchmaker (`remoteRoomCall`) by the seat route: the code of the table with the fewest
   * students (the first such). Counted here, one call at a time, so a rush of students spreads evenly.
   */
  async seat(): Promise<string | null> {
    if (this.cls.ended) return null;
    const codes = new Map<number, string>([...this.tables.values()].map((t) => [t.table, t.code]));
    if (codes.size < this.cls.tables) for (const t of await this.tableList()) codes.set(t.table, t.code);
    let best = -1;
    for (const i of [...codes.keys()].sort((x, y) => x - y))
      if (best === -1 || (this.seatedAt[i] ?? 0) < (this.seatedAt[best] ?? 0)) best = i;
    if (best === -1) return null;
    this.seatedAt[best] = (this.seatedAt[best] ?? 0) + 1;
    return codes.get(best) ?? null;
  }

  private summary(s: TableSummary) {
    if (s.class !== this.cls.code) return;
    this.tables.set(s.table, s);
    const seated = s.parties.filter((p) => p.player !== null).length;
    if (seated > (this.seatedAt[s.table] ?? 0)) this.seatedAt[s.table] = seated;
    this.broadcast('table', s);
    const finished = [...this.tables.values()].filter((t) => t.finished).length;
    if (finished !== this.reportedFinished) void this.refreshReport();
  }

  /**
   * The class report of the finished tables' stored replays (every one verified on the way). One rebuild runs at a
   * time: a summary arriving meanwhile asks for one more afterwards, instead of starting another alongside. Each
   * table's replay is parsed, verified and analysed once; later rebuilds reuse its debrief (with 30 tables finishing
   * one by one, re-analysing every finished table each time took most of the server's time).
   */
  private refreshReport(): Promise<void> {
    if (this.rebuilding !== null) {
      this.rebuildAgain = true;
      return this.rebuilding;
    }
    this.rebuilding = (async () => {
      do {
        this.rebuildAgain = false;
        await this.rebuildReport();
      } while (this.rebuildAgain);
    })().finally(() => {
      this.rebuilding = null;
    });
    return this.rebuilding;
  }

  private async rebuildReport() {
    const rows = await this.ctx.classes.tables(this.cls.code);
    const loaded: LoadedDebrief[] = [];
    for (const t of rows) {
      if (t.replay === null) continue;
      const known = this.debriefs.get(t.table);
      if (known !== undefined && known.replay === t.replay) {
        if (known.debrief !== null) loaded.push(known.debrief);
        continue;
      }
      const r = parseReplay(t.replay, `table-${t.table + 1}.summit.json`);
      const d = r.ok ? debriefOf(`table-${t.table + 1}`, this.sc, r.value) : null;
      if (d !== null && !d.ok) this.ctx.log(`class ${this.cls.code}: ${d.error}`);
      const debrief = d?.ok ? d.value : null;
      this.debriefs.set(t.table, { replay: t.replay, debrief });
      if (debrief !== null) loaded.push(debrief);
    }
    this.reportedFinished = loaded.length;
    if (loaded.length === 0) return;
    const groups = groupReport(loaded);
    this.report = {
      finished: loaded.length,
      table: reportTable(groups),
      csv: reportCsv(groups),
      html: reportHtml(groups),
      plots: groups.map((g) => ({ title: classPlotTitle(g), svg: classPlotSvg(g) })),
    };
    this.broadcast('report', this.report);
  }
}
