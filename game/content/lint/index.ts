// `lintScenario`: the statechart and balance warnings of a valid scenario, in file order. Runs only after the
// file passed every check of the loader (errors come back as errors, as from parseScenario), because the rules
// assume checked references. Things the loader already refuses are not repeated here: unreachable stances,
// world.<event> handlers for events that do not exist, events with neither `at` nor `chance`, events
// scheduled after the last round of their phase, and chance 0 (the schema's minimum is 1).

import { type CompiledScenario, fnv1a64 } from '../../engine/index';
import { compileScenario } from '../compile';
import { pathToString, type ScenarioError, sortErrors } from '../errors';
import { parseScenario, readScenarioFile } from '../parse';
import type { ScenarioFile } from '../schema';
import type { PositionIndex } from '../yaml-positions';
import { consentNeverInRoom } from './consent-never-in-room';
import { deadEndStance } from './dead-end-stance';
import { demandOption } from './demand-option';
import { idleIssue } from './idle-issue';
import { impossibleGuard } from './impossible-guard';
import { lineAbout } from './line-about';
import { neverAccepts } from './never-accepts';
import { noZopa } from './no-zopa';
import { offAgendaIssue } from './off-agenda-issue';
import { regionUnreachableState, stuckRegion } from './regions';
import { sayWithoutLines } from './say-without-lines';
import { schemaLine } from './schema-line';
import { shortPhase } from './short-phase';
import type { LintContext, LintRule, LintWarning } from './types';
import { unknownFlag } from './unknown-flag';
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
  offAgendaIssue,
  consentNeverInRoom,
  unknownFlag,
  shortPhase,
  regionUnreachableState,
  stuckRegion,
  demandOption,
];

export function lintScenario(
  text: string,
  file: string,
): { ok: true; value: LintWarning[] } | { ok: false; error: ScenarioError[] } {
  const read = readScenarioFile(text, file);
  if (!read.ok) return read;
  const { data, positions } = read.value;
  return { ok: true, value: lintRead(text, file, data, positions, compileScenario(data, fnv1a64(text))) };
}

/**
 * `summit validate` and `summit lint` in one pass over the text (the studio checks as the author types): the
 * compiled scenario (as parseScenario gives it) with its warnings (as lintScenario gives them), or the errors.
 */
export function checkScenario(
  text: string,
  file: string,
): { ok: true; scenario: CompiledScenario; warnings: LintWarning[] } | { ok: false; error: ScenarioError[] } {
  const read = readScenarioFile(text, file);
  if (!read.ok) return read;
  const { data, positions } = read.value;
  let sc: CompiledScenario;
  try {
    sc = compileScenario(data, fnv1a64(text));
  } catch {
    // parseScenario words this one sentence; take it from there.
    const parsed = parseScenario(text, file);
    return { ok: false, error: parsed.ok ? [] : parsed.error };
  }
  return { ok: true, scenario: sc, warnings: lintRead(text, file, data, positions, sc) };
}

function lintRead(
  text: string,
  file: string,
  data: ScenarioFile,
  positions: PositionIndex,
  sc: CompiledScenario,
): LintWarning[] {
  const warnings: LintWarning[] = [];
  const ctx: LintContext = {
    file,
    text,
    data,
    sc,
    positions,
    warn(path, message, hint, opts = {}) {
      const pos = path.length === 0 ? { line: 1, column: 1 } : positions.find(path, opts);
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
  return sortErrors(warnings) as LintWarning[];
}

/** "file:line:col: warning: message (hint) [rule]". */
export function formatWarning(w: LintWarning): string {
  return `${w.file}:${w.line}:${w.column}: warning: ${w.message}${w.hint ? ` (${w.hint})` : ''} [${w.rule}]`;
}
