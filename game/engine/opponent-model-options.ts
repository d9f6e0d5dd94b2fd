// How the opponent model values the options of one issue (rules revision 4 on). Revision 3 gave an option nobody
// named credit from its neighbours in the issue's option order, which holds for an ordered issue (a price, a
// number of years) but not for an unordered one: in Alaska, territory lists freeze, swap, withdraw4, prewar, and
// Russia's demand of withdraw4 made prewar look nearly as good to it as swap. The observing party cannot see the
// others' values, but it knows its own: an issue whose options it values in monotone order (rising or falling
// along the list) is read as ordered, any other as unordered. On an unordered issue an option is worth
//   value(o) = floor(100 × (count(o) + 1) / (max count + 1))
// (its own count, ANSWER and offer counts as in opponent-model.ts; an option never named keeps a small share).
import { own } from './own';
import type { Issue, OptionId, Party } from './scenario';

/** Whether the party's own values rise or fall along the issue's option order (ties allowed). */
export function orderedFor(observer: Party, issue: Issue): boolean {
  const row = own(observer.values, issue.id);
  if (!row) return true;
  let up = true;
  let down = true;
  for (let k = 1; k < issue.options.length; k++) {
    const a = own(row, issue.options[k - 1]!.id) ?? 0;
    const b = own(row, issue.options[k]!.id) ?? 0;
    if (b < a) up = false;
    if (b > a) down = false;
  }
  return up || down;
}

/** Values 0–100 of an unordered issue's options from their counts (same order as the issue's options). */
export function categoricalValues(issue: Issue, counts: readonly number[]): Record<OptionId, number> {
  let max = 0;
  for (const c of counts) if (c > max) max = c;
  const out: Record<OptionId, number> = {};
  issue.options.forEach((o, k) => {
    out[o.id] = Math.floor((100 * ((counts[k] ?? 0) + 1)) / (max + 1));
  });
  return out;
}
