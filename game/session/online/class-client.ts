// The instructor's side of a class, for the dashboard: making a class, listing past ones, and the live connection
// to a class room (the class, every table's summary as it changes, the class report) over which the instructor's
// commands go. The key travels with every request; the server checks it. A connection that drops (the server process
// restarted, the network went away) is opened again by itself, retrying with a growing pause until it is back: the
// server reopens the class from its database and sends the class, every table and the report again.
import { Client, type Room } from '@colyseus/sdk';
import {
  CLASSES_PATH,
  type ClassListing,
  type ClassReport,
  type ClassView,
  type NewClassAnswer,
  type NewClassRequest,
  type TableSummary,
  type TeachCommand,
} from './class-protocol';

export type ClassEvent =
  | { type: 'class'; view: ClassView }
  | { type: 'table'; table: TableSummary }
  | { type: 'report'; report: ClassReport }
  | { type: 'error'; message: string }
  /** The connection dropped (a 'connection' event follows while it is opened again, unless closed on purpose). */
  | { type: 'closed' }
  | { type: 'connection'; status: 'reconnecting' | 'connected' };

export interface ClassConnectionOptions {
  /** Reopen a dropped connection by itself (default true). */
  reconnect?: boolean;
  /** The first pause between tries (ms, default 250), doubled after each failed try up to `maxDelayMs`. */
  firstDelayMs?: number;
  /** The longest pause between tries (ms, default 5000). */
  maxDelayMs?: number;
}

const base = (url: string) => url.replace(/\/$/, '');

export async function createClass(url: string, request: NewClassRequest): Promise<NewClassAnswer> {
  try {
    const res = await fetch(`${base(url)}${CLASSES_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
    return (await res.json()) as NewClassAnswer;
  } catch {
    return { ok: false, error: 'The server cannot be reached.' };
  }
}

/** The classes of these keys (code → key, as this browser kept them); the server lists no other class. */
export async function listClasses(url: string, keys: Record<string, string>): Promise<ClassListing[]> {
  const asked = Object.entries(keys)
    .slice(-200)
    .map(([code, key]) => ({ code, key }));
  if (asked.length === 0) return [];
  try {
    const res = await fetch(`${base(url)}${CLASSES_PATH}/mine`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ keys: asked }),
    });
    return res.ok ? ((await res.json()) as ClassListing[]) : [];
  } catch {
    return [];
  }
}

/** A scenario's parties (a bundled file's name or an uploaded scenario's id), for the new-class form. */
export async function scenarioParties(url: string, scenario: string): Promise<{ id: string; name: string }[]> {
  try {
    const res = await fetch(`${base(url)}${CLASSES_PATH}/parties?scenario=${encodeURIComponent(scenario)}`);
    const body = (await res.json()) as { ok: boolean; parties?: { id: string; name: string }[] };
    return body.parties ?? [];
  } catch {
    return [];
  }
}

/** Where a class's replays download as one zip. */
export const replaysZipUrl = (url: string, code: string, key: string) =>
  `${base(url)}${CLASSES_PATH}/${code}/replays.zip?key=${encodeURIComponent(key)}`;

export class ClassConnection {
  private readonly listeners = new Set<(e: ClassEvent) => void>();
  private room: Room | null = null;
  /** Closed on purpose: a drop is then not retried. */
  private closed = false;
  private reconnecting = false;
  private constructor(
    private readonly url: string,
    private readonly code: string,
    private readonly key: string,
    private readonly options: ClassConnectionOptions,
    room: Room,
  ) {
    this.attach(room);
  }

  /** Opens a class (a past one is opened again on the server first); throws when the key is not the class's. */
  static async open(
    url: string,
    code: string,
    key: string,
    options: ClassConnectionOptions = {},
  ): Promise<ClassConnection> {
    return new ClassConnection(url, code, key, options, await joinClass(url, code, key));
  }

  /** Whether the connection is up (false while it is opened again). */
  connected(): boolean {
    return this.room !== null;
  }

  private attach(room: Room) {
    this.room = room;
    // Not the SDK's own reconnection (the same session on the same process, tried for a minute before it gives up):
    // after a restart only opening the class again works, and the drop must show at once.
    room.reconnection.enabled = false;
    room.onMessage('class', (view: ClassView) => this.emit({ type: 'class', view }));
    room.onMessage('table', (table: TableSummary) => this.emit({ type: 'table', table }));
    room.onMessage('report', (report: ClassReport) => this.emit({ type: 'report', report }));
    room.onMessage('tables', () => undefined);
    room.onMessage('error', (e: { message: string }) => this.emit({ type: 'error', message: e.message }));
    room.onLeave(() => {
      if (this.room !== room) return;
      this.room = null;
      this.emit({ type: 'closed' });
      if (!this.closed && this.options.reconnect !== false) void this.reconnect();
    });
  }

  /** Opens the class again until it answers (or the connection is closed on purpose). */
  private async reconnect() {
    if (this.reconnecting) return;
    this.reconnecting = true;
    this.emit({ type: 'connection', status: 'reconnecting' });
    let delay = this.options.firstDelayMs ?? 250;
    while (!this.closed) {
      try {
        const room = await joinClass(this.url, this.code, this.key);
        if (this.closed) {
          await room.leave(true).catch(() => undefined);
          break;
        }
        this.reconnecting = false;
        this.attach(room);
        this.emit({ type: 'connection', status: 'connected' });
        return;
      } catch {
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(this.options.maxDelayMs ?? 5000, delay * 2);
      }
    }
    this.reconnecting = false;
  }

  subscribe(listener: (e: ClassEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends a command; false when the connection is down (being opened again): the command is not sent. */
  send(command: TeachCommand): boolean {
    if (this.room === null) return false;
    this.room.send('command', command);
    return true;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.room?.leave(true).catch(() => undefined);
  }

  private emit(e: ClassEvent) {
    for (const l of this.listeners) l(e);
  }
}

/** Opens a class on the server (from its database if it is not open) and joins its room with the key. */
async function joinClass(url: string, code: string, key: string): Promise<Room> {
  const res = await fetch(`${base(url)}${CLASSES_PATH}/${code}/open?key=${encodeURIComponent(key)}`, {
    method: 'POST',
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new Error(body?.error ?? 'The class cannot be opened.');
  }
  return new Client(url).joinById(code, { key });
}
