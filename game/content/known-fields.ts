// The fields a strict object in the schema allows at a data path, read from the zod definitions themselves so
// "did you mean" hints for unknown fields can never drift from the schema.

import type { z } from 'zod';
import type { Path } from './yaml-positions';

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** Strip wrappers (optional, nullable, default, pipe) to the schema that describes the value. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const d = defOf(s);
    if (d.type === 'optional' || d.type === 'nullable' || d.type === 'default' || d.type === 'readonly') {
      s = d.innerType as z.ZodType;
    } else if (d.type === 'pipe') s = d.in as z.ZodType;
    else break;
  }
  return s;
}

/** For a discriminated union, the option whose discriminator matches the data (if any). */
function pickOption(schema: z.ZodType, value: unknown): z.ZodType | undefined {
  const d = defOf(schema);
  const options = (d.options as z.ZodType[]) ?? [];
  const disc = d.discriminator as string | undefined;
  if (!disc || !value || typeof value !== 'object') return undefined;
  const want = (value as Record<string, unknown>)[disc];
  return options.find((o) => {
    const shape = defOf(unwrap(o)).shape as Record<string, z.ZodType> | undefined;
    const lit = shape?.[disc] ? defOf(shape[disc]) : undefined;
    return Array.isArray(lit?.values) && lit.values.includes(want);
  });
}

function step(schema: z.ZodType, value: unknown): z.ZodType | undefined {
  const s = unwrap(schema);
  const d = defOf(s);
  if (d.type === 'union') {
    const o = pickOption(s, value);
    return o ? unwrap(o) : undefined;
  }
  return s;
}

export function fieldsAt(root: z.ZodType, data: unknown, path: Path): string[] {
  let schema: z.ZodType | undefined = root;
  let value: unknown = data;
  for (const seg of path) {
    schema = schema && step(schema, value);
    if (!schema) return [];
    const d = defOf(schema);
    if (d.type === 'object') schema = (d.shape as Record<string, z.ZodType>)[String(seg)];
    else if (d.type === 'array') schema = d.element as z.ZodType;
    else if (d.type === 'record') schema = d.valueType as z.ZodType;
    else return [];
    value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[seg] : undefined;
  }
  schema = schema && step(schema, value);
  if (!schema) return [];
  const d = defOf(schema);
  return d.type === 'object' ? Object.keys(d.shape as object) : [];
}
