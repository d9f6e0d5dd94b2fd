// What the opponent model learns from an answer to "what would it take?" (rules revision 4 on): the party asked
// names the package it would propose now and the issues on which the table must move for it. Both are public
// (the answer is logged with the question and spoken at the table), so every AI learns from them: the package
// counts as an offer of it (its options gain credit), and each issue it says must move weighs more to it: a party
// names first what it cares about.
import type { IssueId, Package } from './scenario';
import type { Answer } from './state';

/** Weight an issue gains when an answer says it must move. */
export const ANSWER_GAIN = 4;

/** Feeds one answer to the model being built: its package as an offer, its issues as ones that matter. */
export function learnFromAnswer(
  answer: Pick<Answer, 'package' | 'issues'>,
  countOffer: (pkg: Package) => void,
  bumpIssue: (issue: IssueId, by: number) => void,
): void {
  countOffer(answer.package);
  for (const issue of answer.issues) bumpIssue(issue, ANSWER_GAIN);
}
