// A Storage held in a Map, for tests and for Node: the same SaveStore runs over it as over localStorage. A quota in
// characters (keys and values, as browsers count it) makes it fail the way a full localStorage does.
import type { SaveStorage } from '../save-store';

export interface MemoryStorage extends SaveStorage {
  readonly map: Map<string, string>;
  /** Characters stored (keys and values). */
  used(): number;
}

export function memoryStorage(quota = Number.POSITIVE_INFINITY): MemoryStorage {
  const map = new Map<string, string>();
  const used = () => {
    let n = 0;
    for (const [k, v] of map) n += k.length + v.length;
    return n;
  };
  return {
    map,
    used,
    getItem: (key) => map.get(key) ?? null,
    setItem(key, value) {
      const after = used() - (map.has(key) ? key.length + map.get(key)!.length : 0) + key.length + value.length;
      if (after > quota) {
        const e = new Error(`Setting the value of '${key}' exceeded the quota.`);
        e.name = 'QuotaExceededError';
        throw e;
      }
      map.set(key, value);
    },
    removeItem(key) {
      map.delete(key);
    },
  };
}
