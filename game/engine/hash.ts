// Canonical serialisation and the state hash. Replays store one hash per turn, so the same state must hash the
// same in Node and in every browser: keys are sorted, undefined is dropped, and the hash runs on UTF-16 code
// units with Math.imul (two FNV-1a lanes with different offsets → 64 bits as 16 hex characters).

/** JSON with object keys sorted and undefined members dropped (as JSON.stringify drops them). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (value === undefined || typeof value === 'function') return 'null';
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined && typeof obj[k] !== 'function')
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

const FNV_PRIME = 0x01000193;

/** 64-bit hash of a string as 16 lower-case hex characters. */
export function hashString(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x2f3a5c71;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, FNV_PRIME);
    // The second lane sees each unit mixed with its position so that the lanes do not collide together.
    b = Math.imul(b ^ ((c + i) & 0xffff), FNV_PRIME);
  }
  b = Math.imul(b ^ (a >>> 16), 0x85ebca6b);
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Hash of the canonical JSON of a game state (or any plain data). */
export function stateHash(state: unknown): string {
  return hashString(canonicalJson(state));
}
