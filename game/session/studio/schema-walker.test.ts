import { describe, expect, it } from 'vitest';
import { SCENARIO_SCHEMA as schema } from './index';
import { docAt, keysAt, schemasAt, valuesAt } from './schema-walker';

describe('schema walker (completion and hover from the JSON Schema)', () => {
  it('offers the top-level keys with their documentation, required ones marked', () => {
    const keys = keysAt(schema, []);
    const names = keys.map((k) => k.name);
    expect(names).toEqual(expect.arrayContaining(['format', 'id', 'parties', 'issues', 'phases']));
    expect(keys.find((k) => k.name === 'parties')?.required).toBe(true);
    expect(keys.find((k) => k.name === 'format')?.doc).toMatch(/Authoring format version/);
  });

  it('walks into list items and $defs (a stance holds mood, curve, on)', () => {
    expect(keysAt(schema, ['parties', 0]).map((k) => k.name)).toEqual(
      expect.arrayContaining(['id', 'name', 'reservation', 'weights', 'statechart']),
    );
    const stance = keysAt(schema, ['parties', 0, 'statechart', 'states', 'open']).map((k) => k.name);
    expect(stance).toEqual(expect.arrayContaining(['mood', 'on']));
  });

  it('offers the values of an enum, a const and a boolean', () => {
    expect(valuesAt(schema, ['format']).map((v) => v.label)).toEqual(['2', '1']);
    const moods = valuesAt(schema, ['parties', 0, 'statechart', 'states', 'open', 'mood']).map((v) => v.label);
    expect(moods.length).toBeGreaterThan(2);
  });

  it('documents a field for hover, with its range, and knows no field outside the format', () => {
    expect(docAt(schema, ['parties', 0, 'reservation'])).toMatch(/BATNA.*0–100/);
    expect(docAt(schema, ['parties', 0, 'nonsense'])).toBeNull();
    expect(schemasAt(schema, ['no-such-field'])).toEqual([]);
  });
});
