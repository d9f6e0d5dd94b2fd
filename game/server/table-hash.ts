// The hash every view carries (TableView.hash): the state's play hash (replay.ts: every member of the state, the
// log's length and its actions) chained with the canonical text of every transcript entry, so it pins the whole
// game as the state hash does — the same game, the same hash, after a restart too — at a fraction of the cost.
// The state hash feeds the whole transcript again whenever a member sorted before `log` changes (about every other
// turn; FNV cannot resume past a changed prefix), while the Match computes the play hash anyway for the replay's
// turn hashes, and the chain below hashes each entry once. Clients only compare it with itself (a reload, a
// restart, "has the state moved"); they cannot compute it from their redacted state.

import { canonicalJson, type GameState, hashString, type LogEntry } from '../engine/index';

/**
 * Where the chain stood at the end of a log, kept on its last entry: that log (to check a later log starts with the
 * very same entries, compared by identity, as hash.ts's marks do) and the chain over it.
 */
interface ChainMark {
  log: readonly LogEntry[];
  trace: string;
}
const marks = new WeakMap<LogEntry, ChainMark>();

/** How far back from the log's end to look for a mark (views are sent a turn or a few apart). */
const LOOKBACK = 16;

/**
 * A hash chained over every log entry's canonical text, in order ('' for an empty log). A game's log only grows and
 * consecutive states share their entries, so each call hashes only the entries added since the last one hashed.
 */
export function logChain(log: readonly LogEntry[]): string {
  let trace = '';
  let from = 0;
  for (let j = log.length - 1; j >= Math.max(0, log.length - LOOKBACK); j--) {
    const mark = marks.get(log[j]!);
    if (mark === undefined || mark.log.length !== j + 1) continue;
    let same = true;
    for (let k = 0; k <= j && same; k++) same = mark.log[k] === log[k];
    if (!same) continue;
    trace = mark.trace;
    from = j + 1;
    // The game moved on: one mark per log keeps memory flat (each holds its log).
    if (from < log.length) marks.delete(log[j]!);
    break;
  }
  for (let j = from; j < log.length; j++) trace = hashString(`${trace}|${canonicalJson(log[j])}`);
  if (log.length > 0 && from < log.length) marks.set(log[log.length - 1]!, { log, trace });
  return trace;
}

/** The view's hash of a state whose play hash is `play`. */
export const tableHash = (s: GameState, play: string): string => hashString(`${play}|${logChain(s.log)}`);
