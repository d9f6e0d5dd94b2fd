// `lintScenario`: the statechart and balance warnings of a valid scenario, in file order. Runs only after the
// file passed every check of the loader (errors come back as errors, as from parseScenario), because the rules
// assume checked references. Things the loader already refuses are not repeated here: unreachable stances,
// world.<event> handlers for events that do not exist, events with neither `at` nor `chance`, events
// scheduled after the last round of their phase, and chance 0 (the schema's minimum is 1).

import { fnv1a64 } from '../../engine/index';
import { compileScenario } from '../compile';
import { pathToString, type ScenarioError, sortErrors } from '../errors';
import { parseScenarioFile } from '../parse';
import { parseSafely } from '../safety';
import { deadEndStance } from './dead-end-stance';
import { idleIssue } from './idle-issue';
import { impossibleGuard } from './impossible-guard';
import { lineAbout } from './line-about';
import { neverAccepts } from './never-accepts';
import { noZopa } from './no-zopa';
import { sayWithoutLines } from './say-without-lines';
import { schemaLine } from './schema-line';
import type { LintContext, LintRule, LintWarning } from './types';
import { walkoutAtStart } from './walkout-at-start';

export type { LintRule, LintWarning } from './types';

export const LINT_RULES: readonly LintRule[] = [
  schemaLine,
  deadEndStance,
  impossibleGuard,
  sayWithoutLines,
  lineAbout,
  neverAccepts,
  noZopa,
  idleIssue,
  walkoutAtStart,
];

export function lintScenario(
  text: string,
  file: string,
): { ok: true; value: LintWarning[] } | { ok: false; error: ScenarioError[] } {
  const parsed = parseScenarioFile(text, file);
  if (!parsed.ok) return parsed;
  const safe = parseSafely(text, file);
  if (!safe.ok) return { ok: false, error: safe.error };
  const warnings: LintWarning[] = [];
  const ctx: LintContext = {
    file,
    text,
    data: parsed.value,
    sc: compileScenario(parsed.value, fnv1a64(text)),
    positions: safe.value.positions,
    warn(path, message, hint, opts = {}) {
      const pos = path.length === 0 ? { line: 1, column: 1 } : safe.value.positions.find(path, opts);
      const w: LintWarning = { file, line: pos.line, column: pos.column, path: pathToString(path), rule: '', message };
      if (hint) w.hint = hint;
      warnings.push(w);
    },
  };
  for (const rule of LINT_RULES) {
    const from = warnings.length;
    rule.check(ctx);
    for (let i = from; i < warnings.length; i++) warnings[i].rule = rule.id;
  }
  return { ok: true, value: sortErrors(warnings) as LintWarning[] };
}

/** "file:line:col: warning: message (hint) [rule]". */
export function formatWarning(w: LintWarning): string {
  return `${w.file}:${w.line}:${w.column}: warning: ${w.message}${w.hint ? ` (${w.hint})` : ''} [${w.rule}]`;
}
