// The end screen as plain data: the outcome in one sentence, the final package, and each party's value
// against its no-deal value.
import type { CompiledScenario, GameState } from '../../session/live';

export interface EndView {
  headline: string;
  detail: string;
  deal: { issue: string; option: string }[];
  results: { party: string; short: string; value: number; noDeal: number; verdict: string; human: boolean }[];
}

export function endView(sc: CompiledScenario, s: GameState): EndView | null {
  const o = s.outcome;
  if (o === null) return null;
  const partyName = (id: string | null) => sc.parties.find((p) => p.id === id)?.name ?? id ?? '';
  const headline =
    o.kind === 'agreement' ? 'Agreement' : o.kind === 'walkout' ? `${partyName(o.by)} walked out` : 'No deal';
  // Rules revision 3 on: without a final agreement every party scores its no-deal value (engine/no-deal.ts), the
  // same figure the deal sheet and the debrief show; the deals of earlier phases are listed but the summit failed.
  const noDealScores = (s.rules ?? 1) >= 3;
  const ended = o.kind === 'walkout' ? 'The talks ended' : 'The deadline passed';
  const detail =
    o.kind === 'agreement'
      ? 'Every party whose consent was needed accepted the package.'
      : noDealScores
        ? `${ended} without a final agreement: every party gets its no-deal value. Issues not agreed stay at their status quo.`
        : `${ended}: issues not agreed stay at their status quo.`;
  const deal = sc.issues.map((issue) => ({
    issue: issue.name,
    option: issue.options.find((opt) => opt.id === o.package[issue.id])?.label ?? o.package[issue.id] ?? '',
  }));
  const results = sc.parties.map((p) => {
    const value = o.values[p.id] ?? 0;
    const noDeal = o.reservations[p.id] ?? 0;
    const verdict =
      value > noDeal ? 'better than no deal' : value === noDeal ? 'the same as no deal' : 'worse than no deal';
    return { party: p.name, short: p.short, value, noDeal, verdict, human: s.seats[p.id] === 'human' };
  });
  return { headline, detail, deal, results };
}
