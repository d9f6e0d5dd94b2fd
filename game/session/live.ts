// The lazily loaded half of the session: the running game (the Match) and the engine functions the view-models read
// (values, legal actions, hints). The view imports this only through import(), on Play or Continue.
export type { Action, ActionType } from '../engine/actions';
export { outlook, whatWouldItTake } from '../engine/ai';
export type { RuleError } from '../engine/errors';
export { stateHash } from '../engine/hash';
export { newGame } from '../engine/newgame';
export type { Replay } from '../engine/replay';
export { legalActionTypes, speaker } from '../engine/rules';
export type {
  CompiledScenario,
  Issue,
  IssueId,
  OptionId,
  Package,
  Party,
  PartyId,
  Phase,
} from '../engine/scenario';
export type { GameState, LogEntry, Outcome, Reason, Seat } from '../engine/state';
export { bestPackage, packageValue, perIssue } from '../engine/values';
export { bundledScenario, continueGame, loadScenario, OPENED_FILE_PREFIX } from './bundled';
export {
  branchFromReplay,
  type ContinueResult,
  createMatch,
  type DemoGame,
  type Difficulty,
  demoGame,
  type Match,
  type MatchEvent,
  type MatchSetup,
  matchFromReplay,
} from './match/index';
export {
  branchPoint,
  type OpenedReplay,
  openReplayLink,
  openReplayText,
  replayFileName,
  watchMatch,
} from './replay-open';
export { GAME_VERSION } from './version';
