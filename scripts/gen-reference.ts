// Writes docs/scenario-reference.md from the JSON Schema of the authoring format (itself generated from the
// loader's zod definitions in game/content/schema.ts, descriptions included), so the reference can never
// disagree with what the loader accepts. Run after changing the format:
//   npx tsx scripts/gen-schema.ts && npx tsx scripts/gen-reference.ts
// A test (game/content/lint/reference-doc.test.ts) fails while the committed file is stale.
// Event names are not in the schema (a record's keys are free strings, checked later by the loader), so their
// descriptions live here, keyed by the engine's list: a new event without a description fails the generator.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scenarioJsonSchemaText } from '../game/content/json-schema';
import { AI_EVENT_TYPES, LINE_KEYS, MOODS } from '../game/engine/scenario';

type Node = {
  type?: string;
  description?: string;
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: Node | boolean;
  items?: Node;
  prefixItems?: Node[];
  anyOf?: Node[];
  oneOf?: Node[];
  enum?: unknown[];
  const?: unknown;
  $ref?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  pattern?: string;
  propertyNames?: Node;
};

const EVENTS: Record<(typeof AI_EVENT_TYPES)[number], string> = {
  'offer.received': 'a package was proposed (sent to every other party; guards see the offer)',
  'offer.rejected': "the party's own proposal was rejected (guards see who rejected it with fromParty)",
  'offer.accepted': "the party's own proposal was accepted by another party (guards see who with fromParty)",
  'threat.received': 'another party threatened this party',
  'assurance.received': 'another party gave this party an assurance',
  'call.received': 'another party called this party (a back channel)',
  'round.elapsed': 'a new round began (sent to every party)',
  'phase.started': 'a new phase began (sent to every party)',
};

const defName = (ref: string) => ref.replace('#/$defs/', '');

function typeOf(n: Node): string {
  if (n.$ref) return `[${defName(n.$ref)}](#${defName(n.$ref).toLowerCase()})`;
  if (n.const !== undefined) return `\`${JSON.stringify(n.const)}\``;
  if (n.enum) return `one of ${n.enum.map((e) => `\`${String(e)}\``).join(', ')}`;
  const alts = n.anyOf ?? n.oneOf;
  if (alts) return alts.map(typeOf).join(' or ');
  if (n.prefixItems) return `[${n.prefixItems.map(typeOf).join(', ')}]`;
  switch (n.type) {
    case 'integer':
    case 'number': {
      const word = n.type === 'integer' ? 'integer' : 'number';
      if (n.minimum !== undefined && n.maximum !== undefined) return `${word} ${n.minimum}–${n.maximum}`;
      if (n.minimum !== undefined) return `${word} ≥ ${n.minimum}`;
      return word;
    }
    case 'string':
      if (n.pattern === '^[A-Za-z0-9_-]+$') return 'id';
      if (n.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'date (YYYY-MM-DD)';
      if (n.pattern) return `string matching \`${n.pattern}\``;
      return n.minLength ? 'text (not empty)' : 'text';
    case 'boolean':
      return 'boolean';
    case 'array': {
      const size =
        n.minItems !== undefined && n.maxItems !== undefined
          ? ` (${n.minItems}–${n.maxItems})`
          : n.minItems
            ? ` (≥ ${n.minItems})`
            : '';
      return `list of ${n.items ? typeOf(n.items) : 'anything'}${size}`;
    }
    case 'object':
      if (n.properties) return 'map (fields below)';
      if (n.additionalProperties && typeof n.additionalProperties === 'object')
        return `map of name → ${typeOf(n.additionalProperties)}`;
      return 'map';
    default:
      return 'any';
  }
}

const cell = (s: string | undefined) => (s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The object schema below a node, if the node is (a list of / a map of) an inline object with fields. */
function inner(n: Node): Node | null {
  if (n.properties) return n;
  if (n.type === 'array' && n.items) return inner(n.items);
  if (n.type === 'object' && n.additionalProperties && typeof n.additionalProperties === 'object')
    return inner(n.additionalProperties);
  return null;
}

function suffix(n: Node): string {
  if (n.type === 'array') return '[]';
  if (n.type === 'object' && !n.properties) return '.<name>';
  return '';
}

/** Objects already given a table (by their schema text), so repeated shapes (the line lists) get one table. */
let emitted = new Map<string, string>();

/** One table per object, depth first, each titled with its path from the root. */
function objectSections(path: string, n: Node, out: string[]): void {
  out.push(`### \`${path}\``, '');
  if (n.description) out.push(n.description, '');
  out.push('| field | type | required | description |', '|---|---|---|---|');
  const req = new Set(n.required ?? []);
  const nested: [string, Node][] = [];
  for (const [name, f] of Object.entries(n.properties ?? {})) {
    const sub = inner(f);
    const key = sub ? JSON.stringify({ ...sub, description: undefined }) : '';
    const first = sub ? emitted.get(key) : undefined;
    const type = first ? typeOf(f).replace('fields below', `fields as in \`${first}\``) : typeOf(f);
    out.push(`| \`${name}\` | ${cell(type)} | ${req.has(name) ? 'yes' : 'no'} | ${cell(f.description)} |`);
    const childPath = `${path === '(file)' ? '' : `${path}.`}${name}${suffix(f)}`;
    if (sub && !first) emitted.set(key, childPath);
    if (sub && !first)
      nested.push([
        `${path === '(file)' ? '' : `${path}.`}${name}${suffix(f)}`,
        { ...sub, description: f.description ?? sub.description },
      ]);
  }
  out.push('');
  for (const [p, sub] of nested) objectSections(p, sub, out);
}

function unionSection(title: string, n: Node, out: string[]): void {
  out.push(`## ${title}`, '');
  if (n.description) out.push(n.description, '');
  for (const m of n.oneOf ?? n.anyOf ?? []) {
    const type = m.properties?.type?.const as string;
    out.push(`### \`${type}\``, '');
    if (m.description) out.push(m.description, '');
    const params = m.properties?.params;
    const props = params?.properties ?? {};
    if (Object.keys(props).length === 0) {
      out.push('No params (`params: {}` may be written or left out).', '');
      continue;
    }
    const req = new Set(params?.required ?? []);
    out.push('| param | type | required | description |', '|---|---|---|---|');
    for (const [name, f] of Object.entries(props)) {
      const desc = name === 'of' ? 'guards' : name === 'guard' ? 'the guard to negate' : f.description;
      out.push(`| \`${name}\` | ${cell(typeOf(f))} | ${req.has(name) ? 'yes' : 'no'} | ${cell(desc)} |`);
    }
    out.push('');
  }
}

export function referenceMarkdown(): string {
  const schema = JSON.parse(scenarioJsonSchemaText()) as Node & { $defs: Record<string, Node> };
  emitted = new Map();
  for (const e of AI_EVENT_TYPES) if (!EVENTS[e]) throw new Error(`event ${e} has no description`);
  const out: string[] = [
    '# Scenario file reference (format 2)',
    '',
    '<!-- Generated by scripts/gen-reference.ts from assets/schema/scenario.schema.json: do not edit by hand. -->',
    '',
    'Every field of a scenario file, with its type, whether it is required and what it means, then every',
    'statechart event, guard, action and world-event effect with its params. The walk-through is',
    '[scenario-guide.md](scenario-guide.md); the rules behind the fields are in [scenario-format.md](scenario-format.md).',
    'Editors that read the `# yaml-language-server: $schema=…` first line offer the same descriptions as completion.',
    '',
    '## Fields',
    '',
  ];
  objectSections('(file)', schema, out);
  out.push('## Stance', '');
  objectSections('Stance', schema.$defs.Stance, out);
  out.push(
    '## Events',
    '',
    "Keys of a stance's `on` map. The first transition whose guard holds is taken.",
    '',
    '| event | sent when |',
    '|---|---|',
    ...AI_EVENT_TYPES.map((e) => `| \`${e}\` | ${EVENTS[e]} |`),
    '| `world.<event id>` | that world event fired (see `events`) |',
    '',
  );
  unionSection('Guards', schema.$defs.Guard, out);
  unionSection('Actions', schema.$defs.Action, out);
  unionSection('Effects (of world events)', schema.$defs.Effect, out);
  out.push(
    '## Vocabularies',
    '',
    `- Moods: ${MOODS.map((m) => `\`${m}\``).join(', ')}.`,
    `- Line keys: ${LINE_KEYS.map((k) => `\`${k}\``).join(', ')}.`,
    '- Curve presets: `boulware`, `linear`, `conceder`.',
    '',
  );
  return out.join('\n');
}

export const REFERENCE_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'scenario-reference.md');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(REFERENCE_PATH, referenceMarkdown());
  console.log(`wrote ${REFERENCE_PATH}`);
}
