// The AI's reasons agree with a plural party name ("European allies block …", never "… blocks …") from rules
// revision 4 on: played on the shipped Alaska scenario, where the AI presses the European allies as a blocker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Policy, runGame } from '../engine/index';
import { parseScenario } from './index';

const file = join(__dirname, '..', '..', 'scenarios', 'alaska-2025.yaml');

describe("the AI's reasons and plural party names", () => {
  it('use a plural verb and pronoun with "European allies"', () => {
    const r = parseScenario(readFileSync(file, 'utf8'), 'alaska-2025.yaml');
    if (!r.ok) throw new Error('alaska-2025.yaml does not load');
    const sentences: string[] = [];
    const lineups: Record<string, Policy>[] = [{}, { europe: 'hardliner' }, { ukraine: 'hardliner' }];
    for (let seed = 1; seed <= 12; seed++) {
      for (const policies of lineups) {
        const s = runGame(r.value, { seed, policies });
        for (const e of s.log) {
          if (e.kind !== 'action' || e.reason === null) continue;
          const m = e.reason.summary.match(/European allies \w+[^.;]*/g);
          if (m) sentences.push(...m);
        }
      }
    }
    expect(sentences.length).toBeGreaterThan(0);
    for (const t of sentences) {
      expect(t).not.toMatch(/^European allies (is|has|blocks)\b/);
      expect(t).not.toMatch(/\b(press|call) it$/);
    }
  });
});
