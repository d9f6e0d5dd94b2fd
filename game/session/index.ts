// Public API of the session: the one place that wires engine, content, view, storage and audio.

export { type CatalogueEntry, listScenarioFiles, loadCatalogue, type ScenarioCardData } from './catalogue';
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
