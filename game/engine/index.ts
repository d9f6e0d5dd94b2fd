// The engine's public API: pure, deterministic rules of Summit. Imports only engine files, immer and xstate.
export * from './actions';
export {
  type AiDecision,
  type AiOutlook,
  aiDecide,
  outlook,
  timeElapsed,
  type WhatItTakes,
  whatWouldItTake,
} from './ai';
export * from './analytics';
export * from './chair';
export {
  type ChartEvent,
  type ChartStep,
  chartInitial,
  chartMachine,
  chartMachines,
  chartSnapshot,
  chartStep,
  chartValue,
  xstateChartStep,
} from './chart';
export {
  actionWords,
  activeNodes,
  type ChartEdge,
  type ChartGraph,
  type ChartNode,
  type ChartNodeKind,
  chartGraph,
  guardWords,
  partyChartGraph,
} from './chart-graph';
export { askAt, CONCESSION_PRESETS, type ConcessionPreset, targetValue } from './curves';
export * from './debrief';
export { demandAllows, demandsOf } from './demands';
export type { ActionEffect } from './effects';
export type { RuleError, RuleErrorCode } from './errors';
export { describePackage } from './flow';
export { evalGuard, type Facts } from './guards';
export { canonicalJson, fnv1a64, hashString, stateHash } from './hash';
export { chooseLine, type LineContext, lineFits, pickLine } from './line-choice';
export {
  answerItems,
  answerSentence,
  causeWords,
  effectsSentence,
  entryParty,
  logSentence,
  MOOD_WORDS,
  partyPlural,
  partyPossessive,
  plainLine,
  pluralName,
  possessive,
  type SentenceOptions,
  spokenLine,
  stanceSentence,
  stanceWords,
  verbOf,
} from './log-sentences';
export { type NewGameOptions, newGame } from './newgame';
export { computeOutcome } from './outcome';
export {
  decodePackage,
  encodePackage,
  MAX_PACKAGES,
  type PackageSpace,
  packageSpace,
  packageSpaceSize,
} from './package-space';
export { playAiTurns, type RunOptions, runGame, runGameStepwise } from './play';
export { choosePolicyAction, POLICIES, type Policy, type PolicyChoice } from './policies';
export { nextInt, nextUint32, rollPercent, seedState } from './prng';
export * from './replay';
export * from './result';
export { type ActionMeta, applyAction, checkAction, legalActionTypes, speaker } from './rules';
export * from './scenario';
export * from './state';
export {
  bestPackage,
  completePackage,
  issuePoints,
  packageValue,
  packageValue as valueOf,
  perIssue,
  pointsToValue,
  samePackage,
} from './values';
