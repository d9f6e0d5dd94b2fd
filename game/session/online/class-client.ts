// The instructor's side of a class, for the dashboard: making a class, listing past ones, and the live connection
// to a class room (the class, every table's summary as it changes, the class report) over which the instructor's
// commands go. The key travels with every request; the server checks it.
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
  | { type: 'closed' };

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
  private constructor(private readonly room: Room) {
    room.onMessage('class', (view: ClassView) => this.emit({ type: 'class', view }));
    room.onMessage('table', (table: TableSummary) => this.emit({ type: 'table', table }));
    room.onMessage('report', (report: ClassReport) => this.emit({ type: 'report', report }));
    room.onMessage('tables', () => undefined);
    room.onMessage('error', (e: { message: string }) => this.emit({ type: 'error', message: e.message }));
    room.onLeave(() => this.emit({ type: 'closed' }));
  }

  /** Opens a class (a past one is opened again on the server first); throws when the key is not the class's. */
  static async open(url: string, code: string, key: string): Promise<ClassConnection> {
    const res = await fetch(`${base(url)}${CLASSES_PATH}/${code}/open?key=${encodeURIComponent(key)}`, {
      method: 'POST',
    });
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as { error?: string } | null;
      throw new Error(body?.error ?? 'The class cannot be opened.');
    }
    return new ClassConnection(await new Client(url).joinById(code, { key }));
  }

  subscribe(listener: (e: ClassEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  send(command: TeachCommand): void {
    this.room.send('command', command);
  }

  async close(): Promise<void> {
    await this.room.leave(true).catch(() => undefined);
  }

  private emit(e: ClassEvent) {
    for (const l of this.listeners) l(e);
  }
}
