// Rules revision 6, seen in whole all-AI games of Alaska (1.2.0, frozen as revision 4 shipped it, so later edits to
// the bundled scenario do not move the games):
//  - in the last phase's end game, an AI's offer keeps off every red line another consent party has named in the
//    game and not dropped since (ai-reading.ts: redLinesStillNamed) — revision 5 offered Russia an immediate
//    ceasefire it had refused in Anchorage, and the summit ended without a deal;
//    Not on an issue where those red lines would rule out every option its own leave: the offer then falls back on
//    the AI's favourite there, the option the others like least (Camp David, seed 88: Egypt's end-game offers went
//    back to its favourite and the summit ended without a deal);
//  - in the last phase, an AI does not withdraw its own offer while another consent party has signed it, it is still
//    worth the AI's target and it crosses no such red line.
// Each property holds in every game under revision 6 and is broken in some game under revision 5.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherConsent } from '../engine/acceptance';
import { redLinesStillNamed } from '../engine/ai-reading';
import { inEndgame } from '../engine/endgame';
import {
  aiDecide,
  applyAction,
  type ByParty,
  type GameState,
  newGame,
  outlook,
  type Seat,
  speaker,
} from '../engine/index';
import { issueOf } from '../engine/lookup';
import { own } from '../engine/own';
import { packageValue } from '../engine/values';
import { parseScenario } from './index';

const file = join(__dirname, '..', '..', 'scenarios', 'fixtures', 'frozen', 'alaska-2025@1.2.0.yaml');
const SEEDS = 12;

describe("the AI's offers in the last phase", () => {
  const r = parseScenario(readFileSync(file, 'utf8'), 'alaska-2025@1.2.0.yaml');
  if (!r.ok) throw new Error('the frozen Alaska does not load');
  const sc = r.value;
  const seats: ByParty<Seat> = Object.fromEntries(sc.parties.map((p) => [p.id, 'ai' as Seat]));
  const last = sc.phases.length - 1;

  /** Per revision: how many end-game offers crossed a still-named red line, and how many own offers were withdrawn
   * (with what the outcome was). */
  const tally = (rules: number) => {
    let crossing = 0;
    let withdrawn = 0;
    const outcomes: string[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      let s: GameState = newGame(sc, { seed, seats, rules });
      for (let p = speaker(sc, s); p !== null; p = speaker(sc, s)) {
        const d = aiDecide(sc, s, p);
        if (d.action.type === 'offer.propose' && s.phase === last) {
          const pkg = d.action.package;
          const named = redLinesStillNamed(s, otherConsent(sc, s, p));
          // An issue whose every option is on a red line (its own or one the others name) keeps its best option.
          const mine = outlook(sc, s, p).stance.redLines;
          const free = (issue: string) =>
            issueOf(sc, issue).options.some(
              (o) =>
                !named.some((x) => x.issue === issue && x.option === o.id) &&
                !mine.some((x) => x.issue === issue && x.option === o.id),
            );
          if (inEndgame(sc, s) && named.some((x) => own(pkg, x.issue) === x.option && free(x.issue))) crossing++;
          const t = s.table;
          if (
            t !== null &&
            t.proposer === p &&
            t.acceptedBy.some((q) => otherConsent(sc, s, p).includes(q)) &&
            packageValue(sc, outlook(sc, s, p).party, t.package, s.commitments) >= outlook(sc, s, p).target &&
            !named.some((x) => own(t.package, x.issue) === x.option)
          ) {
            withdrawn++;
          }
        }
        const next = applyAction(sc, s, d.action, { reason: d.reason });
        s = next.ok
          ? next.value
          : (applyAction(sc, s, { type: 'turn.pass', party: p }) as { ok: true; value: GameState }).value;
      }
      outcomes.push(s.outcome?.kind ?? 'none');
    }
    return { crossing, withdrawn, outcomes };
  };

  it('keep off the red lines the others still name, and do not withdraw a signed offer (revision 6)', () => {
    const v6 = tally(6);
    expect(v6.crossing).toBe(0);
    expect(v6.withdrawn).toBe(0);
    const v5 = tally(5);
    expect(v5.crossing).toBeGreaterThan(0);
    expect(v5.withdrawn).toBeGreaterThan(0);
  });
});

describe('an issue the named red lines would close entirely', () => {
  const file88 = join(__dirname, '..', '..', 'scenarios', 'fixtures', 'frozen', 'camp-david-1978@1.1.0.yaml');
  const r = parseScenario(readFileSync(file88, 'utf8'), 'camp-david-1978@1.1.0.yaml');
  if (!r.ok) throw new Error('the frozen Camp David does not load');
  const sc = r.value;
  const seats: ByParty<Seat> = Object.fromEntries(sc.parties.map((p) => [p.id, 'ai' as Seat]));

  it('is left to the search, and the all-AI game of seed 88 still ends in a deal (revisions 5 and 6)', () => {
    for (const rules of [5, 6]) {
      let s: GameState = newGame(sc, { seed: 88, seats, rules });
      for (let p = speaker(sc, s); p !== null; p = speaker(sc, s)) {
        const d = aiDecide(sc, s, p);
        const next = applyAction(sc, s, d.action, { reason: d.reason });
        s = next.ok
          ? next.value
          : (applyAction(sc, s, { type: 'turn.pass', party: p }) as { ok: true; value: GameState }).value;
      }
      expect(s.outcome?.kind).toBe('agreement');
    }
  });
});
