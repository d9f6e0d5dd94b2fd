// Architecture boundaries, checked on the source: the engine is pure (imports only engine files, immer and
// xstate; reads no clock, no Math.random, no platform-dependent Math functions), content never reaches into view
// or session, and the engine never reaches into content, view, session or cli. A boundary nobody checks leaks.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = import.meta.dirname; // game/

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
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/** Module specifiers of import / export-from / dynamic import statements. */
function importsOf(text: string): string[] {
  const specs: string[] = [];
  const re =
    /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(re)) specs.push((m[1] ?? m[2] ?? m[3])!);
  return specs;
}

/** The source without comments and string/template contents, so that prose cannot trip the checks. */
function codeOnly(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

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
  it('finds the engine sources (the check is not vacuous)', () => {
    expect(engine.length).toBeGreaterThan(10);
    expect(engine.some((f) => f.endsWith('rules.ts'))).toBe(true);
  });

  it('the import parser sees imports', () => {
    expect(importsOf("import { a } from './x';\nimport type { B } from \"node:fs\";\nexport * from '../y';")).toEqual([
      './x',
      'node:fs',
      '../y',
    ]);
  });

  it.each(engine.map((f) => [relative(root, f), f]))(
    'engine %s imports only engine files, immer and xstate',
    (_n, file) => {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (spec === 'immer' || spec === 'xstate') continue;
        expect(spec.startsWith('./') || spec.startsWith('../'), `${spec}`).toBe(true);
        const target = join(file, '..', spec);
        expect(relative(join(root, 'engine'), target).startsWith('..'), `${spec} leaves the engine`).toBe(false);
      }
    },
  );

  it.each(engine.map((f) => [relative(root, f), f]))(
    'engine %s uses no clock, randomness or platform maths',
    (_n, file) => {
      const code = codeOnly(readFileSync(file, 'utf8'));
      for (const re of FORBIDDEN) expect(re.test(code), `${re} in ${file}`).toBe(false);
    },
  );

  it('content imports nothing from view or session', () => {
    for (const file of sources(join(root, 'content'))) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        expect(/(^|\/)(view|session)(\/|$)/.test(spec), `${file}: ${spec}`).toBe(false);
      }
    }
  });

  it('the server imports nothing from view or cli, and nothing but the server imports the server', () => {
    for (const file of sources(join(root, 'server'))) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        expect(/(^|\/)(view|cli)(\/|$)/.test(spec), `${file}: ${spec}`).toBe(false);
      }
    }
    for (const dir of ['engine', 'content', 'session', 'view', 'cli']) {
      for (const file of sources(join(root, dir))) {
        for (const spec of importsOf(readFileSync(file, 'utf8'))) {
          expect(/(^|\/)server(\/|$)/.test(spec), `${file}: ${spec}`).toBe(false);
        }
      }
    }
  });

  it('the forbidden patterns do catch violations', () => {
    const bad = codeOnly('const t = Date.now(); // fine\nconst r = Math.random() * Math.sqrt(2);');
    expect(FORBIDDEN.filter((re) => re.test(bad)).length).toBe(3);
    expect(FORBIDDEN.some((re) => re.test(codeOnly('// Date in a comment')))).toBe(false);
  });
});
