// An AI's structured Reason as readable lines for the "why?" disclosure: value per issue (largest first),
// target, no-deal value, the red line hit, the stance and what put it there.
import { type CompiledScenario, causeWords, type Reason } from '../../session/live';

export interface ReasonView {
  summary: string;
  facts: { label: string; value: string }[];
  perIssue: { issue: string; points: string }[];
}

export function reasonView(sc: CompiledScenario, r: Reason): ReasonView {
  const issueName = (id: string) => sc.issues.find((i) => i.id === id)?.name ?? id;
  const facts: ReasonView['facts'] = [
    { label: 'Its value of the offer', value: r.value === null ? 'no offer judged' : `${r.value} / 100` },
    { label: 'What it asks for now', value: `${r.target} / 100` },
    { label: 'Its no-deal value', value: `${r.reservation} / 100` },
    { label: 'Stance', value: `${r.stance} (${r.mood})` },
  ];
  if (r.redLine) {
    const issue = sc.issues.find((i) => i.id === r.redLine!.issue);
    const option = issue?.options.find((o) => o.id === r.redLine!.option)?.label ?? r.redLine.option;
    facts.push({ label: 'Red line hit', value: `${issueName(r.redLine.issue)}: ${option}` });
  }
  if (r.cause) facts.push({ label: 'Stance caused by', value: causeWords(sc, r.cause) ?? r.cause });
  const perIssue = Object.entries(r.perIssue)
    .filter(([, points]) => points > 0)
    .sort((a, b) => b[1] - a[1])
    // Weighted points are value × 100: show them on the same 0–100 scale as the totals, one decimal.
    .map(([id, points]) => ({ issue: issueName(id), points: (points / 100).toFixed(1) }));
  return { summary: r.summary, facts, perIssue };
}
