// Where the cursor is in a scenario being typed: the data path of the map or list around it (as the JSON Schema
// and the loader's errors name it), and whether it is writing a key or a value. Read from the lines' indentation,
// not from a YAML parse, because text being typed is rarely valid YAML: completion must work on `  sta` too.

export type YamlPath = (string | number)[];

export interface YamlContext {
  /** Key position: the path of the map the key belongs to. Value position: the path of the value. */
  path: YamlPath;
  kind: 'key' | 'value';
  /** The word typed so far, before the cursor. */
  prefix: string;
  /** Offset where the word typed so far starts. */
  from: number;
}

interface LineShape {
  /** Columns of the `- ` markers, outermost first. */
  dashes: number[];
  /** Column of the key, when the line holds `key:`. */
  keyCol: number | null;
  key: string | null;
  /** Column where the content after the markers starts. */
  contentCol: number;
  blank: boolean;
  /** A line of a block scalar's text. */
  scalar?: boolean;
}

const KEY = /^("[^"]*"|'[^']*'|[A-Za-z0-9_.$-][^:#{}[\],]*?)\s*:(\s|$)/;

function unquote(k: string): string {
  return /^["']/.test(k) ? k.slice(1, -1) : k.trim();
}

function shape(line: string): LineShape {
  let i = 0;
  while (line[i] === ' ') i++;
  const dashes: number[] = [];
  while (line[i] === '-' && (line[i + 1] === ' ' || i + 1 === line.length)) {
    dashes.push(i);
    i += 1;
    while (line[i] === ' ') i++;
  }
  const rest = line.slice(i);
  const blank = rest.trim() === '' || rest.startsWith('#');
  const m = KEY.exec(rest);
  return {
    dashes,
    keyCol: m ? i : null,
    key: m ? unquote(m[1]) : null,
    contentCol: i,
    blank: blank && dashes.length === 0,
  };
}

/**
 * The path of the block map whose keys start at column `col`, for a key on line `at` (exclusive: lines above it
 * are read). `dashCol` is set when that key's line opens a list item whose marker is at that column.
 */
function mapPath(lines: LineShape[], at: number, col: number, dashCol: number | null): YamlPath {
  if (dashCol !== null) return itemPath(lines, at, dashCol);
  for (let j = at - 1; j >= 0; j--) {
    const l = lines[j];
    if (l.blank) continue;
    const inner = l.dashes.length ? l.dashes[l.dashes.length - 1] : null;
    // A sibling key of the same list item: `  - id: east` above `    name: Eastland`.
    if (inner !== null && l.contentCol === col && inner < col) return itemPath(lines, j, inner);
    if (l.keyCol === col && inner === null) continue; // a sibling in the same map
    if (l.keyCol !== null && l.keyCol < col) return [...mapPath(lines, j, l.keyCol, inner), l.key as string];
    if (inner !== null && inner < col && l.keyCol === null) return itemPath(lines, j, inner);
    if (l.contentCol < col && l.keyCol === null) continue; // a continuation line (a block scalar's text)
  }
  return [];
}

/** The path of the list item whose `- ` marker is at column `dash` on line `at`. */
function itemPath(lines: LineShape[], at: number, dash: number): YamlPath {
  let index = 0;
  for (let j = at - 1; j >= 0; j--) {
    const l = lines[j];
    if (l.blank) continue;
    if (l.dashes.includes(dash)) {
      // An outer marker on the same line (`- - x`) is not a sibling of ours.
      if (l.dashes[l.dashes.length - 1] === dash || l.dashes[0] === dash) index++;
      continue;
    }
    const inner = l.dashes.length ? l.dashes[l.dashes.length - 1] : null;
    if (l.keyCol !== null && l.keyCol <= dash) return [...mapPath(lines, j, l.keyCol, inner), l.key as string, index];
    if (l.contentCol <= dash) return [index];
  }
  return [index];
}

/** Shapes of the lines, with the text of block scalars (`brief: |` and the lines under it) read as blank. */
function shapes(lines: string[]): LineShape[] {
  const out: LineShape[] = [];
  let scalarOf = -1; // the indentation of the key that opened a block scalar, or -1
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    if (scalarOf >= 0 && (line.trim() === '' || indent > scalarOf)) {
      out.push({ dashes: [], keyCol: null, key: null, contentCol: indent, blank: true, scalar: true });
      continue;
    }
    scalarOf = -1;
    const l = shape(line);
    out.push(l);
    if (l.keyCol !== null && /:\s*[|>][-+0-9]*\s*(#.*)?$/.test(line))
      scalarOf = l.dashes.length ? l.dashes[0] : l.keyCol;
  }
  return out;
}

/** The cursor's context in `text` at `offset`. */
export function yamlContextAt(text: string, offset: number): YamlContext {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const all = text.slice(0, lineStart).split('\n');
  all.pop(); // the empty piece after the last newline
  const lines = shapes(all);
  const here = shape(before);
  if (shapes([...all, before])[all.length].scalar) {
    // Typing a block scalar's text (a brief): the value of the key that opened it.
    let j = lines.length - 1;
    while (j > 0 && lines[j].blank) j--;
    const o = lines[j];
    const inner0 = o.dashes.length ? o.dashes[o.dashes.length - 1] : null;
    return {
      path: [...mapPath(lines, j, o.keyCol ?? 0, inner0), o.key ?? ''],
      kind: 'value',
      prefix: '',
      from: offset,
    };
  }
  const inner = here.dashes.length ? here.dashes[here.dashes.length - 1] : null;

  // Inside a flow map on this line: `weights: { border: 70, tr`.
  const open = before.lastIndexOf('{');
  if (open >= 0 && before.indexOf('}', open) < 0 && here.keyCol !== null && here.key !== null) {
    const owner = [...mapPath(lines, lines.length, here.keyCol, inner), here.key];
    const piece = before.slice(Math.max(open, before.lastIndexOf(',')) + 1);
    const colon = piece.indexOf(':');
    if (colon < 0) {
      const prefix = piece.trimStart();
      return { path: owner, kind: 'key', prefix, from: offset - prefix.length };
    }
    const prefix = piece.slice(colon + 1).trimStart();
    return { path: [...owner, unquote(piece.slice(0, colon))], kind: 'value', prefix, from: offset - prefix.length };
  }
  if (here.keyCol !== null && here.key !== null) {
    const afterColon = before.slice(before.indexOf(':', here.keyCol) + 1);
    const prefix = afterColon.trimStart();
    const path = [...mapPath(lines, lines.length, here.keyCol, inner), here.key];
    return { path, kind: 'value', prefix, from: offset - prefix.length };
  }
  const word = before.slice(here.contentCol);
  if (/^[A-Za-z0-9_.$-]*$/.test(word)) {
    return {
      path: mapPath(lines, lines.length, here.contentCol, inner),
      kind: 'key',
      prefix: word,
      from: offset - word.length,
    };
  }
  // Free text (a block scalar's line, a list of strings): the value of whatever holds it.
  return { path: mapPath(lines, lines.length, here.contentCol, inner), kind: 'value', prefix: '', from: offset };
}
