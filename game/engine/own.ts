// Reading a record keyed by scenario ids. Ids are data: a party, issue or option may be called "toString",
// "valueOf" or "hasOwnProperty", and a plain object answers `rec[id]` for such a name with Object.prototype's
// member when `id` is not one of its own keys. Records in the game state stay plain JSON objects (they are hashed
// canonically, produced by Immer and read back from replays with JSON.parse), so the fix is in the reading: only
// own properties count. (`__proto__` is refused as an id by the scenario checks: it is a setter, not a key.)

/** rec[key] when `key` is an own property of rec, else undefined. */
export function own<T>(rec: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return rec != null && Object.hasOwn(rec, key) ? rec[key] : undefined;
}

/** Whether `key` is an own property of rec (the safe form of `key in rec` and `rec[key] !== undefined`). */
export function hasOwn(rec: object | null | undefined, key: string): boolean {
  return rec != null && Object.hasOwn(rec, key);
}
