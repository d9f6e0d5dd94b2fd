// The studio's live check: a scenario's text through the very checks of `summit validate` and `summit lint`
// (content's checkScenario: parseScenario and lintScenario in one pass), turned into problems that carry an offset range in the text, so
// the editor can underline them where the command line would point.

import { type CompiledScenario, checkScenario, type ScenarioError } from '../../content/index';
import { rememberScenarioText } from '../carried-scenario';

export interface Problem {
  severity: 'error' | 'warning';
  line: number;
  column: number;
  /** Offsets into the text: the word at line:column (never empty unless the text is). */
  from: number;
  to: number;
  message: string;
  hint?: string;
  /** The lint rule, for warnings. */
  rule?: string;
}

export interface CheckResult {
  problems: Problem[];
  /** The compiled scenario when the text is valid (warnings do not stop it). */
  scenario: CompiledScenario | null;
  /** How long the check took, in milliseconds. */
  ms: number;
}

/** Offset of 1-based line:column in `text`, clamped to the text (a column past the line's end is its end). */
export function offsetOf(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return text.length;
    start = nl + 1;
  }
  const end = text.indexOf('\n', start);
  const lineEnd = end < 0 ? text.length : end;
  return Math.min(start + Math.max(0, column - 1), lineEnd);
}

/** The range to underline from `from`: the token there (up to a space, colon or comma), at least one character. */
export function tokenRange(text: string, from: number): { from: number; to: number } {
  const lineEnd = text.indexOf('\n', from) < 0 ? text.length : text.indexOf('\n', from);
  let to = from;
  while (to < lineEnd && !/[\s:,{}[\]]/.test(text[to])) to++;
  if (to === from) {
    if (from < lineEnd) to = from + 1;
    else if (from > 0 && text[from - 1] !== '\n') return { from: from - 1, to: from };
  }
  return { from, to };
}

function problem(text: string, severity: Problem['severity'], e: ScenarioError & { rule?: string }): Problem {
  const range = tokenRange(text, offsetOf(text, e.line, e.column));
  const p: Problem = { severity, line: e.line, column: e.column, ...range, message: e.message };
  if (e.hint) p.hint = e.hint;
  if (e.rule) p.rule = e.rule;
  return p;
}

/** Checks `text` as `summit validate` then `summit lint` would; `now` measures (performance.now in the browser). */
export function checkScenarioText(text: string, name: string, now: () => number = () => 0): CheckResult {
  const t0 = now();
  const checked = checkScenario(text, name);
  if (!checked.ok) {
    return { problems: checked.error.map((e) => problem(text, 'error', e)), scenario: null, ms: now() - t0 };
  }
  const warnings = checked.warnings.map((w) => problem(text, 'warning', w));
  // Played from the studio, the game carries this text in its saves, replay file and link.
  rememberScenarioText(checked.scenario, text);
  return { problems: warnings, scenario: checked.scenario, ms: now() - t0 };
}
