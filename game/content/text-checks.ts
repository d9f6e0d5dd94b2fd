// Checks on a file's text before a parser sees it: what the parsers would otherwise misreport or choke on. A
// byte that is not UTF-8 has already been decoded as U+FFFD (by the CLI's readFileSync and the browser's
// File.text()), so the text shows where it was; a line ending in a carriage return alone (old Mac files) makes
// the YAML parser read the whole file as one line; and data nested thousands of levels deep overflows the stack of
// recursive readers. Each finding is the offset where it starts and one sentence, so the caller can give it a
// position in the file.
import { type CST, Lexer } from 'yaml';

/**
 * How deeply maps and lists may nest, in a scenario or a replay. The deepest bundled scenario nests 19 levels
 * (guards within statecharts); a replay nests 5.
 */
export const MAX_NESTING = 64;

export interface TextProblem {
  offset: number;
  message: string;
}

const BOM = '\uFEFF';

/** The text without a leading UTF-8 byte-order mark (editors on Windows write one). */
export const withoutBom = (text: string): string => (text.startsWith(BOM) ? text.slice(1) : text);

/**
 * The first character that could not be decoded as UTF-8 (U+FFFD, the replacement character). A U+FFFD typed
 * into the file on purpose is refused too: it never belongs in a scenario or a replay, and the decoders leave no
 * other trace of a bad byte.
 */
export function invalidUtf8(text: string): TextProblem | null {
  const at = text.indexOf('\uFFFD');
  if (at < 0) return null;
  return {
    offset: at,
    message: 'the file is not valid UTF-8 here (a byte that is no UTF-8 character); save it as UTF-8 text',
  };
}

/** The first carriage return that is not followed by a line feed. */
export function loneCarriageReturn(text: string): TextProblem | null {
  for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== 0x0a) {
      return {
        offset: at,
        message:
          'this line ends with a carriage return alone (old Mac line endings); save the file with LF or CRLF line endings',
      };
    }
  }
  return null;
}

function tooDeep(depth: number, offset: number): TextProblem {
  return { offset, message: `the data nests ${depth} levels deep here; the limit is ${MAX_NESTING} levels` };
}

/**
 * JSON nested deeper than MAX_NESTING: its deepest nesting, reported where it first passes the limit. A scan of
 * brackets outside strings, so it runs in one pass whatever the depth.
 */
export function jsonTooDeep(text: string): TextProblem | null {
  let depth = 0;
  let deepest = 0;
  let firstOver = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      // A backslash escapes the next character; a quote ends the string.
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > MAX_NESTING && firstOver < 0) firstOver = i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return firstOver < 0 ? null : tooDeep(deepest, firstOver);
}

type Token = CST.Token | CST.BlockMap['items'][number]['value'];

/** The yaml lexer's markers that stand for no text of the source (document start, flow end, scalar start). */
const ZERO_WIDTH = new Set(['\x02', '\x18', '\x1f']);

/**
 * Brackets (flow lists and maps) nested deeper than MAX_NESTING. The yaml lexer streams its tokens (quoted text
 * and comments are tokens of their own, so their brackets do not count), which keeps a megabyte of '[' to a
 * fraction of a second and little memory, where building the syntax tree of it would take seconds and gigabytes.
 */
export function yamlBracketsTooDeep(text: string): TextProblem | null {
  let depth = 0;
  let deepest = 0;
  let offset = 0;
  let firstOver = -1;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > MAX_NESTING && firstOver < 0) firstOver = offset;
    } else if (token === ']' || token === '}') depth--;
    if (!ZERO_WIDTH.has(token)) offset += token.length;
  }
  if (firstOver < 0) return null;
  return {
    offset: firstOver,
    message: `lists and maps in brackets nest ${deepest} levels deep here; the limit is ${MAX_NESTING} levels`,
  };
}

/**
 * YAML nested deeper than MAX_NESTING, on the syntax tree of the yaml package's parser: it works with its own stack
 * rather than recursion, so it reads any depth, and the tree is walked here with an explicit stack too, before the
 * document is built from it. Run after yamlBracketsTooDeep, this counts indentation with brackets; indented nesting
 * is bounded by the file size (a megabyte holds about 1,400 levels).
 */
export function syntaxTreeTooDeep(tokens: readonly CST.Token[]): TextProblem | null {
  let deepest = 0;
  let firstOver = -1;
  const stack: [Token, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [t, depth] = stack.pop()!;
    if (t === undefined || t === null) continue;
    if (t.type === 'document') {
      stack.push([t.value, depth]);
      continue;
    }
    if (t.type !== 'block-map' && t.type !== 'block-seq' && t.type !== 'flow-collection') continue;
    const d = depth + 1;
    if (d > deepest) deepest = d;
    if (d > MAX_NESTING && (firstOver < 0 || t.offset < firstOver)) firstOver = t.offset;
    for (const item of t.items) {
      if ('key' in item && item.key) stack.push([item.key, d]);
      if (item.value) stack.push([item.value, d]);
    }
  }
  return firstOver < 0 ? null : tooDeep(deepest, firstOver);
}

/** Line and column (1-based) of an offset, counting LF line ends. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    start = at + 1;
  }
  return { line, column: offset - start + 1 };
}
