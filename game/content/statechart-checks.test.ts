// Statechart checks on small edits of the mini fixture: several errors at once, each at its node.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse';

const mini = readFileSync(join(__dirname, '..', '..', 'scenarios', 'fixtures', 'mini.yaml'), 'utf8');
const errorsOf = (text: string) => {
  const r = parseScenario(text, 'm.yaml');
  return r.ok ? [] : r.error.map((e) => `${e.path}: ${e.message}`);
};

describe('statechart checks', () => {
  it('reports every bad target and the states they leave unreachable', () => {
    const text = mini.replace('target: leaving', 'target: leavin');
    const errs = errorsOf(text);
    expect(errs).toContain('parties[0].statechart.states.firm.on["offer.received"][1].target: unknown state "leavin"');
    expect(errs).toContain(
      'parties[0].statechart.states.leaving: state "leaving" is unreachable from the initial state "firm"',
    );
  });

  it('checks references inside not/all/any guards', () => {
    const text = mini.replace(
      '{ type: offerIncludes, params: { issue: border, option: south } }',
      '{ type: offerIncludes, params: { issue: border, option: east } }',
    );
    expect(errorsOf(text)).toEqual([
      'parties[0].statechart.states.firm.on["offer.received"][1].guard.params.of[0].params.option: unknown option "east" of issue "border"',
    ]);
  });

  it('accepts world.<event id> only for real events and suggests the vocabulary', () => {
    expect(errorsOf(mini.replace('world.storm:', 'world.storms:'))[0]).toContain('"world.storms" names no event');
    expect(errorsOf(mini.replace('call.received:', 'call:'))[0]).toContain('unknown event "call"');
  });

  it('checks action params references', () => {
    const text = mini.replace(
      '{ type: insist, params: { issue: border } }',
      '{ type: insist, params: { issue: borders } }',
    );
    expect(errorsOf(text)).toEqual([
      'parties[0].statechart.states.firm.on["threat.received"][0].actions[1].params.issue: unknown issue "borders"',
    ]);
  });
});
