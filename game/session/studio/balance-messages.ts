// The messages between the studio's balance runner and its Web Workers.
import type { GameSummary } from '../balance/index';

export type BalanceRequest =
  | { kind: 'load'; text: string; name: string; runs: number; seed: number }
  | { kind: 'play'; start: number; end: number };

export type BalanceResponse =
  | { kind: 'ready' }
  | { kind: 'chunk'; start: number; results: GameSummary[] }
  | { kind: 'error'; message: string };
