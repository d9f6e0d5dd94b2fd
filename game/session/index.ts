// Public API of the session: the one place that wires engine, content, view, storage and audio. This index is
// what the title chunk loads; the running game (engine and content) is in ./live (loaded with import()).

export { type CatalogueEntry, listScenarioFiles, loadCatalogue, type ScenarioCardData } from './catalogue';
export {
  createSaveStore,
  PREVIOUS_SAVE_KEY,
  readSaveRecord,
  SAVE_FORMAT,
  SAVE_KEY,
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
