// The play hash against hashes recorded by an earlier build: games of two frozen scenarios (the mini fixture and a
// copy of Alaska 1.1.0, and 1.2.0 as revision 4 shipped), under rules revisions 1 to 5, AI-only and with one seat under a scripted policy, must end
// in exactly the play hash (and log length) that build recorded in play-hashes.golden.json. The log's wording may
// change freely — the play hash counts the log's entries and ignores their contents — but the number of entries
// and every other part of the state must not, or earlier replays, saves and links would stop playing back.
// To record the table afresh (only with a new rules revision): SUMMIT_WRITE_GOLDEN=1 npx vitest run play-hash-golden
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../content/index';
import {
  applyAction,
  type ByParty,
  type CompiledScenario,
  choosePolicyAction,
  type GameState,
  newGame,
  type Policy,
  playHash,
  type Seat,
  seedState,
  speaker,
} from '../engine/index';

const root = join(import.meta.dirname, '..', '..');
const GOLDEN = join(import.meta.dirname, 'play-hashes.golden.json');

/** `label` names the games when two files share a scenario id (the rows recorded first keep the bare id). */
const SCENARIOS: { file: string; seat: string; label?: string }[] = [
  { file: 'scenarios/fixtures/mini.yaml', seat: 'south' },
  { file: 'scenarios/archive/alaska-2025@1.1.0.yaml', seat: 'ukraine' },
  // Alaska as it stood when revision 4 shipped (demand regions, format 2): a frozen copy, so later edits to the
  // bundled scenario do not move these rows.
  { file: 'scenarios/fixtures/frozen/alaska-2025@1.2.0.yaml', seat: 'ukraine', label: 'alaska-2025@1.2.0' },
];
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
const POLICIES: Policy[] = ['ai', 'random', 'hardliner'];
const RULES = [1, 2, 3, 4, 5];

interface Row {
  game: string; // "<scenario> seed <n> <party>=<policy> rules <r>"
  turns: number;
  logLength: number;
  playHash: string;
}

function load(file: string): CompiledScenario {
  const r = parseScenario(readFileSync(join(root, file), 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not parse`);
  return r.value;
}

/** runGame's loop, but starting under a chosen rules revision. */
function play(sc: CompiledScenario, seed: number, seat: string, policy: Policy, rules: number): GameState {
  const seats: ByParty<Seat> = {};
  for (const p of sc.parties) seats[p.id] = p.id === seat && policy !== 'ai' ? 'human' : 'ai';
  let s = newGame(sc, { seed, seats, rules });
  let rng = seedState(seed ^ 0x5bd1e995);
  for (;;) {
    const p = speaker(sc, s);
    if (p === null) return s;
    const c = choosePolicyAction(p === seat ? policy : 'ai', sc, s, p, rng);
    rng = c.rng;
    const r = applyAction(sc, s, c.action, { reason: c.reason });
    if (r.ok) s = r.value;
    else {
      const passed = applyAction(sc, s, { type: 'turn.pass', party: p });
      if (!passed.ok) throw new Error(passed.error.message);
      s = passed.value;
    }
  }
}

function table(): Row[] {
  const rows: Row[] = [];
  for (const { file, seat, label } of SCENARIOS) {
    const sc = load(file);
    for (const rules of RULES)
      for (const policy of POLICIES)
        for (const seed of SEEDS) {
          const s = play(sc, seed, seat, policy, rules);
          const game = `${label ?? sc.id} seed ${seed} ${seat}=${policy} rules ${rules}`;
          rows.push({ game, turns: s.turn, logLength: s.log.length, playHash: playHash(s) });
        }
  }
  return rows;
}

describe('play hashes recorded by an earlier build', () => {
  it('every game ends in the recorded play hash, turn count and log length', () => {
    const rows = table();
    if (process.env.SUMMIT_WRITE_GOLDEN === '1') writeFileSync(GOLDEN, `${JSON.stringify(rows, null, 2)}\n`);
    const golden: Row[] = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    expect(golden.length).toBe(SCENARIOS.length * RULES.length * POLICIES.length * SEEDS.length);
    expect(rows).toEqual(golden);
  }, 120_000);
});
