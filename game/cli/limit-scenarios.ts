// Scenarios at (and just over) every limit of content/limits.ts, generated as YAML text: the worst valid files
// the commands must handle within their time and memory budget (game/cli/limits.test.ts plays them; the figures
// in docs/scenario-format.md, "Limits", were measured on them). Pure text generation, no I/O.
import { MAX_PACKAGES, MAX_PARTIES, MAX_STANCE_RULES, MAX_TEXT_CHARS, MAX_TURNS } from '../content/index';

export interface LimitShape {
  parties: number;
  /** Option count of each issue (2–6): the package space is their product. */
  options: number[];
  /** Rounds of each phase: every party speaks once a round. */
  rounds: number[];
  /** Characters of every name and label, of every line of dialogue, of every brief. */
  nameChars: number;
  lineChars: number;
  briefChars: number;
  /** Transitions, guard nodes and actions of each party's first stance (4 of them real, the rest never hold). */
  stanceRules: number;
}

/** 2,000,000 = 5^6 × 2^7: six issues of five options and seven of two, exactly MAX_PACKAGES packages. */
const CAP_OPTIONS = [5, 5, 5, 5, 5, 5, 2, 2, 2, 2, 2, 2, 2];

/** Rounds that make exactly `turns` turns with `parties` speakers (phases of at most 100 rounds). */
function roundsFor(turns: number, parties: number): number[] {
  const rounds: number[] = [];
  let left = Math.floor(turns / parties);
  while (left > 0) {
    rounds.push(Math.min(100, left));
    left -= Math.min(100, left);
  }
  return rounds;
}

/** Every limit reached at once: the most parties, packages and turns, and long texts within the 1 MB file cap. */
export const AT_LIMITS: LimitShape = {
  parties: MAX_PARTIES,
  options: CAP_OPTIONS,
  rounds: roundsFor(MAX_TURNS - (MAX_TURNS % MAX_PARTIES), MAX_PARTIES),
  nameChars: 200,
  lineChars: 2_000,
  // Ten briefs at the limit are 500 kB of the 1 MB file cap.
  briefChars: MAX_TEXT_CHARS,
  stanceRules: MAX_STANCE_RULES,
};

/** One limit passed by one: the shape of each refused file. */
export const OVER_LIMITS: Record<'parties' | 'packages' | 'turns' | 'name' | 'line' | 'brief' | 'stance', LimitShape> =
  {
    parties: { ...AT_LIMITS, parties: MAX_PARTIES + 1, rounds: [1] },
    packages: { ...AT_LIMITS, options: [...CAP_OPTIONS, 2] }, // 4,000,000 packages
    turns: { ...AT_LIMITS, rounds: [...AT_LIMITS.rounds, 1] },
    name: { ...AT_LIMITS, nameChars: 201 },
    line: { ...AT_LIMITS, lineChars: 2_001 },
    brief: { ...AT_LIMITS, briefChars: MAX_TEXT_CHARS + 1 },
    stance: { ...AT_LIMITS, stanceRules: MAX_STANCE_RULES + 1 },
  };

/** Text of exactly `n` characters (words, so it reads as prose in a transcript). */
function textOf(n: number, seed: string): string {
  const words = `${seed} lorem ipsum dolor sit amet `;
  return words.repeat(Math.ceil(n / words.length) + 1).slice(0, n);
}

const q = (s: string): string => JSON.stringify(s);

/** The scenario's YAML text. Every party values every issue, has two stances and reacts to the usual events. */
export function limitScenario(shape: LimitShape): string {
  const parties = Array.from({ length: shape.parties }, (_, k) => `p${k}`);
  const issues = shape.options.map((count, k) => ({
    id: `i${k}`,
    options: Array.from({ length: count }, (_, o) => `o${o}`),
  }));
  const weights = (pk: number): number[] => {
    // Integer weights summing to 100, rotated per party so that interests differ.
    const base = Math.floor(100 / issues.length);
    const w = issues.map(() => base);
    w[pk % issues.length] += 100 - base * issues.length;
    return w;
  };
  // The first stance's real rules: two transitions with a guard each.
  const fillerTransitions = Math.floor((shape.stanceRules - 4) / 2);
  const fillerEntry = shape.stanceRules - 4 - 2 * fillerTransitions;
  const out: string[] = [
    'format: 1',
    'id: limits',
    'version: 1.0.0',
    `title: ${q(textOf(shape.nameChars, 'Title'))}`,
    'date: 2025-01-01',
    `place: ${q(textOf(shape.nameChars, 'Place'))}`,
    'summary: A generated scenario at the limits.',
    'briefing: A generated scenario at the limits.',
    'parties:',
  ];
  parties.forEach((id, pk) => {
    const w = weights(pk);
    out.push(
      `  - id: ${id}`,
      `    name: ${q(textOf(shape.nameChars, `Party ${id}`))}`,
      `    short: ${id.toUpperCase()}`,
      `    leader: ${q(textOf(shape.nameChars, 'Leader'))}`,
      `    colour: "#336699"`,
      `    brief: ${q(textOf(shape.briefChars, 'Brief'))}`,
      // The first party accepts nothing (reservation 100), so that no deal ends a game early: the longest game.
      `    reservation: ${pk === 0 ? 100 : 20 + (pk % 5) * 5}`,
      `    weights: { ${issues.map((i, k) => `${i.id}: ${w[k]}`).join(', ')} }`,
      '    values:',
      ...issues.map(
        (i, k) =>
          `      ${i.id}: { ${i.options.map((o, oi) => `${o}: ${(oi * 37 + pk * 23 + k * 11) % 101}`).join(', ')} }`,
      ),
      '    statechart:',
      '      initial: firm',
      '      states:',
      '        firm:',
      '          mood: maximalist',
      '          curve: boulware',
      `          redLines: [{ issue: i0, option: o${pk % issues[0]!.options.length} }]`,
      '          lines:',
      ...['greeting', 'propose', 'accept', 'reject', 'insist', 'pass'].map(
        (key) => `            ${key}: [{ text: ${q(textOf(shape.lineChars, key))}, simulated: true }]`,
      ),
      // Filler rules: transitions whose guard never holds (no phase has 101 rounds), tried before the real one on
      // every offer, and entry actions for an odd remainder.
      ...(fillerEntry > 0
        ? [`          entry: [${Array(fillerEntry).fill('{ type: say, params: { line: greeting } }').join(', ')}]`]
        : []),
      '          on:',
      '            offer.received:',
      ...Array.from(
        { length: fillerTransitions },
        () => '              - { guard: { type: roundAtLeast, params: { round: 101 } }, target: soft }',
      ),
      '              - guard: { type: valueAtLeast, params: { value: 90 } }',
      '                target: soft',
      `            round.elapsed:`,
      '              - guard: { type: roundAtLeast, params: { round: 3 } }',
      '                target: soft',
      '        soft:',
      '          mood: bargaining',
      '          curve: conceder',
      '          on:',
      '            threat.received:',
      '              - target: firm',
    );
  });
  out.push('issues:');
  for (const i of issues) {
    out.push(
      `  - id: ${i.id}`,
      `    name: ${q(textOf(shape.nameChars, `Issue ${i.id}`))}`,
      `    statusQuo: o0`,
      `    consent: [${parties.join(', ')}]`,
      '    options:',
      ...i.options.map((o) => `      - { id: ${o}, label: ${q(textOf(shape.nameChars, `Option ${o}`))} }`),
    );
  }
  out.push('phases:');
  shape.rounds.forEach((rounds, k) => {
    out.push(
      `  - id: ph${k}`,
      `    name: ${q(textOf(shape.nameChars, `Phase ${k}`))}`,
      '    date: 2025-01-02',
      `    place: Hall`,
      `    inRoom: [${parties.join(', ')}]`,
      `    agenda: [${issues.map((i) => i.id).join(', ')}]`,
      `    rounds: ${rounds}`,
    );
  });
  return `${out.join('\n')}\n`;
}

/** The package count of a shape (for messages and checks). */
export const packagesOf = (shape: LimitShape): number => shape.options.reduce((n, o) => n * o, 1);

export { MAX_PACKAGES };
