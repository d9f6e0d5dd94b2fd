// A class's table: a summit room (summit-room.ts) that the instructor steers. Students are seated automatically at
// the class's human parties; the instructor (through the class room, class-room.ts) starts, pauses and resumes the
// table, injects one of the scenario's world events, sends notices and ends the class. A phase clock runs in real
// time and, when it runs out, ends the phase as the rules say — a chair intervention (engine/chair.ts) written to the
// room log like a move, so a rebuilt room and the replay play it back. Commands arrive over the presence channel
// and the table tells the class how it stands over another, so this works whichever process holds the table.

import type { Client } from '@colyseus/core';
import { type ChairAction, type CompiledScenario, type GameState, packageValue } from '../engine/index';
import {
  type ClassTableMessage,
  type ClockView,
  cleanNotice,
  commandChannel,
  type TableCommand,
  type TableSummary,
  tableChannel,
} from '../session/online/class-protocol';
import { type ClassRecord, type ClassStore, keyHash } from './class-store';
import type { PlayerRecord } from './store';
import { type RoomContext, SummitRoom } from './summit-room';

/** A dashboard hears of a change within this (the summaries of a busy table are batched). */
const SUMMARY_EVERY_MS = 100;

export interface ClassContext extends RoomContext {
  classes: ClassStore;
}

export function classTableRoomType(ctx: ClassContext): typeof ClassTableRoom {
  return class extends ClassTableRoom {
    protected override ctx = ctx;
    protected override classes = ctx.classes;
  };
}

export class ClassTableRoom extends SummitRoom {
  protected classes!: ClassStore;
  protected override readonly hostedByPlayer = false;
  private cls: ClassRecord | null = null;
  private tableNo = 0;
  private paused = false;
  private notice: string | null = null;
  private clockPhase = -1; // the phase the clock runs for
  private endsAt: number | null = null;
  private remainingMs: number | null = null;
  private clockTimer: ReturnType<typeof setTimeout> | null = null;
  private summaryTimer: ReturnType<typeof setTimeout> | null = null;
  private lastSummaryAt = 0;
  private dirty = false; // changed since the last summary
  private readonly onCommand = (cmd: TableCommand) => this.command(cmd);

  override async onCreate(options: Record<string, unknown>) {
    if (typeof options.restore === 'string') {
      await super.onCreate(options);
      const t = await this.classes.tableOfRoom(this.roomId);
      const cls = t ? await this.classes.classRecord(t.classCode) : null;
      if (t && cls) await this.joinClass(cls, t.table);
      return;
    }
    const code = typeof options.class === 'string' ? options.class : '';
    const key = typeof options.key === 'string' ? options.key : '';
    const table = typeof options.table === 'number' && Number.isInteger(options.table) ? options.table : -1;
    const cls = await this.classes.classRecord(code);
    if (cls === null || keyHash(key) !== cls.keyHash || table < 0 || table >= cls.tables)
      throw new Error('Only a class makes its tables.');
    await super.onCreate({ scenario: cls.scenario });
    await this.classes.saveTable({ classCode: cls.code, table, room: this.roomId, replay: null });
    await this.joinClass(cls, table);
  }

  private async joinClass(cls: ClassRecord, table: number) {
    this.cls = cls;
    this.tableNo = table;
    await this.setMetadata({ class: cls.code, table });
    await this.presence.subscribe(commandChannel(cls.code), this.onCommand);
    if (cls.started && this.match === null && !cls.ended) this.startGame();
    this.changed();
  }

  override onDispose() {
    super.onDispose();
    if (this.clockTimer) clearTimeout(this.clockTimer);
    if (this.summaryTimer) clearTimeout(this.summaryTimer);
    if (this.cls) this.presence.unsubscribe(commandChannel(this.cls.code), this.onCommand);
  }

  // ---- seats and watchers --------------------------------------------------------------------------------------

  /** A new student takes the first of the class's human parties nobody holds (none left: they watch). */
  protected override seated(player: PlayerRecord) {
    const taken = new Set(this.record.players.map((p) => p.party));
    const free = this.cls?.humans.find((p) => !taken.has(p) && this.scenario.parties.some((x) => x.id === p));
    player.party = free ?? null;
  }

  /** The instructor's key with `watch`: a read-only view of the whole table, no seat, no entry in the lobby. */
  protected override watcher(client: Client, options: unknown): boolean {
    const o = (options ?? {}) as { watch?: unknown; key?: unknown };
    if (o.watch !== true) return false;
    if (this.cls === null || typeof o.key !== 'string' || keyHash(o.key) !== this.cls.keyHash)
      throw new Error('Only the instructor can watch a table.');
    client.send('welcome', { code: this.record.code, playerId: '', seatToken: '', hostToken: null });
    this.sendLobby();
    if (this.match) {
      this.sendScenario(client, null);
      this.sendView(client, null);
      if (this.record.finished) client.send('end', { replay: this.match.replayFile() });
    }
    client.send('class', this.classMessage());
    return true;
  }

  override onJoin(client: Client, options: unknown) {
    super.onJoin(client, options);
    if (this.cls) client.send('class', this.classMessage());
  }

  protected override held(): boolean {
    return this.paused;
  }

  protected override ended(replay: string) {
    if (this.cls === null) return;
    this.stopClock();
    void this.classes
      .saveTable({ classCode: this.cls.code, table: this.tableNo, room: this.roomId, replay })
      .then(() => this.publishSummary())
      .catch((e) => this.ctx.log(`class ${this.cls?.code}: could not keep a replay: ${String(e)}`));
  }

  // ---- the instructor's commands -------------------------------------------------------------------------------

  private command(cmd: TableCommand) {
    if (this.cls === null) return;
    const mine = (t: number | null) => t === null || t === this.tableNo;
    switch (cmd.type) {
      case 'hello':
        return this.publishSummary();
      case 'start':
        if (this.match === null) this.startGame();
        return;
      case 'pause':
        if (mine(cmd.table)) this.setPaused(true);
        return;
      case 'resume':
        if (mine(cmd.table)) this.setPaused(false);
        return;
      case 'inject':
        if (mine(cmd.table)) this.chairAct({ type: 'world.event', event: cmd.event });
        return;
      case 'notice':
        this.notice = cleanNotice(cmd.text) || null;
        this.broadcast('class', this.classMessage());
        return;
      case 'end':
        this.endGame();
        return;
    }
  }

  /** The chair acts on the game (logged like a move); refused quietly when the rules say no (the event fired). */
  private chairAct(c: ChairAction): boolean {
    const m = this.match;
    if (m === null || this.record.finished) return false;
    const turn = m.state().turn;
    const r = m.chair(c);
    if (!r.ok) {
      this.ctx.log(`room ${this.roomId}: the chair's ${c.type} was refused: ${r.error.message}`);
      return false;
    }
    void this.logEvent({ kind: 'chair', turn, chair: c });
    this.afterChange();
    return true;
  }

  /** The class ends: every phase still open ends as if its clock ran out, so the game ends as the rules say. */
  private endGame() {
    this.paused = false;
    if (this.match === null) {
      this.changed();
      return;
    }
    for (let guard = 0; guard < 100 && this.match.state().outcome === null; guard++) {
      if (!this.chairAct({ type: 'phase.end' })) break;
    }
  }

  private setPaused(paused: boolean) {
    if (this.paused === paused || this.record.finished) return;
    this.paused = paused;
    if (paused) {
      if (this.endsAt !== null) this.remainingMs = Math.max(0, this.endsAt - Date.now());
      this.endsAt = null;
      if (this.clockTimer) clearTimeout(this.clockTimer);
      this.clockTimer = null;
    } else if (this.remainingMs !== null) {
      this.armClock(this.remainingMs);
    }
    this.broadcast('class', this.classMessage());
    this.changed();
    if (!paused) this.scheduleAi();
  }

  // ---- the phase clock -----------------------------------------------------------------------------------------

  private armClock(ms: number) {
    if (this.clockTimer) clearTimeout(this.clockTimer);
    this.endsAt = Date.now() + ms;
    this.remainingMs = null;
    this.clockTimer = setTimeout(() => {
      this.clockTimer = null;
      this.endsAt = null;
      if (!this.paused) this.chairAct({ type: 'phase.end' });
    }, ms);
  }

  private stopClock() {
    if (this.clockTimer) clearTimeout(this.clockTimer);
    this.clockTimer = null;
    this.endsAt = null;
    this.remainingMs = null;
  }

  /** A new phase gets a full clock (paused: it waits, full, for the resume). */
  private followPhase(s: GameState) {
    const minutes = this.cls?.minutes ?? 0;
    if (minutes <= 0 || s.outcome !== null || s.phase === this.clockPhase) return;
    this.clockPhase = s.phase;
    const full = minutes * 60_000;
    if (this.paused) {
      this.remainingMs = full;
      this.endsAt = null;
    } else this.armClock(full);
    this.broadcast('class', this.classMessage());
  }

  private clockView(): ClockView {
    return { endsAt: this.endsAt, remainingMs: this.remainingMs, paused: this.paused };
  }

  private classMessage(): ClassTableMessage {
    return { clock: this.clockView(), notice: this.notice };
  }

  // ---- telling the class ---------------------------------------------------------------------------------------

  protected override changed() {
    if (this.cls === null) return;
    const s = this.match?.state();
    if (s) {
      if (s.outcome !== null) this.stopClock();
      else this.followPhase(s);
    }
    // At once when the table has been quiet (a player's move reaches the dashboard before the AI's turns that
    // follow it are played), else once at the end of the interval: at most one summary per interval and table.
    this.dirty = true;
    if (this.summaryTimer !== null) return;
    if (Date.now() - this.lastSummaryAt >= SUMMARY_EVERY_MS) this.publishSummary();
    this.summaryTimer = setTimeout(() => {
      this.summaryTimer = null;
      if (this.dirty) this.publishSummary();
    }, SUMMARY_EVERY_MS);
  }

  private publishSummary() {
    if (this.cls === null) return;
    this.lastSummaryAt = Date.now();
    this.dirty = false;
    this.presence.publish(tableChannel(this.cls.code), this.summary());
  }

  summary(): TableSummary {
    const cls = this.cls!;
    const sc = this.scenario;
    const s = this.match?.state() ?? null;
    const name = (id: string | null | undefined) => sc.parties.find((p) => p.id === id)?.name ?? id ?? '';
    const seats = this.match?.seats() ?? {};
    return {
      class: cls.code,
      table: this.tableNo,
      code: this.record.code,
      started: this.match !== null,
      finished: this.record.finished,
      paused: this.paused,
      clock: this.clockView(),
      turn: s?.turn ?? 0,
      phase: s ? (sc.phases[Math.min(s.phase, sc.phases.length - 1)]?.name ?? '') : '',
      round: s?.round ?? 0,
      speaker: this.match?.toMove() ? name(this.match.toMove()) : null,
      onTable: s?.table ? `${name(s.table.proposer)}: ${describePackage(sc, s.table.package)}` : null,
      parties: sc.parties.map((p) => {
        const stance = s?.ai[p.id]?.value ?? p.ai.initial;
        return {
          id: p.id,
          name: p.name,
          seat: seats[p.id] ?? (cls.humans.includes(p.id) ? 'human' : 'ai'),
          player: this.record.players.find((x) => x.party === p.id)?.name ?? null,
          stance,
          mood: p.ai.states[stance]?.mood ?? '',
        };
      }),
      deals: (s?.agreements ?? []).map(
        (a) => `${sc.phases.find((ph) => ph.id === a.phase)?.name ?? a.phase}: ${describePackage(sc, a.package)}`,
      ),
      outcome: s?.outcome?.kind ?? null,
      walkout: s?.outcome?.kind === 'walkout' ? name(s.outcome.by) : null,
      dance: s ? danceOf(sc, s) : { a: sc.parties[0]?.name ?? '', b: sc.parties[1]?.name ?? '', points: [] },
      fired: s ? [...s.fired] : [],
      sentAt: Date.now(),
    };
  }
}

function describePackage(sc: CompiledScenario, pkg: Record<string, string>): string {
  return Object.entries(pkg)
    .map(([issue, option]) => {
      const i = sc.issues.find((x) => x.id === issue);
      return `${i?.name ?? issue}: ${i?.options.find((o) => o.id === option)?.label ?? option}`;
    })
    .join('; ');
}

/** Every proposal so far, valued by the scenario's first two parties (with the deals struck before it). */
function danceOf(sc: CompiledScenario, s: GameState): TableSummary['dance'] {
  const [a, b] = sc.parties;
  if (a === undefined || b === undefined) return { a: '', b: '', points: [] };
  const points: [number, number][] = [];
  const commitments: Record<string, string> = {};
  let deals = 0;
  for (const e of s.log) {
    if (e.kind === 'deal') Object.assign(commitments, s.agreements[deals++]?.package ?? {});
    if (e.kind === 'action' && e.action.type === 'offer.propose')
      points.push([
        packageValue(sc, a, e.action.package, commitments),
        packageValue(sc, b, e.action.package, commitments),
      ]);
  }
  return { a: a.name, b: b.name, points: points.slice(-60) };
}
