// Scenario errors: plain values that name the file, line and column of the offending YAML node, so an
// instructor can jump to it from the command line or an editor. Nothing in game/content throws these.

export interface ScenarioError {
  file: string;
  line: number; // 1-based
  column: number; // 1-based
  path: string; // e.g. "parties[1].weights"; "" for the whole file
  message: string;
  hint?: string;
}

/** "file:line:col: message (hint)": the shape editors and `summit validate` print. */
export function formatError(e: ScenarioError): string {
  const hint = e.hint ? ` (${e.hint})` : '';
  return `${e.file}:${e.line}:${e.column}: ${e.message}${hint}`;
}

/** A path segment list as authors read it: parties[1].statechart.states.probing */
export function pathToString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const s = String(seg);
      // Keys that are not identifiers (e.g. "offer.received") are bracketed so the path stays unambiguous.
      const plain = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(s);
      out += plain ? (out ? `.${s}` : s) : `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}

/** Errors are reported in file order, so "the first error" is the one nearest the top of the file. */
export function sortErrors(errors: ScenarioError[]): ScenarioError[] {
  return errors
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.line - b.e.line || a.e.column - b.e.column || a.i - b.i)
    .map((x) => x.e);
}

/** Quote a value from the file for a message, short enough to stay on one line. */
export function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  return String(v);
}
