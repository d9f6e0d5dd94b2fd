// Debrief benchmark: the full analysis (analyzeGame) of finished AI-only Alaska games, exact over the whole package
// space. Two figures: warm, with the scenario's package space already enumerated (as after a game in the browser,
// where the AI and earlier analyses built it), and cold, on a fresh copy of the compiled scenario so that the space is
// enumerated inside the timed run (the first debrief of a replay opened from a link). Goal: ≤ 50 ms.
import { readFileSync } from 'node:fs';
import { analyzeGame, runGame } from '../../game/engine/index';
import { compileOrDie } from './engine';
import { time } from './stats';

export interface DebriefFigures {
  scenario: string;
  games: number;
  analyzeMedianMs: number;
  analyzeP95Ms: number;
  analyzeColdMedianMs: number;
}

export function benchDebrief(samples = 100, file = 'scenarios/alaska-2025.yaml'): DebriefFigures {
  const sc = compileOrDie(file, readFileSync(file, 'utf8'));
  const games = Array.from({ length: 10 }, (_, i) => runGame(sc, { seed: 1 + i }));
  const player = sc.parties.find((p) => p.id === 'ukraine')?.id ?? sc.parties[0].id;
  const warm = time((i) => analyzeGame(sc, games[i % games.length], { player }), samples);
  const copies = Array.from({ length: 20 }, () => structuredClone(sc));
  const cold = time((i) => analyzeGame(copies[i % copies.length], games[i % games.length], { player }), 20, 0);
  return {
    scenario: sc.id,
    games: games.length,
    analyzeMedianMs: warm.medianMs,
    analyzeP95Ms: warm.p95Ms,
    analyzeColdMedianMs: cold.medianMs,
  };
}
