// The scenario studio's half of the session, loaded with import() when the studio opens (never with the title):
// the live check (the checks of `summit validate` and `summit lint`), completion and hover from the JSON Schema,
// the package space and statecharts of the scenario being written, balance in Web Workers, and the drafts kept in
// IndexedDB.
import schema from '../../../assets/schema/scenario.schema.json';
import type { JsonSchema } from './schema-walker';

export { type BalanceReport, balanceHtml, formatBalance } from '../balance/index';
export { compileScenarioText } from '../scenario-text';
export { type BalanceOutcome, type BalanceRun, runBalance } from './balance-run';
export { type CheckResult, checkScenarioText, offsetOf, type Problem, tokenRange } from './check';
export { type Draft, type DraftStore, newDraftId, openDraftStore } from './drafts';
export { type IssueIds, idKeysAt, issueIds } from './issue-ids';
export { type PackageSummary, type PartyExtremes, packageSummary } from './package-summary';
export { docAt, type KeyInfo, keysAt, type ValueInfo, valuesAt } from './schema-walker';
export { type StartChoice, startChoices, startText } from './starts';
export { type StanceSummary, type StatechartSummary, statechartSummary } from './statechart-summary';
export { type YamlContext, type YamlPath, yamlContextAt } from './yaml-path';

/** The scenario format's JSON Schema (the committed assets/schema/scenario.schema.json). */
export const SCENARIO_SCHEMA = schema as unknown as JsonSchema;
