// An AI's structured Reason as readable lines for the "why?" disclosure: value per issue (largest first),
// target, no-deal value, the red line hit, the stance and what put it there, in plain words. Only the issues on
// the agenda of the phase it was judged in are listed (the package judged settles those alone).
import { type CompiledScenario, causeWords, type Reason, stanceWords } from '../../session/live';

export interface ReasonView {
  summary: string;
  facts: { label: string; value: string }[];
  perIssue: { issue: string; points: string }[];
}

/** `party`: whose reason it is (the party acting, or the party asked), for the grammar of its cause. */
export function reasonView(
  sc: CompiledScenario,
  r: Reason,
  phase: string | null = null,
  party: string | null = null,
): ReasonView {
  const agenda = sc.phases.find((p) => p.id === phase)?.agenda ?? null;
  const issueName = (id: string) => sc.issues.find((i) => i.id === id)?.name ?? id;
  const facts: ReasonView['facts'] = [
    { label: 'Its value of the offer', value: r.value === null ? 'no offer judged' : `${r.value} / 100` },
    { label: 'What it asks for now', value: `${r.target} / 100` },
    { label: 'Its no-deal value', value: `${r.reservation} / 100` },
    { label: 'Stance', value: stanceWords(r.stance, r.mood) },
  ];
  if (r.redLine) {
    const issue = sc.issues.find((i) => i.id === r.redLine!.issue);
    const option = issue?.options.find((o) => o.id === r.redLine!.option)?.label ?? r.redLine.option;
    facts.push({ label: 'Red line hit', value: `${issueName(r.redLine.issue)}: ${option}` });
  }
  const cause = causeWords(sc, r.cause, party, phase);
  if (cause) facts.push({ label: 'In this stance', value: cause.charAt(0).toUpperCase() + cause.slice(1) });
  const perIssue = Object.entries(r.perIssue)
    .filter(([id, points]) => points > 0 && (agenda === null || agenda.includes(id)))
    .sort((a, b) => b[1] - a[1])
    // Weighted points are value × 100: show them on the same 0–100 scale as the totals, one decimal.
    .map(([id, points]) => ({ issue: issueName(id), points: (points / 100).toFixed(1) }));
  return { summary: r.summary, facts, perIssue };
}
