// Turns zod issues into ScenarioErrors an author can act on: plain sentences, the line of the node, and a
// "did you mean" hint for unknown fields and names. zod's own messages name types ("expected int, received
// number"); these name the file's words ("must be a whole number, got 62.5").

import type { z } from 'zod';
import { AI_ACTION_TYPES, GUARD_TYPES } from '../engine/index';
import { didYouMean } from './did-you-mean';
import { pathToString, type ScenarioError, show } from './errors';
import { fieldsAt } from './known-fields';
import { CURVE_PRESETS, ScenarioFileSchema } from './schema';
import { forbiddenStateField } from './statechart-checks';
import type { Path, PositionIndex } from './yaml-positions';

const EFFECT_TYPES = ['control', 'gauge', 'trust', 'reservation'];
const UNION_NAMES: Record<string, readonly string[]> = {
  guard: GUARD_TYPES,
  action: AI_ACTION_TYPES,
  effect: EFFECT_TYPES,
};

function valueAt(data: unknown, path: Path): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

function typeName(expected: string): string {
  switch (expected) {
    case 'int':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a map';
    default:
      return expected;
  }
}

function fieldName(path: Path): string {
  const last = path[path.length - 1];
  // Keyframes are [t, ask] pairs: name the half, not "item 2".
  if (path[path.length - 3] === 'curve' && typeof path[path.length - 2] === 'number' && typeof last === 'number') {
    return `${last === 0 ? 't' : 'ask'} of keyframe ${Number(path[path.length - 2]) + 1}`;
  }
  return typeof last === 'number' ? `item ${last + 1}` : `"${String(last)}"`;
}

/** One zod issue → one or more scenario errors (an unrecognized_keys issue lists several keys). */
function translate(
  issue: z.core.$ZodIssue,
  data: unknown,
  positions: PositionIndex,
  file: string,
  prefix: Path,
): ScenarioError[] {
  const path: Path = [...prefix, ...(issue.path as (string | number)[])];
  const make = (p: Path, message: string, hint?: string, key = false): ScenarioError => {
    const pos = positions.find(p, { key });
    const e: ScenarioError = { file, line: pos.line, column: pos.column, path: pathToString(p), message };
    if (hint) e.hint = hint;
    return e;
  };
  const input = valueAt(data, path);

  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) {
        return [make(path, `missing required field ${fieldName(path)}`)];
      }
      if (issue.expected === 'int' && typeof input === 'number') {
        return [make(path, `${fieldName(path)} must be a whole number, got ${input}`)];
      }
      const hint =
        issue.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')
          ? `quote it: "${positions.sourceAt(path) ?? String(input)}"`
          : undefined;
      return [make(path, `${fieldName(path)} must be ${typeName(issue.expected)}, got ${show(input)}`, hint)];
    }
    case 'unrecognized_keys': {
      // zod does not say which keys a strict object allows; they are read from the schema itself.
      const known = fieldsAt(ScenarioFileSchema, data, path);
      return issue.keys.map((k) => {
        const p = [...path, k];
        const forbidden = forbiddenStateField(p, k);
        if (forbidden) return make(p, forbidden.message, forbidden.hint, true);
        return make(p, `unknown field "${k}"`, didYouMean(k, known), true);
      });
    }
    case 'invalid_union': {
      const kind = issue.message;
      const names = UNION_NAMES[kind];
      if (names && 'discriminator' in issue) {
        // The issue path ends at `type`; the message belongs on the `type` value, or on the map when it is missing.
        const t = input;
        if (t === undefined) return [make(path, `${kind} needs a "type" (one of ${names.join(', ')})`)];
        return [make(path, `unknown ${kind} ${show(t)}`, typeof t === 'string' ? didYouMean(t, names) : undefined)];
      }
      if (kind === 'curve') {
        if (typeof input === 'string') {
          return [
            make(
              path,
              `unknown curve ${show(input)}: use ${CURVE_PRESETS.join(', ')} or [[t, ask], …] keyframes`,
              didYouMean(input, CURVE_PRESETS),
            ),
          ];
        }
        if (Array.isArray(input)) {
          // The keyframe branch is the one the author meant: report its own, more precise issues.
          const branch = issue.errors.find((errs) => errs.some((e) => e.path.length > 0 || e.code !== 'invalid_type'));
          if (branch) return branch.flatMap((e) => translate(e, data, positions, file, path));
        }
        return [make(path, `curve must be ${CURVE_PRESETS.join(', ')} or a list of [t, ask] keyframes`)];
      }
      return [make(path, `${fieldName(path)} does not match any allowed form`)];
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return [make(path, `${fieldName(path)} needs at least ${min} item(s)`)];
      if (issue.origin === 'string') return [make(path, `${fieldName(path)} must not be empty`)];
      return [make(path, `${fieldName(path)} must be at least ${min}, got ${show(input)}`)];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return [make(path, `${fieldName(path)} allows at most ${max} item(s)`)];
      if (issue.origin === 'string') return [make(path, `${fieldName(path)} is too long (at most ${max})`)];
      return [make(path, `${fieldName(path)} must be at most ${max}, got ${show(input)}`)];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (path.length === 1 && path[0] === 'format') {
        return [make(path, `format ${show(input)} is not supported; this build reads format 1`)];
      }
      return [
        make(
          path,
          `${fieldName(path)} must be one of ${values.join(', ')}, got ${show(input)}`,
          typeof input === 'string' ? didYouMean(input, values) : undefined,
        ),
      ];
    }
    case 'invalid_format':
    case 'custom':
      return [make(path, `${fieldName(path)}: ${issue.message}, got ${show(input)}`)];
    default:
      return [make(path, `${fieldName(path)}: ${issue.message}`)];
  }
}

export function schemaErrors(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  positions: PositionIndex,
  file: string,
): ScenarioError[] {
  return issues.flatMap((i) => translate(i, data, positions, file, []));
}
