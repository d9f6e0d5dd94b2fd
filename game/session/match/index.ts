// The headless Match: the running game as an object with intents and events (see types.ts). Runs in Node and in
// the browser; the browser's table, `summit simulate` and the online rooms drive it.

export { rememberScenarioText, scenarioOfReplay, scenarioTextOf } from '../carried-scenario';
export type { SaveRecord } from '../save-store';
export { GAME_VERSION, VERSION } from '../version';
export { type ContinueResult, continueMatch, type ScenarioLoader, staleNote } from './continue';
export { type DemoGame, demoGame } from './demo';
export { eventsOfTurn } from './events';
export { branchFromReplay, type FromReplayOptions, matchFromReplay } from './from-replay';
export { branchMatch, createMatch, type MatchInit, openMatch } from './match';
export { type MemoryStorage, memoryStorage } from './memory-storage';
export type {
  Difficulty,
  Match,
  MatchEvent,
  MatchListener,
  MatchSetup,
  SaveOutcome,
  SavePort,
} from './types';
