// The limits on the work a valid file may ask for, in one place. A scenario under the size cap could still ask for
// an unbounded amount of work (13 issues of 6 options are 13 billion packages for the analytics; 8,800 phases of
// 100 rounds are 880,000 rounds of play; a 500 kB issue name is copied into every transcript line that names it),
// so the loader checks these counts right after the shape, before any command starts its work, and refuses a
// scenario over a limit with one sentence that names the limit and the count. The command-line limits (--runs,
// --seed) live here too, so that simulate accepts exactly the seeds a replay may record.
// Measured at each limit (game/cli/limits.test.ts plays every command on a generated file at the limit): see
// docs/scenario-format.md, "Limits".

import { MAX_PACKAGES } from '../engine/index';
import type { Reporter } from './reporter';
import type { GuardFile, ScenarioFile, StanceFile } from './schema';
import type { Path } from './yaml-positions';

export { MAX_PACKAGES };

/** Parties at one summit: every package's value is kept per party, and every AI hears every event. */
export const MAX_PARTIES = 10;

/**
 * Turns of a whole game: Σ over phases of rounds × speakers per round (every party speaks once a round). At most
 * the turns a replay file may record (10,000 hashes), so every game can be saved and played back.
 */
export const MAX_TURNS = 2_000;

/**
 * Transitions, guard nodes and actions of one stance: what an AI may evaluate each time it hears an event (the
 * shipped scenarios have at most 26). Without it, a 1 MB file can hold 10,000 guards that every AI checks on
 * every turn.
 */
export const MAX_STANCE_RULES = 500;

/** Ids: a replay file records party, issue and option ids of at most this length (replay-file.ts). */
export const MAX_ID_CHARS = 64;

/** Names, labels, short fields, map keys: one line on the screen. */
export const MAX_NAME_CHARS = 200;

/** A line of dialogue, a headline, a source title or address, a history point: a sentence or two. */
export const MAX_LINE_CHARS = 2_000;

/** Briefs, the briefing, descriptions, summaries, teaching notes, event bodies: a few pages. */
export const MAX_TEXT_CHARS = 50_000;

/** Fields whose strings are prose (MAX_TEXT_CHARS) or a sentence (MAX_LINE_CHARS); every other string is a name. */
const TEXT_FIELDS = new Set(['brief', 'briefing', 'description', 'summary', 'teachingNotes', 'body']);
const LINE_FIELDS = new Set(['text', 'headline', 'title', 'url', 'points']);

/**
 * Games per cell of `summit balance` (--runs): each game's summary is kept for the report, and a run plays
 * 1 + 4 × parties games. At 10,000 runs and 10 parties (410,000 games) balance peaked at 924 MB; half that leaves
 * room under 1 GB.
 */
export const MAX_RUNS = 5_000;

/** Worker threads of `summit balance` (--workers): each one loads its own copy of the game (tens of MB). */
export const MAX_WORKERS = 16;

/** The seeds a replay records (the PRNG state is a uint32): `simulate --seed` and `balance --seed` accept these. */
export const MIN_SEED = 0;
export const MAX_SEED = 0xffff_ffff;

const n = (x: number | bigint): string => x.toLocaleString('en-US');

/** The number of full packages: the product of the issues' option counts (exact, however large). */
export function packageCount(s: ScenarioFile): bigint {
  return s.issues.reduce((count, issue) => count * BigInt(issue.options.length), 1n);
}

/** Turns a game lasts when no deal ends a phase early. */
export function turnCount(s: ScenarioFile): number {
  let turns = 0;
  for (const ph of s.phases) turns += ph.rounds * (ph.order?.length ?? s.parties.length);
  return turns;
}

function checkTexts(value: unknown, path: Path, field: string, r: Reporter): void {
  if (typeof value === 'string') {
    const [limit, kind] = TEXT_FIELDS.has(field)
      ? [MAX_TEXT_CHARS, 'texts']
      : LINE_FIELDS.has(field)
        ? [MAX_LINE_CHARS, 'lines']
        : field === 'id'
          ? [MAX_ID_CHARS, 'ids']
          : [MAX_NAME_CHARS, 'names'];
    if (value.length > limit) {
      r.error(
        path,
        `"${field}" is ${n(value.length)} characters long; the limit for ${kind} is ${n(limit)} characters`,
      );
    }
    return;
  }
  if (Array.isArray(value)) {
    for (let k = 0; k < value.length; k++) checkTexts(value[k], [...path, k], field, r);
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.length > MAX_NAME_CHARS) {
        r.error(
          [...path, k],
          `a key is ${n(k.length)} characters long; the limit for names is ${n(MAX_NAME_CHARS)} characters`,
          undefined,
          { key: true },
        );
      }
      checkTexts(v, [...path, k], k, r);
    }
  }
}

const guardNodes = (g: GuardFile | undefined): number => {
  if (!g) return 0;
  if (g.type === 'all' || g.type === 'any') return 1 + g.params.of.reduce((sum, x) => sum + guardNodes(x), 0);
  if (g.type === 'not') return 1 + guardNodes(g.params.guard);
  return 1;
};

/** Transitions, guard nodes and actions of a stance (see MAX_STANCE_RULES). */
export function stanceRules(st: StanceFile): number {
  let count = st.entry?.length ?? 0;
  for (const list of Object.values(st.on ?? {})) {
    for (const t of list) count += 1 + guardNodes(t.guard) + (t.actions?.length ?? 0);
  }
  return count;
}

/** Reports every limit the scenario passes. Runs on data that passed the shape check, before any other work. */
export function checkLimits(s: ScenarioFile, r: Reporter): void {
  if (s.parties.length > MAX_PARTIES) {
    r.error(['parties'], `the scenario has ${n(s.parties.length)} parties; the limit is ${n(MAX_PARTIES)}`, undefined, {
      key: true,
    });
  }
  const packages = packageCount(s);
  if (packages > BigInt(MAX_PACKAGES)) {
    r.error(
      ['issues'],
      `the issues' options make ${n(packages)} possible packages; the limit is ${n(MAX_PACKAGES)}`,
      'fewer issues or fewer options per issue: the debrief and lint enumerate every package',
      { key: true },
    );
  }
  const turns = turnCount(s);
  if (turns > MAX_TURNS) {
    r.error(
      ['phases'],
      `the phases make games of ${n(turns)} turns (rounds × speakers, summed over phases); the limit is ${n(MAX_TURNS)}`,
      'fewer phases, rounds or speakers',
      { key: true },
    );
  }
  s.parties.forEach((party, pi) => {
    for (const [name, st] of Object.entries(party.statechart.states)) {
      const rules = stanceRules(st);
      if (rules > MAX_STANCE_RULES) {
        r.error(
          ['parties', pi, 'statechart', 'states', name],
          `stance "${name}" of "${party.id}" has ${n(rules)} transitions, guards and actions; the limit is ${n(MAX_STANCE_RULES)}`,
          undefined,
          { key: true },
        );
      }
    }
  });
  checkTexts(s, [], '', r);
}
