// The game's hashing, in one place: canonical serialisation, the state hash and the content hash. Both hashes are
// FNV-1a over UTF-16 code units in integer arithmetic (Math.imul / 16-bit limbs, no BigInt), so Node and every
// browser agree. They are two functions because committed files pin both: every replay stores the state hash of
// each turn and a link carries its first 8 hex digits as a checksum (`hashString`), and every replay names the
// scenario text it was recorded on by its content hash (`fnv1a64`). Merging them would change one set of values
// and break every replay, save and link made so far.
//   hashString: lane a is FNV-1a 32; lane b is FNV-1a 32 from another offset over each unit mixed with its
//     position, finished with lane a's high half and a multiply → 64 bits as 16 hex characters.
//   fnv1a64: the standard FNV-1a 64.

/**
 * The canonical text of deeply frozen objects seen so far. Game states are Immer's: deeply frozen, and each new
 * state shares every untouched part (the log's entries, the records a turn did not touch) with the one before, so
 * a state's canonical JSON is mostly made of texts already computed. Pure caching: a frozen object whose children
 * are all frozen can never change, so its text can never go stale (a mutable copy, e.g. runGame's, is never
 * cached). Arrays and the value hashed itself are not kept: they are new with every turn (the log grows), and
 * keeping their long texts would hold the state's size in memory twice over for nothing.
 */
const canonicalTexts = new WeakMap<object, string>();

/** JSON with object keys sorted and undefined members dropped (as JSON.stringify drops them). */
export function canonicalJson(value: unknown): string {
  return canonical(value, true).text;
}

/** The canonical text, and whether it may be cached (the value is immutable all the way down). */
function canonical(value: unknown, top = false): { text: string; fixed: boolean } {
  const outer = allFixed;
  allFixed = true;
  const text = canon(value, top);
  const fixed = allFixed;
  allFixed = outer;
  return { text, fixed };
}

/**
 * While `canon` writes a value: whether everything written so far is immutable all the way down. Each object clears
 * it for itself and gives back (outer && its own), so no call allocates a result object: hashing states in bulk
 * (a replay checked turn by turn, on a mutable copy that cannot be cached) spends its time here.
 */
let allFixed = true;

/** JSON.stringify of object keys, which are few and repeat in every state. */
const quotedKeys = new Map<string, string>();
const quoted = (k: string): string => {
  let q = quotedKeys.get(k);
  if (q === undefined) {
    q = JSON.stringify(k);
    if (quotedKeys.size < 10_000) quotedKeys.set(k, q);
  }
  return q;
};

function canon(value: unknown, top = false): string {
  if (value === null || typeof value !== 'object') {
    if (value === undefined || typeof value === 'function') return 'null';
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value);
  }
  const known = canonicalTexts.get(value);
  if (known !== undefined) return known;
  const outer = allFixed;
  allFixed = Object.isFrozen(value);
  let text: string;
  if (Array.isArray(value)) {
    text = '[';
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (i > 0) text += ',';
      text += v === undefined ? 'null' : canon(v);
    }
    text += ']';
  } else {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).sort();
    text = '{';
    let first = true;
    for (const k of keys) {
      const v = obj[k];
      if (v === undefined || typeof v === 'function') continue;
      text += first ? quoted(k) : `,${quoted(k)}`;
      text += ':';
      text += canon(v);
      first = false;
    }
    text += '}';
  }
  const mine = allFixed;
  if (mine && !top && !Array.isArray(value)) canonicalTexts.set(value, text);
  allFixed = outer && mine;
  return text;
}

const FNV_PRIME = 0x01000193; // FNV-1a 32's prime; its offset basis is 0x811c9dc5

/** hashString's running state over a text fed in pieces: its two lanes and the position reached. */
interface Lanes {
  a: number;
  b: number;
  i: number;
}

const startLanes = (): Lanes => ({ a: 0x811c9dc5, b: 0x2f3a5c71, i: 0 });

/** Feeds the next piece of the text: the same as hashing the pieces joined, since the position runs on. */
function feed(l: Lanes, text: string): void {
  let a = l.a;
  let b = l.b;
  let i = l.i;
  for (let k = 0; k < text.length; k++, i++) {
    const c = text.charCodeAt(k);
    a = Math.imul(a ^ c, FNV_PRIME);
    // The second lane sees each unit mixed with its position so that the lanes do not collide together.
    b = Math.imul(b ^ ((c + i) & 0xffff), FNV_PRIME);
  }
  l.a = a;
  l.b = b;
  l.i = i;
}

function finish(l: Lanes): string {
  const b = Math.imul(l.b ^ (l.a >>> 16), 0x85ebca6b);
  return (l.a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** 64-bit hash of a string as 16 lower-case hex characters. */
export function hashString(text: string): string {
  const l = startLanes();
  feed(l, text);
  return finish(l);
}

/** Hash of the canonical JSON of a game state (or any plain data). */
export function stateHash(state: unknown): string {
  if (state === null || typeof state !== 'object') return hashString(canonicalJson(state));
  const known = stateHashes.get(state);
  if (known !== undefined) return known;
  const log = (state as { log?: unknown }).log;
  const withLog = !Array.isArray(state) && Array.isArray(log) && log.length > 0;
  const c = withLog ? hashWithLog(state as Record<string, unknown>, log) : canonical(state, true);
  const hash = withLog ? c.text : hashString(c.text);
  if (c.fixed) stateHashes.set(state, hash); // a server sends the same state's hash to every seat
  return hash;
}

/**
 * Where hashing a state's text stood after its log's entries, kept on the log's last entry: the members before the
 * log (their keys and values), the log itself (to check the next state's log starts with the same entries) and the
 * lanes. A game's log only grows and the next state shares its entries, so when nothing before the log changed
 * (about half of all turns: `log` sorts after agreements, ai, … lastOffer) the next hash feeds only the new entries
 * and what follows the log. The value is exactly hashString of the canonical text: the lanes are those of the same
 * text's start. A mark is left only when every member before the log is frozen all the way down, so the same
 * values (===) are the same text: the check compares values, never builds the text.
 */
interface LogMark {
  keys: readonly string[];
  values: readonly unknown[];
  log: readonly unknown[];
  lanes: Lanes;
}
const logMarks = new WeakMap<object, LogMark>();

/**
 * Where hashing stood after each of the leading members before the log (`lanes[k]`: after member k), kept on the
 * first of them that is an object: consecutive states of a game (and their play-hash copies) share most of those
 * members, so the next hash feeds only from the first member that changed. Only members frozen all the way down
 * are marked, so the same values (===) are the same text.
 */
interface HeadMark {
  keys: readonly string[];
  values: readonly unknown[];
  lanes: Lanes[];
}
const headMarks = new WeakMap<object, HeadMark>();

/** How far back from the log's end to look for a mark (the states hashed are usually a turn or a few apart). */
const MARK_LOOKBACK = 16;

/** The last object keys seen and their sorted order: every state of a game has the same keys in the same order. */
let lastKeys: string[] = [];
let lastSorted: string[] = [];
function sortedKeys(obj: object): string[] {
  const keys = Object.keys(obj);
  let same = keys.length === lastKeys.length;
  for (let i = 0; same && i < keys.length; i++) same = keys[i] === lastKeys[i];
  if (!same) {
    lastKeys = keys;
    lastSorted = [...keys].sort();
  }
  return lastSorted;
}

/**
 * The hash of an object with a non-empty `log` array, as hashString(canonicalJson(value)), streamed piece by piece
 * (never one long text) and resumed from a mark where it can. `text` is the hash itself here.
 */
function hashWithLog(obj: Record<string, unknown>, log: readonly unknown[]): { text: string; fixed: boolean } {
  const keys = sortedKeys(obj).filter((k) => obj[k] !== undefined && typeof obj[k] !== 'function');
  let fixed = Object.isFrozen(obj) && Object.isFrozen(log);
  const at = keys.indexOf('log');
  const headKeys = keys.slice(0, at);
  const headValues = headKeys.map((k) => obj[k]);
  // A mark on one of the last entries, left by a state with the same members before the log and the same entries.
  let lanes: Lanes | null = null;
  let from = 0;
  for (let j = log.length - 1; j >= Math.max(0, log.length - MARK_LOOKBACK) && lanes === null; j--) {
    const e = log[j];
    const mark = e !== null && typeof e === 'object' ? logMarks.get(e) : undefined;
    if (mark === undefined || mark.log.length !== j + 1 || mark.keys.length !== headKeys.length) continue;
    let same = true;
    for (let k = 0; k < headKeys.length && same; k++)
      same = mark.keys[k] === headKeys[k] && mark.values[k] === headValues[k];
    for (let k = 0; k <= j && same; k++) same = mark.log[k] === log[k];
    if (!same) continue;
    lanes = { ...mark.lanes };
    from = j + 1;
    logMarks.delete(e as object); // the game moved on; one mark per log keeps memory flat
  }
  // What is written before the log: `{"k":text,…,"log":[`. Frozen members' texts are cached, so after a mark
  // they cost a lookup; without one they are fed, from the longest run of leading members already fed for an
  // earlier value of the same game (a head mark) on.
  let beforeFixed = fixed;
  if (lanes === null) {
    const anchor = headValues.find((v) => v !== null && typeof v === 'object') as object | undefined;
    const known = anchor !== undefined && Object.isFrozen(anchor) ? headMarks.get(anchor) : undefined;
    let k = 0;
    if (known !== undefined)
      while (k < known.lanes.length && known.keys[k] === headKeys[k] && known.values[k] === headValues[k]) k++;
    lanes = k > 0 ? { ...known!.lanes[k - 1]! } : startLanes();
    if (k === 0) feed(lanes, '{');
    // Lanes after each leading member, as long as every one so far is frozen all the way down (the same values
    // are then the same text).
    const marks: Lanes[] = known?.lanes.slice(0, k) ?? [];
    let prefixFixed = true;
    for (; k < headKeys.length; k++) {
      const c = canonical(headValues[k]);
      beforeFixed &&= c.fixed;
      prefixFixed &&= c.fixed;
      if (k > 0) feed(lanes, ',');
      feed(lanes, quoted(headKeys[k]!));
      feed(lanes, ':');
      feed(lanes, c.text);
      if (prefixFixed) marks.push({ ...lanes });
    }
    if (anchor !== undefined && Object.isFrozen(anchor) && marks.length > 0)
      headMarks.set(anchor, { keys: headKeys, values: headValues, lanes: marks });
    feed(lanes, headKeys.length > 0 ? ',"log":[' : '"log":[');
  }
  // (After a mark every member before the log was frozen all the way down when the mark was left: still so.)
  fixed &&= beforeFixed;
  let entriesFixed = true;
  for (let k = from; k < log.length; k++) {
    const e = log[k];
    if (k > 0) feed(lanes, ',');
    if (e === undefined) feed(lanes, 'null');
    else {
      const c = canonical(e);
      entriesFixed &&= c.fixed;
      feed(lanes, c.text);
    }
  }
  const last = log[log.length - 1];
  // Only a text that can never change may be resumed: frozen all the way down, before the log and in it.
  if (beforeFixed && entriesFixed && Object.isFrozen(log) && last !== null && typeof last === 'object')
    logMarks.set(last, { keys: headKeys, values: headValues, log, lanes: { ...lanes } });
  // What follows the log: `],"k":text,…}`.
  feed(lanes, ']');
  for (let k = at + 1; k < keys.length; k++) {
    const key = keys[k]!;
    const c = canonical(obj[key]);
    fixed &&= c.fixed;
    feed(lanes, ',');
    feed(lanes, quoted(key));
    feed(lanes, ':');
    feed(lanes, c.text);
  }
  feed(lanes, '}');
  return { text: finish(lanes), fixed: fixed && entriesFixed };
}

const stateHashes = new WeakMap<object, string>();

/** FNV-1a 64-bit of the UTF-16 code units of the text, as 16 hex digits: a scenario's content hash. */
export function fnv1a64(text: string): string {
  // The 64-bit state is kept as four 16-bit limbs (h3 most significant) so multiplication never loses bits.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i);
    // Multiply by the FNV prime 0x100000001b3 = 2^40 + 0x1b3.
    const a0 = h0 * 0x1b3;
    const a1 = h1 * 0x1b3;
    const a2 = h2 * 0x1b3;
    const a3 = h3 * 0x1b3;
    let c = a0 >>> 16;
    const n0 = a0 & 0xffff;
    let t = a1 + c;
    c = t >>> 16;
    const n1 = t & 0xffff;
    // 2^40 shifts h0 into limb 2 (<< 8 bits) and h1 into limb 3.
    t = a2 + c + ((h0 << 8) & 0xffff);
    c = t >>> 16;
    const n2 = t & 0xffff;
    t = a3 + c + ((h0 >>> 8) & 0xff) + ((h1 << 8) & 0xffff);
    const n3 = t & 0xffff;
    h0 = n0;
    h1 = n1;
    h2 = n2;
    h3 = n3;
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}
