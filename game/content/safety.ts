// Checks that run before the data is trusted at all: size, encoding, line endings and nesting depth
// (text-checks.ts), YAML syntax, aliases, reserved keys and the format version. They guard the loader itself (an alias bomb or a `__proto__` key must never reach `toJS`), so they
// work on the raw text and the YAML syntax tree, not on the data.

import {
  Composer,
  type CST,
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  Parser,
  visit,
  YAMLParseError,
} from 'yaml';
import type { ScenarioError } from './errors';
import { RESERVED_KEYS, SUPPORTED_FORMATS } from './schema';
import {
  invalidUtf8,
  loneCarriageReturn,
  positionAt,
  syntaxTreeTooDeep,
  type TextProblem,
  yamlBracketsTooDeep,
} from './text-checks';
import { yamlSyntaxErrors } from './yaml-errors';
import { PositionIndex } from './yaml-positions';

/** Scenario files are tens of kilobytes; anything over this is refused before the parser sees it. */
export const MAX_SCENARIO_BYTES = 1024 * 1024;

export interface SafeDocument {
  doc: Document;
  positions: PositionIndex;
}

function at(file: string, positions: PositionIndex, offset: number, message: string, hint?: string): ScenarioError {
  const p = positions.offsetToPosition(offset);
  const e: ScenarioError = { file, line: p.line, column: p.column, path: '', message };
  if (hint) e.hint = hint;
  return e;
}

function byteLength(text: string): number {
  // UTF-8 length without allocating an encoded copy (TextEncoder would copy a multi-megabyte string).
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * The document of the parser's tokens, as yaml's parseDocument builds it (its tokens are made once, here, so that
 * their depth is checked before anything recursive reads them). uniqueKeys: a repeated key is an error, not a
 * silent overwrite. Aliases are refused below, and maxAliasCount 0 is a second lock in case a later conversion
 * ever meets one.
 */
function composeDocument(text: string, tokens: CST.Token[]): Document {
  const composer = new Composer({ prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  let doc: Document | null = null;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (doc === null) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  }
  return doc!; // compose(…, true) always ends with a document
}

/** Parse the text into a YAML document that is safe to convert to plain data, or say why not. */
export function parseSafely(
  text: string,
  file: string,
): { ok: true; value: SafeDocument } | { ok: false; error: ScenarioError[] } {
  const size = text.length > MAX_SCENARIO_BYTES ? byteLength(text) : 0;
  if (size > MAX_SCENARIO_BYTES) {
    return {
      ok: false,
      error: [
        {
          file,
          line: 1,
          column: 1,
          path: '',
          message: `file is too big (${size} bytes; the limit is ${MAX_SCENARIO_BYTES} bytes, 1 MB)`,
          hint: 'scenario files are normally under 100 kB',
        },
      ],
    };
  }
  const unreadable = (problem: TextProblem) => {
    const p = positionAt(text, problem.offset);
    return {
      ok: false as const,
      error: [{ file, line: p.line, column: p.column, path: '', message: problem.message }],
    };
  };
  const before = invalidUtf8(text) ?? loneCarriageReturn(text) ?? yamlBracketsTooDeep(text);
  if (before) return unreadable(before);
  const lineCounter = new LineCounter();
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const deep = syntaxTreeTooDeep(tokens);
  if (deep) return unreadable(deep);
  const doc = composeDocument(text, tokens);
  const positions = new PositionIndex(doc.contents, lineCounter, text);
  const syntax = [...doc.errors, ...doc.warnings].sort((x, y) => x.pos[0] - y.pos[0]);
  if (syntax.length > 0) return { ok: false, error: yamlSyntaxErrors(text, syntax, positions, file) };
  const errors: ScenarioError[] = [];

  visit(doc, {
    Alias(_, node) {
      errors.push(
        at(
          file,
          positions,
          node.range?.[0] ?? 0,
          'aliases are not allowed in scenario files',
          'write the value out in full instead of *alias',
        ),
      );
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && RESERVED_KEYS.has(String(pair.key.value))) {
        errors.push(
          at(
            file,
            positions,
            pair.key.range?.[0] ?? 0,
            `the key "${String(pair.key.value)}" is not allowed`,
            'it is reserved by JavaScript; rename it',
          ),
        );
      } else if (pair.key !== null && !isScalar(pair.key) && !isAlias(pair.key)) {
        errors.push(
          at(file, positions, (pair.key as { range?: number[] }).range?.[0] ?? 0, 'map keys must be plain names'),
        );
      }
    },
  });
  if (errors.length > 0) return { ok: false, error: errors };

  if (!isMap(doc.contents)) {
    return {
      ok: false,
      error: [
        at(
          file,
          positions,
          doc.contents?.range?.[0] ?? 0,
          'a scenario file is a map of fields, starting with "format: 1"',
        ),
      ],
    };
  }
  // An unknown format is refused before any other check: its other fields may mean something else.
  const formatPair = doc.contents.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'format');
  if (formatPair && isScalar(formatPair.value)) {
    const v = formatPair.value.value;
    if (typeof v !== 'number' || !SUPPORTED_FORMATS.includes(v)) {
      return {
        ok: false,
        error: [
          at(
            file,
            positions,
            formatPair.value.range?.[0] ?? 0,
            `format ${typeof v === 'string' ? JSON.stringify(v) : String(v)} is not supported; this build reads format ${SUPPORTED_FORMATS.join(', ')}`,
            typeof v === 'string' ? `write it as a number: format: ${SUPPORTED_FORMATS[0]}` : undefined,
          ),
        ],
      };
    }
  }
  return { ok: true, value: { doc, positions } };
}
