// Control characters from files never reach the terminal raw: the escaping itself, and planted files through the
// real commands (an ESC sequence in a replay's seat key and outcome, in a scenario's title and party name).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured as run } from './capture';
import { terminalText } from './terminal-text';

const MINI = 'scenarios/fixtures/mini.yaml';
const FIXTURE = 'scenarios/fixtures/replays/mini-format1.summit.json';
const ESC = '\u001b';
const tmp = () => mkdtempSync(join(tmpdir(), 'summit-terminal-'));

/** Any character a terminal would act on: C0 but tab and LF, CR not before LF, DEL, C1, bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

describe('terminalText', () => {
  it('writes control characters as visible \\uXXXX escapes', () => {
    expect(terminalText(`${ESC}[31mred${ESC}[0m`)).toBe('\\u001b[31mred\\u001b[0m');
    expect(terminalText(`${ESC}]0;title\u0007`)).toBe('\\u001b]0;title\\u0007');
    expect(terminalText('over\rwrite')).toBe('over\\u000dwrite');
    expect(terminalText('c1 \u009b2J and bidi \u202eevil')).toBe('c1 \\u009b2J and bidi \\u202eevil');
    expect(terminalText('nul\u0000 del\u007f')).toBe('nul\\u0000 del\\u007f');
  });
  it('keeps text, tabs, line feeds and CRLF line ends as they are', () => {
    const plain = 'Southland — 49\tnorth\nline two\r\nthird «é» 北';
    expect(terminalText(plain)).toBe(plain);
  });
  it('keeps JSON valid and meaning the same', () => {
    const doc = JSON.stringify({ name: 'a\u009bb\u202ec' });
    expect(JSON.parse(terminalText(doc))).toEqual({ name: 'a\u009bb\u202ec' });
  });
});

describe('planted files through the commands', () => {
  it('a replay with ESC sequences in a seat key and in its outcome', () => {
    const dir = tmp();
    const replay = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    replay.outcome.values[`${ESC}[2J${ESC}]0;pwned\u0007`] = 5;
    replay.seats[`${ESC}[8mhidden`] = 'human';
    const file = join(dir, `${ESC}[31mstudent.summit.json`);
    writeFileSync(file, JSON.stringify(replay));
    for (const argv of [
      ['replay', 'verify', file, '--scenario', MINI],
      ['analyze', file, '--scenario', MINI],
      ['report', file, '--scenario', MINI],
    ]) {
      const r = run(...argv);
      expect(r.code).toBe(1);
      expect(`${r.out}\n${r.err}`).not.toMatch(RAW_CONTROL);
      expect(`${r.out}\n${r.err}`).toContain('\\u001b[31mstudent.summit.json');
    }
    expect(run('replay', 'verify', file, '--scenario', MINI).out).toContain(
      "seats a party '\\u001b[8mhidden' that scenario 'mini' does not have",
    );
    delete replay.seats[`${ESC}[8mhidden`];
    writeFileSync(file, JSON.stringify(replay));
    expect(run('replay', 'verify', file, '--scenario', MINI).out).toContain(
      'records a value of 5 for \\u001b[2J\\u001b]0;pwned\\u0007,',
    );
  });
  it('a scenario whose title and party name carry escape sequences', () => {
    const dir = tmp();
    const scenario = join(dir, 'evil.yaml');
    writeFileSync(
      scenario,
      readFileSync(MINI, 'utf8')
        .replace('title: A small summit', 'title: "\\e]0;pwned\\a small \\e[5msummit"')
        .replace('name: Southland', 'name: "South\\rland\\x9b"'),
    );
    const replay = join(dir, 'game.summit.json');
    expect(
      run('simulate', scenario, '--seed', '2', '--human', 'south', '--policy', 'random', '--replay-out', replay).code,
    ).toBe(0);
    for (const argv of [
      ['simulate', scenario, '--seed', '2'],
      ['simulate', scenario, '--seed', '2', '--json'],
      ['analyze', replay, '--scenario', scenario],
      ['report', replay, '--scenario', scenario],
      ['report', replay, '--csv', '--scenario', scenario],
      ['lint', scenario],
    ]) {
      const r = run(...argv);
      expect(`${r.out}\n${r.err}`).not.toMatch(RAW_CONTROL);
    }
    const report = run('report', replay, '--scenario', scenario).out;
    expect(report).toContain('\\u001b]0;pwned\\u0007 small \\u001b[5msummit');
    expect(report).toContain('South\\u000dland\\u009b');
  });
});
