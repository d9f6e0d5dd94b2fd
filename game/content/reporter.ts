// The collector the semantic checks write to: it turns (data path, message, hint) into a positioned
// ScenarioError, so the checks deal in paths and never in line numbers.

import { pathToString, type ScenarioError } from './errors';
import type { Path, PositionIndex } from './yaml-positions';

export class Reporter {
  readonly errors: ScenarioError[] = [];

  constructor(
    readonly file: string,
    private readonly positions: PositionIndex,
  ) {}

  /** Report at the value of `path` (or, with `key`, at the key that names it). */
  error(path: Path, message: string, hint?: string, opts: { key?: boolean } = {}): void {
    const pos = this.positions.find(path, opts);
    const e: ScenarioError = { file: this.file, line: pos.line, column: pos.column, path: pathToString(path), message };
    if (hint) e.hint = hint;
    this.errors.push(e);
  }

  /** "line 12", for messages that point back at an earlier node (a first definition). */
  lineOf(path: Path): number {
    return this.positions.find(path).line;
  }
}
