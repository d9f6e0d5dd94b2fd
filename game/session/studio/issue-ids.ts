// The issue and option ids written in a scenario's text, for completing the keys of `weights:` and `values:`,
// which the JSON Schema leaves open (any id). Read from the lines under the top-level `issues:` list, so it works
// while the file is half written and does not parse.

export interface IssueIds {
  id: string;
  options: string[];
}

const ID = /^(\s*)-\s+(?:\{\s*)?id:\s*["']?([A-Za-z0-9_-]+)/;

export function issueIds(text: string): IssueIds[] {
  const lines = text.split('\n');
  const out: IssueIds[] = [];
  const start = lines.findIndex((l) => /^issues:\s*(#.*)?$/.test(l));
  if (start < 0) return out;
  let itemCol = -1;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (/^\S/.test(line) && !line.startsWith('#') && !line.startsWith('-')) break; // the next top-level key
    const m = ID.exec(line);
    if (!m) continue;
    const col = m[1].length;
    if (itemCol < 0) itemCol = col;
    if (col === itemCol) out.push({ id: m[2], options: [] });
    else if (col > itemCol && out.length > 0) out[out.length - 1].options.push(m[2]);
  }
  return out;
}

/** The ids a map at `path` is keyed by, when the schema leaves its keys open: issues, then an issue's options. */
export function idKeysAt(text: string, path: readonly (string | number)[]): string[] {
  const [top, , field, issue] = path;
  if (top !== 'parties' || path.length < 3) return [];
  const issues = issueIds(text);
  if ((field === 'weights' || field === 'values') && path.length === 3) return issues.map((i) => i.id);
  if (field === 'values' && path.length === 4) return issues.find((i) => i.id === issue)?.options ?? [];
  return [];
}
