// Public API of the session: the running game (the Match), its storage and settings. This index is what the title
// chunk loads (no engine, no content); the running game is in ./live (loaded with import()), and the headless Match
// itself, for Node (the CLI, a server), in ./match.

export { type CatalogueEntry, listScenarioFiles, loadCatalogue, type ScenarioCardData } from './catalogue';
export {
  createSaveStore,
  FAILED_SAVE_KEY,
  type FailedSave,
  PREVIOUS_SAVE_KEY,
  readSaveRecord,
  SAVE_FORMAT,
  SAVE_KEY,
  type SaveOutcome,
  type SaveRecord,
  type SaveStorage,
  type SaveStore,
} from './save-store';
export { createSession, type RunningGame, type Session } from './session';
export {
  DEFAULT_SETTINGS,
  type KeyValueStore,
  loadSettings,
  parseSettings,
  SETTINGS_KEY,
  type Settings,
  saveSettings,
  serialiseSettings,
  type TextSize,
} from './settings';
