// What a lint rule sees and what it reports. Lint warnings are not errors: the scenario loads and plays, but
// something in it cannot happen or cannot matter (a guard that never holds, an issue nobody values), which
// is almost always a mistake an instructor would rather hear about before class.
import type { CompiledScenario } from '../../engine/index';
import type { ScenarioFile } from '../schema';
import type { Path, PositionIndex } from '../yaml-positions';

export interface LintWarning {
  file: string;
  line: number; // 1-based
  column: number; // 1-based
  path: string;
  rule: string;
  message: string;
  hint?: string;
}

export interface LintContext {
  file: string;
  text: string;
  /** The data as written (paths into it name YAML nodes). */
  data: ScenarioFile;
  /** The same scenario compiled (defaults filled), for the engine's analytics. */
  sc: CompiledScenario;
  positions: PositionIndex;
  warn(path: Path, message: string, hint?: string, opts?: { key?: boolean }): void;
}

/** A rule: a pure function of the scenario that reports through `ctx.warn`. */
export interface LintRule {
  id: string;
  /** One sentence for the docs and `--json`. */
  summary: string;
  check(ctx: LintContext): void;
}
