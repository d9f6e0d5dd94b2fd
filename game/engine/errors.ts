// Rule errors: what applyAction returns (as a value, never thrown) when an action breaks a rule.
// Messages are written for the player ("It is Russia's turn, not Ukraine's.").

export type RuleErrorCode =
  | 'game-over'
  | 'unknown-party'
  | 'not-your-turn'
  | 'not-in-room'
  | 'no-offer'
  | 'own-offer'
  | 'already-accepted'
  | 'bad-package'
  | 'bad-issue'
  | 'bad-target'
  | 'unknown-action'
  | 'unknown-event'
  | 'already-fired';

export interface RuleError {
  code: RuleErrorCode;
  message: string;
}

export const ruleError = (code: RuleErrorCode, message: string): RuleError => ({ code, message });
