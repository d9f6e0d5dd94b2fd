import { describe, expect, it } from 'vitest';
import { yamlContextAt } from './yaml-path';

/** The context at the last `|` in `text` (the cursor). */
function at(text: string) {
  const offset = text.lastIndexOf('|');
  return yamlContextAt(text.slice(0, offset) + text.slice(offset + 1), offset);
}

describe('yamlContextAt', () => {
  it('a top-level key being typed', () => {
    expect(at('format: 1\nti|')).toEqual({ path: [], kind: 'key', prefix: 'ti', from: 10 });
  });

  it('a top-level value', () => {
    expect(at('format: 1\nid: my|')).toMatchObject({ path: ['id'], kind: 'value', prefix: 'my' });
  });

  it('a key of a list item, on the item line and below it', () => {
    const text = 'parties:\n  - id: east\n    name: E\n  - id: west\n    |';
    expect(at(text)).toMatchObject({ path: ['parties', 1], kind: 'key', prefix: '' });
    expect(at('parties:\n  - id: east\n  - na|')).toMatchObject({ path: ['parties', 1], kind: 'key', prefix: 'na' });
  });

  it('the compact list style (marker at the key column)', () => {
    expect(at('parties:\n- id: east\n  re|')).toMatchObject({ path: ['parties', 0], kind: 'key' });
  });

  it('deep in a statechart, past block scalars and deeper siblings', () => {
    const text = [
      'parties:',
      '  - id: east',
      '    brief: |',
      '      Text: with a colon.',
      '    statechart:',
      '      initial: open',
      '      states:',
      '        open:',
      '          mood: calm',
      '          on:',
      '            offer.received:',
      '              - target: firm',
      '          cur|',
    ].join('\n');
    expect(at(text)).toMatchObject({
      path: ['parties', 0, 'statechart', 'states', 'open'],
      kind: 'key',
      prefix: 'cur',
    });
  });

  it('inside a block scalar, the text is the value of its key (a colon in it is no key)', () => {
    const text = 'parties:\n  - id: east\n    brief: |\n      First line.\n      Note: |';
    expect(at(text)).toMatchObject({ path: ['parties', 0, 'brief'], kind: 'value' });
    expect(at('parties:\n  - id: east\n    brief: |\n      Text.\n    sta|')).toMatchObject({
      path: ['parties', 0],
      kind: 'key',
    });
  });

  it('a value inside a transition list item', () => {
    const text =
      'parties:\n  - id: e\n    statechart:\n      states:\n        open:\n          on:\n            x:\n              - target: |';
    expect(at(text)).toMatchObject({
      path: ['parties', 0, 'statechart', 'states', 'open', 'on', 'x', 0, 'target'],
      kind: 'value',
    });
  });

  it('keys and values inside a flow map', () => {
    expect(at('parties:\n  - id: e\n    weights: { border: 70, tr|')).toMatchObject({
      path: ['parties', 0, 'weights'],
      kind: 'key',
      prefix: 'tr',
    });
    expect(at('issues:\n  - id: b\n    x: { a: 1, mood: ca|')).toMatchObject({
      path: ['issues', 0, 'x', 'mood'],
      kind: 'value',
      prefix: 'ca',
    });
  });
});
