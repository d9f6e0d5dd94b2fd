// One online summit: a Colyseus room that runs a Match and is its referee. Players join with the room's code,
// pick a party in the lobby, and the host starts; the AI takes every empty seat. A player's intent is checked
// (shape, size, rate, seat, turn) before it reaches the Match; the room plays the AI seats with a short pacing
// delay and sends each player the game as their seat may see it (player-view.ts). Every change is written to the
// room log (store.ts) before it is acknowledged, so a restarted server rebuilds the room exactly.
// No Colyseus schema state: each client gets its own messages, because no two seats may see the same thing.

import { type Client, matchMaker, Room } from '@colyseus/core';
import type { Action, ByParty, CompiledScenario, GameState, PartyId, Seat } from '../engine/index';
import { isJoinCode, newJoinCode, newSeed, newToken } from './join-code';
import {
  type ActResult,
  ClientMessages,
  type ClientMessageType,
  CreateOptionsSchema,
  cleanName,
  JoinOptionsSchema,
  type LobbyView,
  MAX_MESSAGE_BYTES,
  messageBytes,
  type WelcomeMessage,
} from './messages';
import { rateLimiter } from './rate-limit';
import { applyLog } from './rebuild';
import { createRoomMatch, type RoomMatch } from './room-match';
import type { PlayerRecord, RoomEvent, RoomRecord, RoomStore } from './store';
import { tableHash } from './table-hash';
import type { ScenarioLibrary } from './uploads';
import { corked, type SharedView, scenarioFrame, sharedView, viewFrame } from './view-frames';
import { sendFrame } from './wire';

/** A class of students and their teacher, with room to spare; past these a room refuses newcomers. */
const MAX_CONNECTIONS = 24;
const MAX_PLAYERS = 48;

/** What every room of a server shares (given as the room type's default options). */
export interface RoomContext {
  store: RoomStore;
  /** The bundled scenarios and the uploaded ones (by their `upload:` id). */
  scenarios: ScenarioLibrary;
  aiDelayMs: number; // pause before each AI turn, so people can follow; 0 in tests
  graceMs: number; // how long an empty seat waits for its player before the AI takes it
  log: (line: string) => void;
  /** Codes of logged rooms the server is rebuilding now: only these may be created with `restore`. */
  restoring: Set<string>;
}

/** The room type of one server: the context is given by the server, never through a client's options. */
export function summitRoomType(ctx: RoomContext): typeof SummitRoom {
  return class extends SummitRoom {
    protected override ctx = ctx;
  };
}

export class SummitRoom extends Room {
  protected ctx!: RoomContext;
  protected record!: RoomRecord;
  /** The room's scenario, compiled once when the room is made (bundled or uploaded). */
  protected scenario!: CompiledScenario;
  protected match: RoomMatch | null = null;
  private seq = 0;
  /** Serialises everything that writes to the log, so the log's order is the game's order. */
  private queue: Promise<void> = Promise.resolve();
  protected readonly playerOf = new Map<string, PlayerRecord>(); // sessionId → player
  private readonly limits = new Map<string, () => boolean>(); // sessionId → rate limiter
  /** sessionId → the state (as the Match holds it) and party of the last view sent: the next one sends the change. */
  private readonly sent = new Map<string, { state: GameState; party: PartyId | null }>();
  private readonly away = new Map<string, ReturnType<typeof setTimeout>>(); // playerId → grace timer
  private aiTimer: ReturnType<typeof setTimeout> | null = null;
  /** While a client's action is applied: that client, whose view waits for the answer (onAct); `owed` once skipped. */
  private acting: Client | null = null;
  private owed = false;
  /** Clients whose view goes with the answer to their action, once it is written. */
  private readonly owedTo = new Set<Client>();
  /** The room's row queued for writing and not yet begun (persistRoom), or null. */
  private pendingRow: { snapshot: RoomRecord } | null = null;
  /** The parts of views shared by clients, for the state they were made for (sendViews). */
  private shared: { state: GameState; byPrev: Map<GameState | null, SharedView> } | null = null;
  /** The finished game's replay, made once (a whole replay file for every player): every later copy is this text. */
  private finalReplay: string | null = null;

  override async onCreate(options: Record<string, unknown>) {
    this.autoDispose = false; // a game goes on (the AI plays empty seats) while its players are away
    this.maxMessagesPerSecond = 60;
    this.maxClients = MAX_CONNECTIONS; // past our own limiter's error replies: a flooding client is dropped
    // A joining client has this long to open its WebSocket after its seat is reserved (15 s by default): a busy
    // server or a crowded school network can take longer, and an expired seat is a failed join.
    this.seatReservationTimeout = 60;
    if (typeof options.restore === 'string' && this.ctx.restoring.delete(options.restore)) {
      await this.restore(options.restore);
      return;
    }
    const parsed = CreateOptionsSchema.safeParse(options);
    if (!parsed.success) throw new Error('The room options are not valid.');
    const sc = await this.ctx.scenarios.load(parsed.data.scenario);
    if (!sc.ok) throw new Error(sc.error);
    this.scenario = sc.value;
    let code = newJoinCode();
    // Unique in this log and among the rooms of every process (one Redis, several logs).
    while ((await this.ctx.store.room(code)) !== null || (await matchMaker.driver.has(code))) code = newJoinCode();
    this.roomId = code;
    this.record = {
      code,
      file: parsed.data.scenario,
      difficulty: parsed.data.difficulty ?? 'normal',
      seed: newSeed(),
      hostToken: newToken(),
      players: [],
      seats: null,
      finished: false,
    };
    await this.ctx.store.saveRoom(this.record);
    this.setupHandlers();
  }

  /** Rebuilds a room from its log: the same start, the same human actions and reseats at the same turns. */
  private async restore(code: string) {
    const record = await this.ctx.store.room(code);
    if (record === null || !isJoinCode(code)) throw new Error(`No room ${code}.`);
    const sc = await this.ctx.scenarios.load(record.file);
    if (!sc.ok) throw new Error(sc.error);
    this.scenario = sc.value;
    this.roomId = code;
    this.record = record;
    const events = await this.ctx.store.events(code);
    if (record.seats !== null) {
      const m = this.startMatch(record.seats);
      const r = applyLog(m, events);
      if (!r.ok) this.ctx.log(`room ${code}: ${r.error}`);
      if (m.state().outcome) this.finish();
      this.seq = events.length;
      // Everybody is away after a restart: their seats wait for them like any dropped player's.
      for (const p of record.players) if (p.party !== null) this.startGrace(p);
    }
    this.setupHandlers();
    this.scheduleAi();
  }

  private setupHandlers() {
    for (const type of Object.keys(ClientMessages) as ClientMessageType[]) {
      this.onMessage(type, (client: Client, message: unknown) => this.receive(client, type, message));
    }
    this.onMessage('*', (client: Client, type: string | number) => {
      this.refuse(client, `unknown message type ${String(type).slice(0, 40)}`);
    });
  }

  // ---- hooks for a class's table (class-table.ts); an ordinary room has none of these ----------------------------

  /** Whether the table is held (paused by the instructor): no moves, no AI turns. */
  protected held(): boolean {
    return false;
  }
  /** After anything players can see changed (the lobby, the game). */
  protected changed(): void {}
  /** A newcomer (not a returning player) has joined; a class seats them. */
  protected seated(_player: PlayerRecord): void {}
  /** A connection that watches without being a player (a class's instructor): true when handled. */
  protected watcher(_client: Client, _options: unknown): boolean {
    return false;
  }
  /** The game is over; its replay file. */
  protected ended(_replay: string): void {}
  /** Whether the first player hosts (an ordinary room); a class's tables are started by the instructor. */
  protected readonly hostedByPlayer: boolean = true;

  // ---- joining -----------------------------------------------------------------------------------------------

  override onJoin(client: Client, options: unknown) {
    if (this.watcher(client, options)) return;
    const parsed = JoinOptionsSchema.safeParse(options ?? {});
    const opts = parsed.success ? parsed.data : {};
    let player = opts.token ? this.record.players.find((p) => p.token === opts.token) : undefined;
    if (player === undefined) {
      if (this.record.players.length >= MAX_PLAYERS) throw new Error('The room is full.');
      player = { id: newToken().slice(0, 8), token: newToken(), name: cleanName(opts.name), party: null };
      this.record.players.push(player);
      this.seated(player);
      this.persistRoom();
    }
    // One connection per player: an older tab of the same player is closed.
    for (const [sid, p] of this.playerOf) {
      if (p.id === player.id && sid !== client.sessionId) {
        this.playerOf.delete(sid);
        this.clients.find((c) => c.sessionId === sid)?.leave();
      }
    }
    this.playerOf.set(client.sessionId, player);
    this.limits.set(client.sessionId, rateLimiter({ perSecond: 10, burst: 20 }));
    const host = this.hostedByPlayer && this.record.players[0]?.id === player.id;
    const welcome: WelcomeMessage = {
      code: this.record.code,
      playerId: player.id,
      seatToken: player.token,
      hostToken: host ? this.record.hostToken : null,
    };
    client.send('welcome', welcome);
    this.comeBack(player);
    this.sendLobby();
    if (this.match) {
      this.sendScenario(client, player.party);
      this.sendView(client, player.party);
      if (this.record.finished) client.send('end', { replay: this.replayText() });
    }
  }

  override onLeave(client: Client) {
    const player = this.playerOf.get(client.sessionId);
    this.playerOf.delete(client.sessionId);
    this.limits.delete(client.sessionId);
    this.sent.delete(client.sessionId);
    this.owedTo.delete(client);
    if (player === undefined) return;
    if (this.match !== null && player.party !== null && !this.isHere(player)) this.startGrace(player);
    this.sendLobby();
    if (this.record.finished && this.clients.length === 0) this.disconnect();
  }

  override onDispose() {
    if (this.aiTimer) clearTimeout(this.aiTimer);
    for (const t of this.away.values()) clearTimeout(t);
  }

  private isHere = (player: PlayerRecord) => [...this.playerOf.values()].some((p) => p.id === player.id);

  /** A seated player gone: after the grace period the AI plays their seat (recorded as a reseat). */
  private startGrace(player: PlayerRecord) {
    if (this.away.has(player.id) || this.record.finished) return;
    this.away.set(
      player.id,
      setTimeout(() => {
        this.away.delete(player.id);
        if (this.isHere(player) || player.party === null || this.match === null || this.record.finished) return;
        this.reseat({ [player.party]: 'ai' });
      }, this.ctx.graceMs),
    );
  }

  /** A player is back: the grace timer stops, and a seat the AI took is theirs again. */
  private comeBack(player: PlayerRecord) {
    const timer = this.away.get(player.id);
    if (timer) clearTimeout(timer);
    this.away.delete(player.id);
    if (this.match && player.party !== null && this.match.seats()[player.party] === 'ai' && !this.record.finished)
      this.reseat({ [player.party]: 'human' });
  }

  private reseat(seats: Partial<ByParty<Seat>>) {
    const m = this.match;
    if (m === null) return;
    m.reseat(seats);
    this.logEvent({ kind: 'reseat', turn: m.state().turn, seats: seats as ByParty<Seat> });
    this.broadcastViews();
    this.scheduleAi();
  }

  // ---- messages ----------------------------------------------------------------------------------------------

  private receive(client: Client, type: ClientMessageType, message: unknown) {
    const player = this.playerOf.get(client.sessionId);
    if (player === undefined) return this.refuse(client, 'not in this room');
    if (!(this.limits.get(client.sessionId)?.() ?? false)) return this.refuse(client, 'too many messages');
    if (messageBytes(message) > MAX_MESSAGE_BYTES) return this.refuse(client, `${type}: message too large`);
    const parsed = ClientMessages[type].safeParse(message);
    if (!parsed.success) return this.refuse(client, `${type}: malformed message`);
    switch (type) {
      case 'act':
        return this.onAct(client, player, parsed.data as { n: number; action: Action });
      case 'pick':
        return this.onPick(client, player, (parsed.data as { party: string | null }).party);
      case 'assign': {
        const m = parsed.data as { hostToken: string; player: string; party: string | null };
        if (m.hostToken !== this.record.hostToken) return this.refuse(client, 'assign: only the host can seat players');
        const target = this.record.players.find((p) => p.id === m.player);
        if (target === undefined) return this.refuse(client, 'assign: no such player');
        return this.onPick(client, target, m.party);
      }
      case 'start':
        if ((parsed.data as { hostToken: string }).hostToken !== this.record.hostToken)
          return this.refuse(client, 'start: only the host can start the game');
        if (!this.hostedByPlayer) return this.refuse(client, 'start: the instructor starts this table');
        return this.onStart(client);
      case 'replay':
        if (this.match === null || !this.record.finished) return this.refuse(client, 'replay: the game is not over');
        client.send('end', { replay: this.replayText() });
        return;
    }
  }

  /** A bad message: an error reply and a log line; nothing else changes. */
  private refuse(client: Client, why: string) {
    this.ctx.log(`room ${this.roomId}: refused a message from ${client.sessionId}: ${why}`);
    client.send('error', { message: why });
  }

  private onPick(client: Client, player: PlayerRecord, party: string | null) {
    if (this.match !== null) return this.refuse(client, 'pick: the game has started');
    if (party !== null && !this.scenario.parties.some((p) => p.id === party))
      return this.refuse(client, 'pick: no such party');
    if (party !== null && this.record.players.some((p) => p.party === party && p.id !== player.id))
      return this.refuse(client, 'pick: that party is taken');
    player.party = party;
    this.persistRoom();
    this.sendLobby();
  }

  private onStart(client: Client) {
    if (this.match !== null) return this.refuse(client, 'start: the game has started');
    this.startGame();
  }

  /** The game starts: the AI takes every empty seat. */
  protected startGame() {
    if (this.match !== null) return;
    const seats: ByParty<Seat> = {};
    for (const p of this.scenario.parties)
      seats[p.id] = this.record.players.some((x) => x.party === p.id) ? 'human' : 'ai';
    this.record.seats = seats;
    this.startMatch(seats);
    this.persistRoom();
    for (const c of this.clients) {
      const p = this.playerOf.get(c.sessionId);
      this.sendScenario(c, p?.party ?? null);
    }
    this.sendLobby();
    this.broadcastViews();
    this.scheduleAi();
  }

  private startMatch(seats: ByParty<Seat>): RoomMatch {
    this.match = createRoomMatch({
      scenario: this.scenario,
      file: this.record.file,
      seed: this.record.seed,
      seats,
      difficulty: this.record.difficulty,
      gameId: this.record.code,
    });
    return this.match;
  }

  private onAct(client: Client, player: PlayerRecord, msg: { n: number; action: Action }) {
    const m = this.match;
    const answer = (r: Omit<ActResult, 'n'>) => client.send('result', { n: msg.n, ...r } satisfies ActResult);
    if (m === null) return answer({ ok: false, error: { code: 'not-started', message: 'The game has not started.' } });
    if (player.party === null || msg.action.party !== player.party) {
      this.ctx.log(`room ${this.roomId}: ${client.sessionId} tried to act for ${msg.action.party}`);
      return answer({ ok: false, error: { code: 'not-your-seat', message: 'You can act only for your own party.' } });
    }
    if (m.seats()[player.party] !== 'human')
      return answer({ ok: false, error: { code: 'not-your-seat', message: 'The AI holds your seat.' } });
    if (this.held())
      return answer({ ok: false, error: { code: 'paused', message: 'The instructor has paused the table.' } });
    const turn = m.state().turn;
    const r = m.act(msg.action);
    if (!r.ok) return answer({ ok: false, error: r.error });
    // Acknowledged only once written: an acknowledged action is never lost. The mover's own view goes with the
    // answer, in one write to its socket (it waits for the answer anyway): one system call fewer per action.
    this.logEvent({ kind: 'action', turn, action: msg.action }).then(
      () =>
        corked(client, () => {
          if (this.owedTo.delete(client) && this.sent.get(client.sessionId)?.state !== this.match?.state())
            this.sendView(client, player.party);
          answer({ ok: true, turn });
        }),
      // Not written: not acknowledged (the room goes on; a restart would not know the move).
      () => answer({ ok: false, error: { code: 'not-saved', message: 'The server could not save your move.' } }),
    );
    this.acting = client;
    this.owed = false;
    try {
      this.afterChange();
    } finally {
      this.acting = null;
    }
    if (this.owed) this.owedTo.add(client);
  }

  protected afterChange() {
    this.broadcastViews();
    if (this.match?.state().outcome) this.finish();
    else this.scheduleAi();
  }

  /** AI seats to move play one turn each, a pacing delay apart (all at once when the delay is 0). */
  protected scheduleAi() {
    const m = this.match;
    if (m === null || this.aiTimer !== null || this.record.finished || this.held()) return;
    const p = m.toMove();
    if (p === null || m.seats()[p] !== 'ai') return;
    if (this.ctx.aiDelayMs <= 0) {
      while (m.step()) {}
      this.afterChange();
      return;
    }
    this.aiTimer = setTimeout(() => {
      this.aiTimer = null;
      if (this.held()) return;
      if (m.step()) this.afterChange();
    }, this.ctx.aiDelayMs);
  }

  private finish() {
    const m = this.match;
    if (m === null || this.record.finished) return;
    this.record.finished = true;
    const replay = this.replayText();
    this.pendingRow = null;
    this.queue = this.queue.then(() => this.ctx.store.saveRoom(this.record)).catch(this.logFailure);
    this.queue.then(() => this.broadcast('end', { replay }));
    this.autoDispose = true;
    this.ended(replay);
  }

  private replayText(): string {
    this.finalReplay ??= this.match?.replayFile() ?? '';
    return this.finalReplay;
  }

  // ---- the log -----------------------------------------------------------------------------------------------

  private logFailure = (e: unknown) =>
    this.ctx.log(`room ${this.roomId}: could not write to the database: ${String(e)}`);

  protected logEvent(event: RoomEvent): Promise<void> {
    const seq = this.seq++;
    this.pendingRow = null; // a later row is written after this event
    // The event's own write, which fails when it is not written (an action is then not acknowledged); the queue
    // goes on past a failure, logged once.
    const written = this.queue.then(() => this.ctx.store.append(this.record.code, seq, event));
    this.queue = written.catch(this.logFailure);
    return written;
  }

  /**
   * The room's row as it stands. Several changes in a row (a class joining, picking parties) make one write: while
   * the last thing queued is a row not yet written, a newer snapshot takes its place. Never past anything else
   * queued (an event, the end), so the log's order stays the game's.
   */
  protected persistRoom() {
    const snapshot = structuredClone(this.record);
    if (this.pendingRow !== null) {
      this.pendingRow.snapshot = snapshot;
      return;
    }
    const row = { snapshot };
    this.pendingRow = row;
    this.queue = this.queue
      .then(() => {
        if (this.pendingRow === row) this.pendingRow = null;
        return this.ctx.store.saveRoom(row.snapshot);
      })
      .catch(this.logFailure);
  }

  /** Resolves once everything so far is written (tests, shutdown). */
  flushed(): Promise<void> {
    return this.queue;
  }

  // ---- what each client sees ---------------------------------------------------------------------------------

  protected sendLobby() {
    const lobby: LobbyView = {
      code: this.record.code,
      file: this.record.file,
      title: this.scenario.title,
      parties: this.scenario.parties.map((p) => ({ id: p.id, name: p.name })),
      players: this.record.players.map((p, i) => ({
        id: p.id,
        name: p.name,
        party: p.party,
        here: this.isHere(p),
        host: i === 0,
      })),
      started: this.match !== null,
    };
    this.broadcast('lobby', lobby);
    this.changed();
  }

  /** The scenario as the seat may see it: encoded once per scenario and party, the same bytes for every room. */
  protected sendScenario(client: Client, party: PartyId | null) {
    if (this.match === null) return;
    sendFrame(client, scenarioFrame(this.match.scenario, this.record.file, party));
  }

  /**
   * The view of one seat. A connection's first view holds the whole state; every later one only the state's members
   * that changed since (the Match's states share every untouched member with the one before, so an unchanged member
   * is the same object) and the transcript's new entries. The client merges them (remote-match.ts).
   */
  protected sendView(client: Client, party: PartyId | null) {
    this.sendViews([client], () => party);
  }

  protected broadcastViews() {
    this.sendViews(this.clients, (c) => this.playerOf.get(c.sessionId)?.party ?? null);
    this.changed();
  }

  /**
   * The views of several clients, each as sendView describes it. Every seat sees the same state but for its own
   * reservation, so what they share is redacted and encoded once for all the clients that last saw the same
   * state (normally all of them), and only the party, the reservation and the legal moves once per client.
   * The bytes are those `client.send('view', view)` would send (wire.ts). A client owed its view with the answer
   * to its action (onAct) is left out here.
   */
  private sendViews(clients: Iterable<Client>, partyOf: (c: Client) => PartyId | null) {
    const m = this.match;
    if (m === null) return;
    const s = m.state();
    // The shared parts made for this state so far (by the state the clients last saw): the mover's view, sent once
    // its move is written, is the same as the others' sent just before.
    if (this.shared?.state !== s) this.shared = { state: s, byPrev: new Map() };
    const shared = this.shared.byPrev;
    let common: { hash: string; toMove: PartyId | null; seats: GameState['seats'] } | null = null;
    for (const client of clients) {
      if (client === this.acting) {
        this.owed = true;
        continue;
      }
      const party = partyOf(client);
      const before = this.sent.get(client.sessionId);
      const prev = before !== undefined && before.party === party ? before.state : null;
      let view = shared.get(prev);
      if (view === undefined) {
        common ??= { hash: tableHash(s, m.playHash()), toMove: m.toMove(), seats: m.seats() };
        view = sharedView(m.scenario, s, prev, common);
        shared.set(prev, view);
      }
      this.sent.set(client.sessionId, { state: s, party });
      sendFrame(client, viewFrame(view, m.scenario, s, party, party === null ? [] : m.legal(party)));
    }
  }

  /** For tests: the hash the room's views carry now (table-hash.ts). */
  tableHash(): string | null {
    const m = this.match;
    return m === null ? null : tableHash(m.state(), m.playHash());
  }
}
