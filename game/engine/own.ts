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

// Typed reads for the hot paths (package values are computed millions of times in a tournament). A member that
// Object.prototype lends a record is a function (or, for `__proto__`, refused as an id, an object), never a number
// or a string, so checking the type of what `rec[key]` gives is as safe as Object.hasOwn and cheaper.

/** rec[key] when it is a number (an own entry of a record of numbers), else undefined. */
export function ownNumber(rec: Readonly<Record<string, number>> | null | undefined, key: string): number | undefined {
  if (rec == null) return undefined;
  const v = rec[key];
  return typeof v === 'number' ? v : undefined;
}

/** rec[key] when it is a string (an own entry of a record of ids, such as a package), else undefined. */
export function ownString(rec: Readonly<Record<string, string>> | null | undefined, key: string): string | undefined {
  if (rec == null) return undefined;
  const v = rec[key];
  return typeof v === 'string' ? v : undefined;
}
