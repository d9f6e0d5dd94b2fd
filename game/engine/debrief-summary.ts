// The debrief's plain-language summary: five short sentences written only from the figures (outcome, the player's
// surplus and where it gained or gave way, Pareto, Nash, joint value), so that the text never disagrees with the
// numbers shown beside it. Written for the player's seat when there is one, else for the whole table.
import type { Debrief } from './debrief';
import { partyPlural } from './log-sentences';
import type { CompiledScenario, PartyId } from './scenario';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function outcomeSentence(sc: CompiledScenario, d: Debrief): string {
  const moved = d.issues.filter((i) => i.moved).length;
  const n = d.issues.length;
  const turns = plural(d.outcome.turns, 'turn');
  const movedText = `${moved} of ${n} issues moved from the status quo`;
  switch (d.outcome.kind) {
    case 'agreement':
      return `Agreement after ${turns}: ${movedText}.`;
    case 'no-deal':
      return moved === 0
        ? `No deal after ${turns}: every issue stayed at its status quo.`
        : `No final deal after ${turns}, but the deals of earlier phases stand: ${movedText}.`;
    case 'walkout': {
      const who = sc.parties.find((p) => p.id === d.outcome.by)?.name ?? 'A party';
      return moved === 0
        ? `${who} walked out after ${turns}: every issue stayed at its status quo.`
        : `${who} walked out after ${turns}; the deals struck before stand: ${movedText}.`;
    }
    default:
      return `The game is unfinished after ${turns}; judged as it stands, ${movedText}.`;
  }
}

function surplusWords(value: number, reservation: number, its: string): string {
  const s = value - reservation;
  if (s > 0) return `a surplus of ${s}`;
  if (s === 0) return 'no better than no deal';
  return `${-s} below ${its} no-deal value`;
}

function partySentence(sc: CompiledScenario, d: Debrief, player: PartyId): string {
  const r = d.parties.find((p) => p.party === player)!;
  const many = partyPlural(sc, player); // "European allies got …; they gained most on …"
  let text = `${r.name} got ${r.value}, against ${r.reservation} with no deal (${surplusWords(r.value, r.reservation, many ? 'their' : 'its')})`;
  const byGain = [...d.issues].sort((a, b) => b.gains[player] - a.gains[player]);
  const most = byGain[0];
  const least = byGain[byGain.length - 1];
  const parts: string[] = [];
  if (most && most.gains[player] > 0) parts.push(`gained most on ${most.name}`);
  if (least && least.gains[player] < 0) parts.push(`gave way most on ${least.name}`);
  if (parts.length > 0) text += `; ${many ? 'they' : 'it'} ${parts.join(' and ')}`;
  return `${text}.`;
}

function tableSentence(d: Debrief): string {
  const list = d.parties.map((p) => `${p.name} ${p.value} (no deal ${p.reservation})`).join(', ');
  return `Values of the outcome: ${list}.`;
}

function paretoSentence(d: Debrief): string {
  if (d.pareto.optimal) {
    return 'The outcome is Pareto-optimal: no package was as good for every party whose consent it needed and better for one.';
  }
  const gain = d.pareto.improvement!.gain;
  return `It is not Pareto-optimal: another package was at least as good for every party whose consent was needed, worth ${plural(gain, 'point')} more between them.`;
}

function nashSentence(d: Debrief): string {
  if (!d.nash) {
    return 'No package was better than no deal for every party whose consent was needed, so there was no Nash point.';
  }
  if (d.nash.distance === 0) return 'The outcome gives every consenting party its value at the Nash point.';
  const list = d.parties
    .filter((p) => d.consent.includes(p.party))
    .map((p) => `${p.name} ${p.nashValue}`)
    .join(', ');
  return `The Nash point would have given ${list}: ${plural(d.nash.distance, 'point')} away from this outcome.`;
}

function jointSentence(d: Debrief): string {
  const base = `Joint value: ${d.joint.value} of a best possible ${d.joint.best}`;
  return d.joint.leftOnTable > 0 ? `${base}, so ${d.joint.leftOnTable} were left on the table.` : `${base}.`;
}

export function buildSummary(sc: CompiledScenario, d: Debrief): string[] {
  return [
    outcomeSentence(sc, d),
    d.player ? partySentence(sc, d, d.player) : tableSentence(d),
    paretoSentence(d),
    nashSentence(d),
    jointSentence(d),
  ];
}
