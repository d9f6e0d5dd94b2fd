// The replay transcript: the log up to a step, with speakers, lines and sources, and every AI decision's reason.
import { describe, expect, it } from 'vitest';
import { openFixture } from './replay-fixture.testkit';
import { transcript } from './transcript-model';

describe('transcript', () => {
  it('has every entry up to the step, AI decisions with their reason', async () => {
    const { scenario, steps } = await openFixture();
    const log = steps[5]!.state.log;
    const items = transcript(scenario, log);
    expect(items.length).toBe(log.length);
    const ai = items.filter((i) => i.why !== null);
    expect(ai.length).toBe(log.filter((e) => e.kind === 'action' && (e.reason ?? e.answer) !== null).length);
    expect(ai.length).toBeGreaterThan(2);
    for (const i of ai) {
      expect(i.why!.summary).not.toBe('');
      expect(i.why!.facts.map((f) => f.label)).toContain('Stance');
    }
    const south = items.find((i) => i.party === 'Southland')!;
    expect(south.why).toBeNull(); // a human's action has no reason
  });

  it('a spoken stance line is the quote alone, with its provenance', async () => {
    const { scenario, steps } = await openFixture();
    const first = transcript(scenario, steps[0]!.state.log)[0]!;
    expect(first.text).toBe('');
    expect(first.line).toMatchObject({ speaker: 'Northland', text: 'We came to settle this.' });
    expect(first.line!.source).toMatch(/^(Simulated paraphrase|Source: |Documented position)/);
  });
});
