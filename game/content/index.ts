// game/content: the files and links users hand us, checked. Scenario YAML (authoring format) → compiled scenario
// (runtime format); replay files and share links → replays. Errors are values naming file, line and column;
// may import game/engine; never game/view or game/session.

export type { CompiledScenario } from '../engine/index';
export { fnv1a64, RUNTIME_FORMAT } from '../engine/index'; // the content hash lives with the state hash
export { actionSchema, recordedId } from './action-schema';
export { compileScenario } from './compile';
export { CURVE_KEYFRAMES } from './curves';
export { formatError, type ScenarioError } from './errors';
export {
  MAX_ID_CHARS,
  MAX_LINE_CHARS,
  MAX_NAME_CHARS,
  MAX_PACKAGES,
  MAX_PARTIES,
  MAX_RUNS,
  MAX_SEED,
  MAX_STANCE_RULES,
  MAX_TEXT_CHARS,
  MAX_TURNS,
  MAX_WORKERS,
  MIN_SEED,
} from './limits';
export {
  checkScenario,
  formatWarning,
  LINT_RULES,
  type LintRule,
  type LintWarning,
  lintScenario,
} from './lint/index';
export { parseScenario, parseScenarioFile } from './parse';
export { MAX_REPLAY_BYTES, makeReplayFile, parseReplay, ReplaySchema } from './replay-file';
export { LINK_PREFIX, MAX_LINK_CHARS, MAX_LINK_JSON_BYTES, makeLink, parseLink, shareLink } from './replay-link';
export { MAX_SCENARIO_BYTES } from './safety';
export { AUTHORING_FORMAT, type ScenarioFile, ScenarioFileSchema, SUPPORTED_FORMATS } from './schema';
export { starterScenario } from './starter';
