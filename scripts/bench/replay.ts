// Replay benchmarks: verifying a recorded Alaska game (what opening a replay file or a share link costs before the
// viewer shows), and the length of share links (links are capped at MAX_LINK_CHARS and must fit in chat messages).
// (`summit balance` is timed in balance.ts.)
import { readFileSync } from 'node:fs';
import { makeLink } from '../../game/content/index';
import { makeReplay, runGame, verifyReplay } from '../../game/engine/index';
import { compileOrDie } from './engine';
import { percentile, time } from './stats';

export interface ReplayFigures {
  scenario: string;
  verifyMedianMs: number;
  verifyP95Ms: number;
  verifyReplays: number;
  linkGames: number;
  linkMedianChars: number;
  linkMaxChars: number;
}

const ALASKA = 'scenarios/alaska-2025.yaml';

export function benchReplay(file = ALASKA): ReplayFigures {
  const sc = compileOrDie(file, readFileSync(file, 'utf8'));
  // A 'random' human seat makes the replay carry many recorded actions (an AI-only game records none), and each
  // verified step replays the AI turns between them: the heaviest ordinary replay.
  const human = (seed: number) => sc.parties[(seed - 1) % sc.parties.length].id;
  const record = (seed: number) =>
    makeReplay(sc, runGame(sc, { seed, policies: { [human(seed)]: 'random' } }), { game: 'bench' });
  const replays = Array.from({ length: 50 }, (_, i) => record(1 + i));
  const verify = time(
    (i) => {
      if (!verifyReplay(sc, replays[i % replays.length]).ok) throw new Error('a recorded replay did not verify');
    },
    50,
    5,
  );
  // Share links over 200 games: the human seat goes round the parties, seeds 1..200.
  const lengths = Array.from({ length: 200 }, (_, i) => makeLink(record(1 + i)).length).sort((a, b) => a - b);
  return {
    scenario: sc.id,
    verifyMedianMs: verify.medianMs,
    verifyP95Ms: verify.p95Ms,
    verifyReplays: replays.length,
    linkGames: lengths.length,
    linkMedianChars: percentile(lengths, 50),
    linkMaxChars: lengths[lengths.length - 1],
  };
}
