// The lazily loaded half of the session: the running game (the Match) and the engine functions the view-models read
// (values, legal actions, hints). The view imports this only through import(), on Play or Continue.
export type {
  Action,
  ActionType,
  CompiledScenario,
  GameState,
  Issue,
  IssueId,
  LogEntry,
  OptionId,
  Outcome,
  Package,
  Party,
  PartyId,
  Phase,
  PlaybackStep,
  Reason,
  Replay,
  RuleError,
  Seat,
} from '../engine/index';
export {
  analyzeGame,
  answerItems,
  bestPackage,
  causeWords,
  effectsSentence,
  entryParty,
  legalActionTypes,
  logSentence,
  MOOD_WORDS,
  newGame,
  outlook,
  packageValue,
  partyPlural,
  partyPossessive,
  perIssue,
  speaker,
  spokenLine,
  stanceWords,
  stateHash,
  verbOf,
  whatWouldItTake,
} from '../engine/index';
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
export { compileScenarioText, type OpenedScenario } from './scenario-text';
export { GAME_VERSION } from './version';
