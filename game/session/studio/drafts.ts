// Scenarios written in the studio, kept in the browser's IndexedDB (through `idb`): a list of drafts, each its
// whole text, written as the author types, so a reload or a crash loses nothing. One object store keyed by the
// draft's id; the list is read newest first.

import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

export interface Draft {
  id: string;
  /** The name the author sees and downloads as (`<name>.yaml`). */
  name: string;
  text: string;
  /** Milliseconds since 1970, from the browser's clock: only to order the list. */
  updated: number;
}

interface StudioDb extends DBSchema {
  drafts: { key: string; value: Draft };
}

export const DRAFTS_DB = 'summit-studio';

export interface DraftStore {
  /** Every draft, the most recently changed first. */
  list(): Promise<Draft[]>;
  get(id: string): Promise<Draft | null>;
  put(draft: Draft): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Opens the drafts database; null when this browser keeps no IndexedDB (a private window may refuse it). */
export async function openDraftStore(idb: IDBFactory | undefined = globalThis.indexedDB): Promise<DraftStore | null> {
  if (!idb) return null;
  let db: IDBPDatabase<StudioDb>;
  try {
    db = await openDB<StudioDb>(DRAFTS_DB, 1, {
      upgrade(d) {
        d.createObjectStore('drafts', { keyPath: 'id' });
      },
    });
  } catch {
    return null;
  }
  return {
    async list() {
      const all = await db.getAll('drafts');
      return all.sort((a, b) => b.updated - a.updated);
    },
    async get(id) {
      return (await db.get('drafts', id)) ?? null;
    },
    async put(draft) {
      await db.put('drafts', draft);
    },
    async remove(id) {
      await db.delete('drafts', id);
    },
  };
}

/** A new draft's id: unique enough within one browser (time and a random tail; ids never leave the browser). */
export function newDraftId(now: number, random: () => number = Math.random): string {
  return `d${now.toString(36)}${Math.floor(random() * 36 ** 4).toString(36)}`;
}
