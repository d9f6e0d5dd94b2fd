// The game state a client holds, rebuilt from the room's views (room-protocol.ts TableView): a connection's first
// view is whole, each later one a patch holding only the state's members that changed and the transcript's new
// entries (those from `logFrom` on). Merging is lazy: a view only notes its members and appends its entries to the
// transcript kept here; the state is put together when it is read, once per run of views. A bot reads the state
// on its own turns only, so most views cost no copy at all; a browser reads it on every view, as before.
// Each state handed out is a new object that is never changed afterwards (a view may keep the one before).

import type { GameState } from '../../engine/index';
import type { TableView } from './room-protocol';

type Members = Record<string, unknown>;

export class ViewMerge {
  /** The last state handed out (null: none yet). */
  private shown: GameState | null = null;
  /** Members that came since `shown` was made; `whole`: they replace it rather than patch it. */
  private pending: Members | null = null;
  private whole = false;
  /** The whole transcript so far: appended in place, copied into each state handed out. */
  private readonly log: unknown[] = [];

  /** Takes one view in. Tolerant: a view without `log` adds no entries, one without `logFrom` holds them all. */
  add(v: Pick<TableView, 'state' | 'logFrom' | 'patch'>): void {
    const s = (v.state ?? {}) as Members;
    const patch = v.patch === true && (this.shown !== null || this.pending !== null);
    if (!patch) {
      this.pending = {};
      this.whole = true;
    } else if (this.pending === null) this.pending = {};
    const pending = this.pending!;
    for (const k in s) if (k !== 'log') pending[k] = s[k];
    const from = Math.max(0, Math.min(this.log.length, v.logFrom ?? 0));
    this.log.length = from;
    const entries = s.log;
    if (Array.isArray(entries)) for (const e of entries) this.log.push(e);
  }

  /** Whether the state has come (a whole view at least). */
  has(): boolean {
    return this.shown !== null || this.pending !== null;
  }

  /** The merged state (null before the first view); the same object until another view comes. */
  state(): GameState | null {
    const pending = this.pending;
    if (pending === null) return this.shown;
    this.pending = null;
    const base = this.whole || this.shown === null ? {} : this.shown;
    this.whole = false;
    this.shown = { ...base, ...pending, log: this.log.slice() } as GameState;
    return this.shown;
  }

  /** Forgets everything (a client that changed seats gets a whole view next). */
  clear(): void {
    this.shown = null;
    this.pending = null;
    this.whole = false;
    this.log.length = 0;
  }
}
