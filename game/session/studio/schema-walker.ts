// Walks the scenario's JSON Schema (assets/schema/scenario.schema.json, generated from the loader's zod schema) by
// a data path: which keys a map may hold, which values a field takes, and the documentation of each, for the
// studio's completion and hover. Small on purpose: $ref into $defs, anyOf/oneOf/allOf, properties,
// additionalProperties and items are all the generated schema uses.

import type { YamlPath } from './yaml-path';

export type JsonSchema = {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  default?: unknown;
};

export interface KeyInfo {
  name: string;
  required: boolean;
  doc: string;
}

export interface ValueInfo {
  label: string;
  doc: string;
}

function resolve(root: JsonSchema, s: JsonSchema): JsonSchema {
  let node = s;
  for (let guard = 0; node.$ref && guard < 16; guard++) {
    const name = node.$ref.replace(/^#\/\$defs\//, '');
    const target = node.$ref === '#' ? root : root.$defs?.[name];
    if (!target) break;
    // A $ref beside a description: the local description wins (it is the more specific one).
    node = node.description && !target.description ? { ...target, description: node.description } : target;
  }
  return node;
}

/** The schema's alternatives at one node, each resolved (a union of maps is several maps). */
function variants(root: JsonSchema, s: JsonSchema): JsonSchema[] {
  const r = resolve(root, s);
  const alts = [...(r.anyOf ?? []), ...(r.oneOf ?? []), ...(r.allOf ?? [])];
  if (alts.length === 0) return [r];
  const base = { ...r, anyOf: undefined, oneOf: undefined, allOf: undefined };
  const own = base.properties || base.items || base.type ? [base] : [];
  return [
    ...own,
    ...alts.flatMap((a) => variants(root, a).map((v) => (v.description ? v : { ...v, description: r.description }))),
  ];
}

function child(root: JsonSchema, s: JsonSchema, seg: string | number): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const v of variants(root, s)) {
    if (typeof seg === 'number') {
      if (v.items) out.push(v.items);
      continue;
    }
    const prop = v.properties?.[seg];
    if (prop) out.push(prop);
    else if (v.additionalProperties && typeof v.additionalProperties === 'object') out.push(v.additionalProperties);
    else if (v.items && /^\d+$/.test(seg)) out.push(v.items);
  }
  return out;
}

/** Every schema a path can be under (several when a union allows it); empty when the path is not in the format. */
export function schemasAt(root: JsonSchema, path: YamlPath): JsonSchema[] {
  let here: JsonSchema[] = [root];
  for (const seg of path) here = here.flatMap((s) => child(root, s, seg));
  return here.flatMap((s) => variants(root, s));
}

function typeWords(s: JsonSchema): string {
  if (s.const !== undefined) return `always ${JSON.stringify(s.const)}`;
  if (s.enum) return `one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')}`;
  const t = Array.isArray(s.type) ? s.type.join(' or ') : s.type;
  const bits: string[] = [];
  if (t === 'object') bits.push(s.properties ? 'a map' : 'a map of id → value');
  else if (t === 'array') bits.push('a list');
  else if (t) bits.push(t === 'integer' ? 'a whole number' : `a ${t}`);
  if (s.minimum !== undefined && s.maximum !== undefined) bits.push(`${s.minimum}–${s.maximum}`);
  else if (s.minimum !== undefined) bits.push(`at least ${s.minimum}`);
  else if (s.maximum !== undefined) bits.push(`at most ${s.maximum}`);
  if (s.minItems !== undefined) bits.push(`${s.minItems} or more items`);
  if (s.pattern) bits.push(`matching ${s.pattern}`);
  return bits.join(', ');
}

/** The documentation of one schema node: its description, then what it takes. */
export function describeSchema(s: JsonSchema): string {
  const what = typeWords(s);
  const desc = s.description ?? '';
  return [desc, what ? `Takes ${what}.` : ''].filter(Boolean).join(' ');
}

/** The keys a map at `path` may hold, in the schema's order, with their documentation. */
export function keysAt(root: JsonSchema, path: YamlPath): KeyInfo[] {
  const seen = new Map<string, KeyInfo>();
  for (const v of schemasAt(root, path)) {
    for (const [name, prop] of Object.entries(v.properties ?? {})) {
      if (seen.has(name)) continue;
      const doc = variants(root, prop)
        .map(describeSchema)
        .filter((d, i, all) => d && all.indexOf(d) === i)
        .join(' Or: ');
      seen.set(name, { name, required: v.required?.includes(name) ?? false, doc });
    }
  }
  return [...seen.values()];
}

/** The values a field at `path` can take when they are few (constants, enums, booleans). */
export function valuesAt(root: JsonSchema, path: YamlPath): ValueInfo[] {
  const out: ValueInfo[] = [];
  for (const v of schemasAt(root, path)) {
    const doc = v.description ?? '';
    if (v.const !== undefined) out.push({ label: String(v.const), doc });
    for (const e of v.enum ?? []) out.push({ label: String(e), doc });
    if (v.type === 'boolean') out.push({ label: 'true', doc }, { label: 'false', doc });
  }
  return out.filter((x, i) => out.findIndex((y) => y.label === x.label) === i);
}

/** Hover documentation of the field at `path`, or null when the format has no such field. */
export function docAt(root: JsonSchema, path: YamlPath): string | null {
  const docs = schemasAt(root, path)
    .map(describeSchema)
    .filter((d, i, all) => d && all.indexOf(d) === i);
  return docs.length ? docs.join(' Or: ') : null;
}
