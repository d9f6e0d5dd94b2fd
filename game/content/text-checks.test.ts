// The checks before parsing, through the loaders: a byte-order mark is accepted in replays as in scenarios, data
// nested past the limit gets its own sentence with the limit and the depth (never "not valid JSON" or a stack
// overflow, even 10,000 levels deep), an undecodable byte and a carriage return alone are named with their
// position. (The committed broken scenarios 52–54 cover the same through the corpus test.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatError, makeReplayFile, parseReplay, parseScenario } from './index';
import { MAX_NESTING } from './text-checks';

const miniText = readFileSync('scenarios/fixtures/mini.yaml', 'utf8');
const replayText = readFileSync('scenarios/fixtures/replays/mini-format1.summit.json', 'utf8');

function firstScenarioError(text: string): string {
  const r = parseScenario(text, 's.yaml');
  expect(r.ok).toBe(false);
  return r.ok ? '' : formatError(r.error[0]);
}
function firstReplayError(text: string): string {
  const r = parseReplay(text, 'r.summit.json');
  expect(r.ok).toBe(false);
  return r.ok ? '' : formatError(r.error[0]);
}

describe('byte-order marks', () => {
  it('a replay that starts with one reads as without it', () => {
    const plain = parseReplay(replayText, 'r.summit.json');
    const marked = parseReplay(`\uFEFF${replayText}`, 'r.summit.json');
    expect(marked.ok).toBe(true);
    expect(marked).toEqual(plain);
    // Positions are those of the text after the mark.
    expect(firstReplayError(`\uFEFF${replayText.replace('"seed": 2', '"seed": "x"')}`)).toMatch(
      /^r\.summit\.json:10:10: seed: /,
    );
  });
  it('a scenario that starts with one is accepted', () => {
    expect(parseScenario(`\uFEFF${miniText}`, 's.yaml').ok).toBe(true);
  });
});

describe('nesting depth', () => {
  const limit = `the limit is ${MAX_NESTING} levels`;
  it('JSON 10,000 levels deep', () => {
    const deep = `{"format": "summit-replay", "x": ${'['.repeat(10000)}${']'.repeat(10000)}}`;
    expect(firstReplayError(deep)).toBe(
      `r.summit.json:1:${33 + MAX_NESTING}: the data nests 10001 levels deep here; ${limit}`,
    );
  });
  it('JSON at the limit is read (and then refused for what it is)', () => {
    const atLimit = `{"x": ${'['.repeat(MAX_NESTING - 1)}${']'.repeat(MAX_NESTING - 1)}}`;
    expect(firstReplayError(atLimit)).toContain('not a Summit replay');
  });
  it('brackets inside JSON strings do not count', () => {
    const replay = JSON.parse(replayText);
    replay.game = `${'['.repeat(60)}\\"${'{'.repeat(60)}`.slice(0, 64);
    expect(parseReplay(makeReplayFile(replay), 'r.summit.json').ok).toBe(true);
  });
  const indented = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');
  const brackets = 'lists and maps in brackets';
  it.each([
    ['flow lists', `format: 1\nx: ${'['.repeat(10000)}${']'.repeat(10000)}\n`, '2', brackets],
    ['flow maps', `format: 1\nx: ${'{a: '.repeat(10000)}1${'}'.repeat(10000)}\n`, '2', brackets],
    ['block maps', `format: 1\n${indented(1000, (i) => `${' '.repeat(i)}k:`)} x\n`, '\\d+', 'the data'],
    ['block lists', `format: 1\nx:\n${indented(1000, (i) => `${' '.repeat(i + 1)}-`)} x\n`, '\\d+', 'the data'],
    [
      'maps and lists',
      `format: 1\n${indented(40, (i) => `${' '.repeat(i)}k:`)} ${'['.repeat(40)}${']'.repeat(40)}\n`,
      '41',
      'the data',
    ],
  ])('YAML %s nested past the limit', (_, text, at, what) => {
    const e = firstScenarioError(text);
    expect(e).toMatch(new RegExp(`^s\\.yaml:${at}:\\d+: ${what} nests? \\d+ levels deep here; ${limit}$`));
  });
  it('YAML at the limit is read', () => {
    const text = `${miniText}\nx: ${'['.repeat(MAX_NESTING - 1)}${']'.repeat(MAX_NESTING - 1)}\n`;
    expect(firstScenarioError(text)).toContain('unknown field "x"');
  });
});

describe('encoding and line ends', () => {
  it('an undecodable byte in a scenario is named with its position', () => {
    const bytes = Buffer.concat([
      Buffer.from('format: 1\nid: mini\ntitle: Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' summit\n'),
    ]);
    expect(firstScenarioError(bytes.toString('utf8'))).toBe(
      's.yaml:3:11: the file is not valid UTF-8 here (a byte that is no UTF-8 character); save it as UTF-8 text',
    );
  });
  it('and in a replay', () => {
    const bytes = Buffer.from(replayText.replace('"game": "0.1.0"', '"game": "0.1.0-\u0001"'));
    bytes[bytes.indexOf(1)] = 0xff;
    expect(firstReplayError(bytes.toString('utf8'))).toMatch(
      /^r\.summit\.json:\d+:\d+: the file is not valid UTF-8 here/,
    );
  });
  it('a scenario with carriage returns alone as line ends', () => {
    expect(firstScenarioError(miniText.replace(/\n/g, '\r'))).toMatch(
      /^s\.yaml:1:\d+: this line ends with a carriage return alone \(old Mac line endings\)/,
    );
    expect(parseScenario(miniText.replace(/\n/g, '\r\n'), 's.yaml').ok).toBe(true);
  });
  it('a replay with carriage returns alone is still JSON', () => {
    expect(parseReplay(replayText.replace(/\n/g, '\r'), 'r.summit.json').ok).toBe(true);
  });
});
