// The pinned latest line writes the newest entry as the transcript does: a spoken line once, as the same quote.
import { describe, expect, it } from 'vitest';
import { mini } from '../../engine/fixtures/mini';
import type { LogEntry } from '../../engine/state';
import { latestLine } from './latest-line';

const at = { turn: 4, phase: 'talks', round: 2 };

describe('latestLine', () => {
  it('shows a spoken line as the transcript quote (curly quotes, set as a quote), never as a plain sentence', () => {
    const said: LogEntry = {
      ...at,
      kind: 'said',
      party: 'north',
      line: { text: 'Very severe consequences.', simulated: true },
    };
    const l = latestLine(mini, [said]);
    expect(l).toEqual({ text: 'Northland: “Very severe consequences.”', quote: true });
    expect(l.text).not.toContain('"');
  });

  it('shows any other entry as its sentence, a question without its answer', () => {
    const pass: LogEntry = {
      ...at,
      kind: 'action',
      party: 'south',
      action: { type: 'turn.pass', party: 'south' },
      line: null,
      reason: null,
      broken: [],
      answer: null,
    };
    expect(latestLine(mini, [pass])).toEqual({ text: 'Southland passes.', quote: false });
    expect(latestLine(mini, [])).toEqual({ text: 'Nothing said yet.', quote: false });
  });
});
