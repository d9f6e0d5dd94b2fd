// game/content: scenario YAML (authoring format) → checked, compiled scenario (runtime format), with errors as
// values that name file, line and column. May import game/engine; never game/view or game/session.

export type { CompiledScenario } from '../engine/scenario';
export { RUNTIME_FORMAT } from '../engine/scenario';
export { compileScenario } from './compile';
export { CURVE_KEYFRAMES } from './curves';
export { formatError, type ScenarioError } from './errors';
export { fnv1a64 } from './hash';
export { parseScenario, parseScenarioFile } from './parse';
export { MAX_SCENARIO_BYTES } from './safety';
export { AUTHORING_FORMAT, type ScenarioFile, ScenarioFileSchema, SUPPORTED_FORMATS } from './schema';
