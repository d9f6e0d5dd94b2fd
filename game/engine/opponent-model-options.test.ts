// Ordered and unordered issues in the opponent model (rules revision 4).
import { describe, expect, it } from 'vitest';
import { mini } from './fixtures/mini';
import { categoricalValues, orderedFor } from './opponent-model-options';
import type { Issue } from './scenario';

const issue = (id: string) => mini.issues.find((i) => i.id === id)!;

describe('orderedFor', () => {
  it('reads an issue whose own values rise or fall along the options as ordered, any other as unordered', () => {
    const north = mini.parties.find((p) => p.id === 'north')!;
    expect(orderedFor(north, issue('trade'))).toBe(true); // closed 0, partial 60, open 100
    expect(orderedFor(north, issue('aid'))).toBe(true); // none 100, some 50, lots 0
    const order = issue('border').options.map((o) => o.id);
    const vals = order.map((o) => north.values.border![o]!);
    const monotone =
      vals.every((v, k) => k === 0 || v >= vals[k - 1]!) || vals.every((v, k) => k === 0 || v <= vals[k - 1]!);
    expect(orderedFor(north, issue('border'))).toBe(monotone);
  });
});

describe('categoricalValues', () => {
  it('credits only the options named, an option never named keeping a small share', () => {
    const terr: Issue = {
      ...issue('border'),
      options: ['freeze', 'swap', 'withdraw4', 'prewar'].map((id) => ({
        id,
        label: id,
        description: '',
        mapEffects: [],
      })),
    } as Issue;
    expect(categoricalValues(terr, [0, 0, 8, 0])).toEqual({ freeze: 11, swap: 11, withdraw4: 100, prewar: 11 });
    expect(categoricalValues(terr, [4, 0, 8, 0])).toEqual({ freeze: 55, swap: 11, withdraw4: 100, prewar: 11 });
  });
});
