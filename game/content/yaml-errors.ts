// YAML syntax errors worded for an instructor. The parser reports every place its reading went wrong, and after
// one real mistake most of those are knock-on errors (two tab-indented lines gave 24 errors, 22 of them noise).
// So: tab indentation is reported once per tab-indented line and nothing else; a key indented unlike its map is
// reported alone, at its own line and column; otherwise the first error of each line is kept, a duplicate key is
// named, and a colon inside { } gets the hint to quote.

import type { YAMLError } from 'yaml';
import type { ScenarioError } from './errors';
import type { PositionIndex } from './yaml-positions';

const clean = (message: string) => message.replace(/\s+at line \d+, column \d+[\s\S]*$/, '').trim();

/** The key written at `offset` (`name:` or a quoted key), if any. */
function keyAt(text: string, offset: number): string | null {
  const m = /^(?:"([^"]*)"|'([^']*)'|([^\s:#{}[\],][^:#{}[\],]*?))\s*:/.exec(text.slice(offset, offset + 200));
  return m ? (m[1] ?? m[2] ?? m[3]).trim() : null;
}

interface Shape {
  indent: number;
  /** The line opens a nested block below it: `key:` with nothing after it, or `key: |` (a block scalar). */
  opens: boolean;
  scalar: boolean;
  /** Column where an item's content starts (`- key: v` at 2 → 4), or null. */
  itemContent: number | null;
}

function shapeOf(line: string): Shape | null {
  const body = line.replace(/\s+#.*$/, '');
  if (body.trim() === '' || body.trimStart().startsWith('#')) return null;
  const indent = line.length - line.trimStart().length;
  const item = /^( *)-( +)(\S)/.exec(body);
  const scalar = /:\s*[|>][-+0-9]*\s*$/.test(body);
  return {
    indent,
    opens: /:\s*$/.test(body) || /^\s*-\s*$/.test(body) || scalar,
    scalar,
    itemContent: item ? item[1].length + 1 + item[2].length : null,
  };
}

/**
 * The first line, at or before `upTo` (1-based), whose indentation fits no open block: indented deeper than the
 * line above allows, or back out to a column no enclosing block uses. Null when every line fits.
 */
export function misIndentedLine(
  lines: readonly string[],
  upTo: number,
): { line: number; indent: number; expected: number } | null {
  const stack: number[] = [0];
  let opened = false;
  let scalarAt = -1;
  let flowDepth = 0;
  for (let i = 0; i < Math.min(upTo, lines.length); i++) {
    const s = shapeOf(lines[i]);
    if (s === null) continue;
    if (scalarAt >= 0 && s.indent > scalarAt) continue; // a block scalar's text
    scalarAt = -1;
    if (flowDepth > 0) {
      flowDepth += (lines[i].match(/[[{]/g) ?? []).length - (lines[i].match(/[\]}]/g) ?? []).length;
      continue;
    }
    const top = stack[stack.length - 1];
    if (s.indent > top) {
      if (!opened) return { line: i + 1, indent: s.indent, expected: top };
      stack.push(s.indent);
    } else if (s.indent < top) {
      while (stack.length > 1 && stack[stack.length - 1] > s.indent) stack.pop();
      if (stack[stack.length - 1] !== s.indent) {
        const deeper = top;
        return { line: i + 1, indent: s.indent, expected: deeper };
      }
    }
    // A list item's content is a map whose later keys sit at the content column.
    if (s.itemContent !== null) stack.push(s.itemContent);
    opened = s.opens;
    if (s.scalar) scalarAt = s.itemContent ?? s.indent;
    flowDepth = Math.max(0, (lines[i].match(/[[{]/g) ?? []).length - (lines[i].match(/[\]}]/g) ?? []).length);
  }
  return null;
}

export function yamlSyntaxErrors(
  text: string,
  errors: readonly YAMLError[],
  positions: PositionIndex,
  file: string,
): ScenarioError[] {
  const lines = text.split('\n');
  const error = (line: number, column: number, message: string, hint?: string): ScenarioError => {
    const e: ScenarioError = { file, line, column, path: '', message };
    if (hint) e.hint = hint;
    return e;
  };
  if (errors.some((e) => e.code === 'TAB_AS_INDENT')) {
    const tabs: ScenarioError[] = [];
    lines.forEach((l, i) => {
      const m = /^( *)\t/.exec(l);
      if (m) {
        tabs.push(
          error(
            i + 1,
            m[1].length + 1,
            'YAML: this line is indented with a tab; YAML indentation must be spaces',
            'replace the tab with spaces, two per level',
          ),
        );
      }
    });
    if (tabs.length > 0) return tabs;
  }
  const firstLine = positions.offsetToPosition(errors[0]?.pos[0] ?? 0).line;
  // The parser often reports a mis-indented key at the next line, or at its neighbours: look one line further.
  const mis = misIndentedLine(lines, firstLine + 1);
  // Only near the parser's first complaint: far above it, a "mis-indented" line is more likely a multi-line plain
  // text this small model does not follow than the cause.
  if (mis && mis.line >= firstLine - 2) {
    const key = keyAt(lines[mis.line - 1], mis.indent);
    const what = key ? `"${key}"` : 'this line';
    return [
      error(
        mis.line,
        mis.indent + 1,
        `YAML: ${what} is indented ${mis.indent} space${mis.indent === 1 ? '' : 's'}, but the lines of its block are indented ${mis.expected}`,
        'YAML reads the structure from the indentation: line it up with the keys it belongs with',
      ),
    ];
  }
  const seen = new Set<number>();
  const out: ScenarioError[] = [];
  for (const e of errors) {
    const p = positions.offsetToPosition(e.pos[0]);
    if (seen.has(p.line)) continue; // one error per line: the rest are the parser retrying the same place
    seen.add(p.line);
    let message = `YAML: ${clean(e.message)}`;
    let hint: string | undefined;
    if (e.code === 'DUPLICATE_KEY') {
      const key = keyAt(text, e.pos[0]);
      message = key ? `YAML: the key "${key}" appears twice in this map` : 'YAML: a key appears twice in this map';
      hint = 'map keys must be unique: remove or rename one of them';
    } else if (e.code === 'BLOCK_IN_FLOW') {
      message = 'YAML: a value here holds ": ", which inside { } or [ ] starts a new key';
      hint = 'put the value in quotes, e.g. label: "Phase 2: the talks"';
    }
    out.push(error(p.line, p.column, message, hint));
  }
  return out;
}
