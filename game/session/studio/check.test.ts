import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintScenario, parseScenario, starterScenario } from '../../content/index';
import { checkScenarioText, offsetOf, tokenRange } from './check';

const starter = starterScenario('my-summit', '../assets/schema/scenario.schema.json', '2026-01-01');

describe('offsets of line:column', () => {
  it('maps 1-based line and column to an offset, clamped to the line and the text', () => {
    const text = 'ab\ncde\n';
    expect(offsetOf(text, 1, 1)).toBe(0);
    expect(offsetOf(text, 2, 2)).toBe(4);
    expect(offsetOf(text, 2, 99)).toBe(6);
    expect(offsetOf(text, 9, 1)).toBe(text.length);
  });

  it('underlines the token at the offset, never an empty range inside a line', () => {
    const text = 'reservation: 140\n';
    expect(tokenRange(text, 13)).toEqual({ from: 13, to: 16 });
    expect(tokenRange(text, 0)).toEqual({ from: 0, to: 11 });
    expect(tokenRange('a: \n', 2)).toEqual({ from: 2, to: 3 });
  });
});

describe('checkScenarioText: the checks of summit validate and summit lint', () => {
  it('the starter is valid and clean, and compiles', () => {
    const r = checkScenarioText(starter, 'my-summit.yaml');
    expect(r.problems).toEqual([]);
    expect(r.scenario?.id).toBe('my-summit');
  });

  it('an error comes back at the loader’s line and column, with the range of the token there', () => {
    const text = starter.replace('reservation: 40', 'reservation: 140');
    const loader = parseScenario(text, 'x.yaml');
    expect(loader.ok).toBe(false);
    const first = loader.ok ? null : loader.error[0];
    const r = checkScenarioText(text, 'x.yaml');
    expect(r.scenario).toBeNull();
    expect(r.problems[0]).toMatchObject({ severity: 'error', line: first?.line, column: first?.column });
    expect(text.slice(r.problems[0].from, r.problems[0].to)).toBe('140');
    expect(r.problems.length).toBe(loader.ok ? 0 : loader.error.length);
  });

  it('lint warnings come back as warnings with their rule, and the scenario still compiles', () => {
    const text = starter.replace(/^# yaml-language-server.*\n/, '');
    const lint = lintScenario(text, 'x.yaml');
    const r = checkScenarioText(text, 'x.yaml');
    expect(r.scenario).not.toBeNull();
    expect(r.problems.map((p) => p.rule)).toEqual(lint.ok ? lint.value.map((w) => w.rule) : []);
    expect(r.problems[0]).toMatchObject({ severity: 'warning', rule: 'schema-line', line: 1, column: 1 });
  });

  it('checks Alaska (a bundled scenario) without a problem', () => {
    const text = readFileSync(new URL('../../../scenarios/alaska-2025.yaml', import.meta.url), 'utf8');
    expect(checkScenarioText(text, 'alaska-2025.yaml').problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
