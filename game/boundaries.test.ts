// Architecture boundaries, checked on the source (docs/architecture.md, "The folders"). Every folder under game/
// has a rule: which folders it may import values from, which only types, which npm packages; cross-folder imports
// go through the target folder's public entry (its index.ts, or a declared lazy entry); the engine reads no clock,
// no Math.random and no platform-dependent Math; the view never runs the rules. A boundary nobody checks leaks.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = import.meta.dirname; // game/

type Folder = 'engine' | 'content' | 'session' | 'server' | 'view' | 'cli';

interface FolderRule {
  /** Folders whose values (and types) it may import. */
  values: Folder[];
  /** Folders it may import types from, with `import type` / `export type` only. */
  types: Folder[];
  /** npm packages (or prefixes ending in '/'), and 'node:' for Node's built-ins. */
  packages: string[];
}

const RULES: Record<Folder, FolderRule> = {
  engine: { values: [], types: [], packages: ['immer', 'xstate'] },
  content: { values: ['engine'], types: [], packages: ['yaml', 'zod', 'fflate', 'node:'] },
  session: {
    values: ['engine', 'content'],
    types: [],
    packages: ['immer', 'fflate', 'yaml', '@colyseus/sdk', 'elkjs/', 'idb'],
  },
  server: {
    values: ['engine', 'content', 'session'],
    types: [],
    packages: ['node:', 'colyseus', '@colyseus/', 'zod', '@electric-sql/pglite', 'pg', 'qrcode', 'qrcode-terminal'],
  },
  view: {
    values: ['session'],
    types: ['engine', 'content'],
    packages: ['phaser', 'howler', 'd3-geo', '@fontsource/', 'qrcode', '@codemirror/'],
  },
  cli: { values: ['engine', 'content', 'session'], types: [], packages: ['node:', 'qrcode-terminal'] },
};

/**
 * The public entries of each folder: `index.ts`; for the session also `live.ts`, the lazily loaded half of its
 * browser API (the running game), so that the title's first chunk carries no engine, YAML parser or zod, and
 * `match/index.ts`, the headless Match for Node (the CLI, the server), which has none of the browser's Vite-only
 * bundling; `online/index.ts`, the online client (a server room seen as a Match), loaded lazily by the view;
 * `online/room-protocol.ts`, the room's messages, which the server shares without loading the client's SDK;
 * `chart/index.ts`, the statechart diagrams (ELK's layout, SVG), loaded by the view when a diagram is first shown;
 * `balance/index.ts`, the AI tournament of `summit balance` (pure: the CLI's threads and the studio's Web Workers);
 * `studio/index.ts`, the scenario studio's half of the session (checks, drafts in IndexedDB), loaded lazily.
 */
const ENTRIES: Record<Folder, string[]> = {
  engine: ['index'],
  content: ['index'],
  session: [
    'index',
    'live',
    'match/index',
    'online/index',
    'online/room-protocol',
    'chart/index',
    'balance/index',
    'studio/index',
    'report/index',
    'online/class-protocol',
  ],
  server: ['index'],
  view: ['index', 'main'],
  cli: ['index', 'main'],
};

/** Functions that change the game or decide a move: only the session (the Match) and headless tools call them. */
const RULE_RUNNERS = ['applyAction', 'aiDecide', 'stepAi', 'runGame', 'playAiTurns', 'choosePolicyAction'];

const FOLDERS = Object.keys(RULES) as Folder[];

function sources(dir: string): string[] {
  let out: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(sources(path));
    // Tests and their support files (`*.testkit.ts`, Node-only helpers of tests) are not part of the game.
    else if (/\.tsx?$/.test(name) && !/\.(test|testkit)\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

interface Import {
  spec: string;
  /** `import type {…}` / `export type {…}`: erased at build time. */
  typeOnly: boolean;
}

/** The source without comments, so that prose cannot trip the checks. */
function codeOnly(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

/** Module specifiers of import / export-from / side-effect / dynamic import statements, with their kind. */
function importsOf(text: string): Import[] {
  const out: Import[] = [];
  const code = codeOnly(text);
  const statement = /(?:^|[\s;])(import|export)(\s+type)?\s([^'";]*?)\sfrom\s*['"]([^'"]+)['"]/gm;
  for (const m of code.matchAll(statement)) {
    const names = m[3] ?? '';
    // `import { type A, type B } from` is erased as a whole too; one plain name makes it a value import.
    const inner = /^\s*\{([\s\S]*)\}\s*$/.exec(names);
    const allTyped =
      inner !== null &&
      inner[1]!
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0)
        .every((s) => s.startsWith('type '));
    out.push({ spec: m[4]!, typeOnly: m[2] !== undefined || allTyped });
  }
  for (const m of code.matchAll(/import\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push({ spec: m[1]!, typeOnly: false });
  for (const m of code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) out.push({ spec: m[1]!, typeOnly: false });
  return out;
}

function folderOf(path: string): Folder | null {
  const rel = relative(root, path).split(sep);
  const top = rel[0] as Folder;
  return FOLDERS.includes(top) ? top : null;
}

/** Everything wrong with one file's imports under the rules; empty when it keeps them. */
function violations(file: string, text: string): string[] {
  const from = folderOf(file);
  if (from === null) return [];
  const rule = RULES[from];
  const out: string[] = [];
  for (const { spec, typeOnly } of importsOf(text)) {
    if (!spec.startsWith('.')) {
      const ok = rule.packages.some((p) =>
        p.endsWith('/') || p.endsWith(':') ? spec.startsWith(p) : spec === p || spec.startsWith(`${p}/`),
      );
      if (!ok) out.push(`${from} may not import the package '${spec}'`);
      continue;
    }
    const target = join(file, '..', spec.replace(/\?.*$/, ''));
    const to = folderOf(target);
    if (to === null) {
      // Outside game/: only the version (package.json) and bundled data files (scenarios) may be read.
      const rel = relative(join(root, '..'), target);
      if (!(rel === 'package.json' || rel.startsWith(`scenarios${sep}`) || rel.startsWith(`assets${sep}`)))
        out.push(`${from} may not import '${spec}' (outside game/)`);
      continue;
    }
    if (to === from) continue;
    if (!rule.values.includes(to) && !(typeOnly && rule.types.includes(to))) {
      out.push(
        rule.types.includes(to)
          ? `${from} may import only types from ${to} ('${spec}')`
          : `${from} may not import from ${to} ('${spec}')`,
      );
      continue;
    }
    const entry = relative(join(root, to), target)
      .replace(/\.tsx?$/, '')
      .split(sep)
      .join('/');
    if (!(entry === '' || ENTRIES[to].includes(entry)))
      out.push(`${from} imports ${to}/${entry} directly; go through ${to}/index ('${spec}')`);
  }
  if (from === 'view') {
    const code = codeOnly(text);
    for (const name of RULE_RUNNERS)
      if (new RegExp(`\\b${name}\\b`).test(code)) out.push(`view code names ${name}: only the session runs the rules`);
  }
  return out;
}

const all = FOLDERS.flatMap((f) => sources(join(root, f)));
const engine = sources(join(root, 'engine')).filter((f) => !f.includes(`${join('engine', 'fixtures')}`));
const FORBIDDEN = [
  /\bDate\b/,
  /\bperformance\b/,
  /Math\.random/,
  /Math\.(pow|exp|expm1|log|log2|log10|log1p|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|sqrt|cbrt|hypot)\b/,
  /\*\*/, // exponentiation is Math.pow
  /\b(window|document|process|require|globalThis|setTimeout|setInterval)\b/,
];

describe('boundaries', () => {
  it('finds the sources of every folder (the check is not vacuous)', () => {
    for (const f of ['engine', 'content', 'session', 'view', 'cli'] as Folder[])
      expect(all.filter((p) => folderOf(p) === f).length, f).toBeGreaterThan(3);
    expect(engine.some((f) => f.endsWith('rules.ts'))).toBe(true);
  });

  it('the import parser sees every kind of import', () => {
    const text =
      "import { a } from './x';\nimport type { B } from \"node:fs\";\nexport * from '../y';\n" +
      "import { type C, type D } from '../z';\nimport { type E, f } from '../w';\nimport './s.css';\n" +
      "const m = await import('../m');\n// import { no } from '../comment';";
    expect(importsOf(text)).toEqual([
      { spec: './x', typeOnly: false },
      { spec: 'node:fs', typeOnly: true },
      { spec: '../y', typeOnly: false },
      { spec: '../z', typeOnly: true },
      { spec: '../w', typeOnly: false },
      { spec: '../m', typeOnly: false },
      { spec: './s.css', typeOnly: false },
    ]);
  });

  it('the rules catch what they name (planted violations)', () => {
    const view = join(root, 'view', 'ui', 'planted.ts');
    expect(violations(view, "import { applyAction } from '../../engine/index';")).toEqual([
      "view may import only types from engine ('../../engine/index')",
      'view code names applyAction: only the session runs the rules',
    ]);
    expect(violations(view, "import type { GameState } from '../../engine/index';")).toEqual([]);
    expect(violations(view, "import { parseScenario } from '../../content/index';")).toHaveLength(1);
    expect(violations(view, "import { startGame } from '../../session/live-game';")).toEqual([
      "view imports session/live-game directly; go through session/index ('../../session/live-game')",
    ]);
    expect(violations(view, "import { createSession } from '../../session';")).toEqual([]);
    expect(violations(join(root, 'engine', 'x.ts'), "import { parse } from 'yaml';")).toHaveLength(1);
    expect(violations(join(root, 'content', 'x.ts'), "import { s } from '../session/index';")).toHaveLength(1);
    expect(violations(join(root, 'cli', 'x.ts'), "import { s } from '../view/index';")).toHaveLength(1);
    expect(violations(join(root, 'session', 'x.ts'), "import { s } from '../engine/rules';")).toHaveLength(1);
  });

  it.each(all.map((f) => [relative(root, f), f]))('%s keeps the import rules', (_n, file) => {
    expect(violations(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it.each(engine.map((f) => [relative(root, f), f]))(
    'engine %s uses no clock, randomness or platform maths',
    (_n, file) => {
      const code = codeOnly(readFileSync(file, 'utf8'));
      for (const re of FORBIDDEN) expect(re.test(code), `${re} in ${file}`).toBe(false);
    },
  );

  it('the forbidden patterns do catch violations', () => {
    const bad = codeOnly('const t = Date.now(); // fine\nconst r = Math.random() * Math.sqrt(2);');
    expect(FORBIDDEN.filter((re) => re.test(bad)).length).toBe(3);
    expect(FORBIDDEN.some((re) => re.test(codeOnly('// Date in a comment')))).toBe(false);
  });
});
