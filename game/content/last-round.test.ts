// Rules revision 5: in the game's very last round the AI does not spend its turn pressing a blocker. Under revision
// 4 the all-AI Alaska game of seed 85 ends without a deal because the United States calls Russia instead of
// signing the package on the table; under revision 5 it signs. Played on Alaska 1.2.0 frozen as revision 4 shipped
// it, so later edits to the bundled scenario do not move the game.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ByParty, newGame, playAiTurns, type Seat } from '../engine/index';
import { parseScenario } from './index';

const file = join(__dirname, '..', '..', 'scenarios', 'fixtures', 'frozen', 'alaska-2025@1.2.0.yaml');

describe("the AI's last round", () => {
  const r = parseScenario(readFileSync(file, 'utf8'), 'alaska-2025@1.2.0.yaml');
  if (!r.ok) throw new Error('the frozen Alaska does not load');
  const sc = r.value;
  const seats: ByParty<Seat> = Object.fromEntries(sc.parties.map((p) => [p.id, 'ai' as Seat]));
  const play = (rules: number) => playAiTurns(sc, newGame(sc, { seed: 85, seats, rules }));

  it('signs the deal on the table instead of pressing a blocker (revision 5), as revision 4 did not', () => {
    expect(play(4).outcome?.kind).toBe('no-deal');
    expect(play(5).outcome?.kind).toBe('agreement');
  });
});
