// A game played in an online room, as its player's client holds it: the room's messages (room-protocol.ts) kept
// as the latest lobby, scenario and table view, and intents sent to the server, which is the referee. Read
// methods mirror the headless Match (state, hash, toMove, seats, legal), so a view can draw a remote game like a
// local one; `act` answers asynchronously. A dropped connection is retried with the seat token for up to 60 s
// (the server may have restarted: it rebuilds the room under the same code). Loaded lazily: it carries the SDK.

import { Client, type Room } from '@colyseus/sdk';
import type {
  Action,
  ActionType,
  ByParty,
  CompiledScenario,
  GameState,
  PartyId,
  Result,
  RuleError,
  Seat,
} from '../../engine/index';
import { CLASSES_PATH, type ClassTableMessage, type SeatAnswer } from './class-protocol';
import { type ActResult, type LobbyView, ROOM_NAME, type TableView, type WelcomeMessage } from './room-protocol';
import { ViewMerge } from './view-merge';

export type RemoteEvent =
  | { type: 'lobby'; lobby: LobbyView }
  | { type: 'scenario' }
  | { type: 'view'; view: TableView }
  | { type: 'end'; replay: string }
  | { type: 'error'; message: string }
  | { type: 'class'; message: ClassTableMessage }
  | { type: 'connection'; status: 'reconnecting' | 'connected' | 'lost' };

/** Where a client keeps its seat token (the browser: sessionStorage, so a reload keeps the seat). */
export interface TokenStore {
  get(code: string): string | null;
  set(code: string, token: string): void;
}

export interface RemoteOptions {
  name: string;
  tokens?: TokenStore | null;
  /** How long to keep retrying a dropped connection (default 60 s). */
  retryMs?: number;
  /** false: the code given to join is a room's, never a class's (no need to ask the server; the load bots). */
  classCode?: boolean;
  /** The fetch for the SDK's HTTP requests (default: the platform's; the load tool gives a lighter one). */
  fetch?: (url: string | URL | Request, init?: RequestInit) => Promise<Response>;
}

const sdkClient = (url: string, options: RemoteOptions) =>
  new Client(url, options.fetch ? { fetchFn: options.fetch } : undefined);

const REPLY_TIMEOUT_MS = 20_000;

export class RemoteMatch {
  private room: Room | null = null;
  private welcome: WelcomeMessage | null = null;
  private lobbyView: LobbyView | null = null;
  /** The latest view as it came (its `state` a patch: the merged state is `merged`'s). */
  private table: TableView | null = null;
  private readonly merged = new ViewMerge();
  private sc: CompiledScenario | null = null;
  private file: string | null = null;
  private replayText: string | null = null;
  private classMessage: ClassTableMessage | null = null;
  private nextN = 1;
  private readonly pending = new Map<number, (r: ActResult) => void>();
  private readonly listeners = new Set<(e: RemoteEvent) => void>();
  private closed = false;
  private reconnecting = false;
  private replayTimer: ReturnType<typeof setTimeout> | null = null;

  private constructor(
    private readonly client: Client,
    private readonly options: RemoteOptions,
  ) {}

  /** Creates a room for a bundled scenario file and joins it as its host. */
  static async host(url: string, scenario: string, options: RemoteOptions): Promise<RemoteMatch> {
    const m = new RemoteMatch(sdkClient(url, options), options);
    m.attach(await m.client.create(ROOM_NAME, { scenario, name: options.name }));
    await m.welcomed();
    return m;
  }

  /**
   * Joins a room by its code (with this browser's seat token for it, if it has one: the seat comes back). A class's
   * code seats the student at one of its tables: the server says which.
   */
  static async join(url: string, code: string, options: RemoteOptions): Promise<RemoteMatch> {
    const m = new RemoteMatch(sdkClient(url, options), options);
    const table = options.classCode === false ? null : await classSeat(url, code);
    const target = table ?? code;
    const token = options.tokens?.get(target) ?? undefined;
    m.attach(await m.client.joinById(target, { name: options.name, token }));
    await m.welcomed();
    return m;
  }

  /** A class's table, read-only, for its instructor (the key proves it). */
  static async watch(url: string, code: string, key: string): Promise<RemoteMatch> {
    const m = new RemoteMatch(new Client(url), { name: 'Instructor', retryMs: 0 });
    m.attach(await m.client.joinById(code, { watch: true, key }));
    await m.welcomed();
    return m;
  }

  /** A class's clock, pause and notice (null: not a class's table). */
  classInfo(): ClassTableMessage | null {
    return this.classMessage;
  }

  get code(): string {
    return this.welcome?.code ?? '';
  }
  get playerId(): string {
    return this.welcome?.playerId ?? '';
  }
  get seatToken(): string {
    return this.welcome?.seatToken ?? '';
  }
  get isHost(): boolean {
    return (this.welcome?.hostToken ?? null) !== null;
  }
  lobby(): LobbyView | null {
    return this.lobbyView;
  }
  /** The scenario as this seat may see it (other parties' private fields blanked), once the game has started. */
  scenario(): CompiledScenario | null {
    return this.sc;
  }
  scenarioFile(): string | null {
    return this.file;
  }
  /** This player's party (null: not seated). */
  party(): PartyId | null {
    return this.table?.party ?? this.lobbyView?.players.find((p) => p.id === this.playerId)?.party ?? null;
  }
  started(): boolean {
    return this.table !== null;
  }
  state(): GameState | null {
    return this.merged.state();
  }
  hash(): string | null {
    return this.table?.hash ?? null;
  }
  toMove(): PartyId | null {
    return this.table?.toMove ?? null;
  }
  seats(): ByParty<Seat> {
    return this.table?.seats ?? {};
  }
  legal(party: PartyId): ActionType[] {
    return party === this.table?.party ? (this.table.legal as ActionType[]) : [];
  }
  over(): boolean {
    return this.replayText !== null || (this.state()?.outcome ?? null) !== null;
  }
  /** The full replay (every party's secrets: the debrief), once the game is over. */
  replayFile(): string | null {
    return this.replayText;
  }

  subscribe(listener: (e: RemoteEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Sends an intent; answers when the server has applied and logged it (with the turn it was recorded at, when the
   * server says), or with the rule it breaks.
   */
  act(action: Action): Promise<Result<number | null, RuleError | { code: string; message: string }>> {
    const n = this.nextN++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(n);
        resolve({ ok: false, error: { code: 'timeout', message: 'The server did not answer in time.' } });
      }, REPLY_TIMEOUT_MS);
      this.pending.set(n, (r) => {
        clearTimeout(timer);
        resolve(
          r.ok
            ? { ok: true, value: r.turn ?? null }
            : { ok: false, error: r.error ?? { code: 'error', message: 'refused' } },
        );
      });
      this.send('act', { n, action });
    });
  }

  pick(party: PartyId | null): void {
    this.send('pick', { party });
  }
  assign(playerId: string, party: PartyId | null): void {
    if (this.welcome?.hostToken) this.send('assign', { hostToken: this.welcome.hostToken, player: playerId, party });
  }
  start(): void {
    if (this.welcome?.hostToken) this.send('start', { hostToken: this.welcome.hostToken });
  }
  /** Asks the server for the replay again (it comes as an 'end' event). */
  requestReplay(): void {
    this.send('replay', {});
  }

  /** Leaves the room for good (the seat waits its grace period, then the AI plays it). */
  async leave(): Promise<void> {
    this.closed = true;
    if (this.replayTimer !== null) clearTimeout(this.replayTimer);
    await this.room?.leave(true).catch(() => undefined);
  }

  /** Tests: drops the connection as a network failure would (the client then reconnects). */
  dropForTest(): void {
    (this.room?.connection as { close?: (code?: number) => void } | undefined)?.close?.(4000);
  }

  // ---- plumbing ----------------------------------------------------------------------------------------------

  private send(type: string, payload: unknown) {
    this.room?.send(type, payload);
  }

  private emit(e: RemoteEvent) {
    for (const l of this.listeners) l(e);
  }

  private welcomed(): Promise<void> {
    if (this.welcome) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The room did not welcome us.')), REPLY_TIMEOUT_MS);
      const off = this.subscribe(() => {
        if (this.welcome) {
          clearTimeout(timer);
          off();
          resolve();
        }
      });
    });
  }

  private attach(room: Room) {
    this.room = room;
    room.reconnection.enabled = false; // our own rejoin with the seat token also survives a server restart
    room.onMessage('welcome', (w: WelcomeMessage) => {
      this.welcome = w;
      this.options.tokens?.set(w.code, w.seatToken);
      this.emit({ type: 'connection', status: 'connected' });
    });
    room.onMessage('lobby', (l: LobbyView) => {
      this.lobbyView = l;
      this.emit({ type: 'lobby', lobby: l });
    });
    room.onMessage('scenario', (s: { file: string; scenario: CompiledScenario }) => {
      this.sc = s.scenario;
      this.file = s.file;
      this.emit({ type: 'scenario' });
    });
    room.onMessage('view', (v: TableView) => {
      // The transcript comes in pieces and a patch holds only the members that changed: view-merge.ts puts the
      // state together when it is read.
      this.merged.add(v);
      this.table = v;
      if ((v.state as Partial<GameState> | undefined)?.outcome) this.awaitReplay();
      this.emit({ type: 'view', view: v });
    });
    room.onMessage('result', (r: ActResult) => {
      const done = this.pending.get(r.n);
      this.pending.delete(r.n);
      done?.(r);
    });
    room.onMessage('end', (e: { replay: string }) => {
      this.replayText = e.replay;
      this.emit({ type: 'end', replay: e.replay });
    });
    room.onMessage('error', (e: { message: string }) => this.emit({ type: 'error', message: e.message }));
    room.onMessage('class', (c: ClassTableMessage) => {
      this.classMessage = c;
      this.emit({ type: 'class', message: c });
    });
    room.onLeave(() => {
      if (this.room !== room) return;
      this.room = null;
      if (!this.closed) void this.rejoin();
    });
  }

  /**
   * The game is over: the replay follows in an 'end' message once the server has logged the end. Should that
   * message not come (it went out while this client's connection was changing), ask for it again until it does.
   */
  private awaitReplay() {
    if (this.replayTimer !== null || this.replayText !== null) return;
    let tries = 0;
    const ask = () => {
      this.replayTimer = null;
      if (this.replayText !== null || this.closed || tries++ >= 30) return;
      this.requestReplay();
      this.replayTimer = setTimeout(ask, 2000);
    };
    this.replayTimer = setTimeout(ask, 1000);
  }

  /** Back into the same room with the seat token, retrying for up to 60 s. */
  private async rejoin() {
    if (this.reconnecting || this.welcome === null) return;
    this.reconnecting = true;
    this.emit({ type: 'connection', status: 'reconnecting' });
    const until = Date.now() + (this.options.retryMs ?? 60_000);
    let delay = 250;
    while (!this.closed && Date.now() < until) {
      try {
        this.attach(
          await this.client.joinById(this.welcome.code, { name: this.options.name, token: this.welcome.seatToken }),
        );
        this.reconnecting = false;
        // Intents sent into the dropped connection were never answered: they must be sent again by the player.
        for (const [n, done] of this.pending)
          done({ n, ok: false, error: { code: 'dropped', message: 'The connection dropped; try again.' } });
        this.pending.clear();
        return;
      } catch {
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(2000, delay * 2);
      }
    }
    this.reconnecting = false;
    this.emit({ type: 'connection', status: 'lost' });
  }
}

/** The table a class's code seats a student at, or null when the code is no class's (an ordinary room's). */
async function classSeat(url: string, code: string): Promise<string | null> {
  let answer: SeatAnswer;
  try {
    const res = await fetch(`${url.replace(/\/$/, '')}${CLASSES_PATH}/${encodeURIComponent(code)}/seat`);
    if (res.status === 404) return null;
    answer = (await res.json()) as SeatAnswer;
  } catch {
    return null;
  }
  if (!answer.ok) throw new Error(answer.error);
  return answer.table;
}
