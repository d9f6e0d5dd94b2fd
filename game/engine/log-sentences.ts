// The log in words: one plain sentence per log entry, rendered from its data (the log itself holds no prose). Pure
// and deterministic; used by the transcript panel, the replay viewer, the debrief's turning points and the CLI's
// printer, so the game says each thing one way everywhere. The one table of stance-change causes lives here.
import { describePackage } from './flow';
import type { CompiledScenario, PartyId } from './scenario';
import type { ActionEntry, Answer, LogEntry, StanceEntry } from './state';

/** The statechart events that change a stance, in plain words ("after an offer"). World events: their headline. */
const CAUSES: Record<string, { one: string; many: string }> = {
  'offer.received': { one: 'an offer', many: 'an offer' },
  'offer.rejected': { one: 'a rejection of its offer', many: 'a rejection of their offer' },
  'offer.accepted': { one: 'an acceptance of its offer', many: 'an acceptance of their offer' },
  'threat.received': { one: 'a threat', many: 'a threat' },
  'assurance.received': { one: 'an assurance', many: 'an assurance' },
  'call.received': { one: 'a call', many: 'a call' },
  'round.elapsed': { one: 'time running on', many: 'time running on' },
  'phase.started': { one: 'a new phase', many: 'a new phase' },
};

const nameOf = (sc: CompiledScenario, id: PartyId | null): string =>
  sc.parties.find((p) => p.id === id)?.name ?? id ?? '';

/**
 * Whether a party's name takes a plural verb ("European allies propose"): its last word (before any bracket) ends
 * in a single "s" — "allies", "Powers" — except the names of states ("United States", "the Netherlands", …), which
 * are singular. A heuristic for the names scenarios use; a name it gets wrong reads as slightly odd English.
 */
export function pluralName(name: string): boolean {
  const words = name
    .replace(/\s*\(.*\)\s*$/, '')
    .trim()
    .split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (!/[^s']s$/i.test(last)) return false;
  return !/^(the )?(united|netherlands|philippines|bahamas|maldives|seychelles|comoros)/i.test(words.join(' '));
}

/** "European allies'" / "Ukraine's". */
export function possessive(name: string): string {
  return pluralName(name) ? `${name}'` : `${name}'s`;
}

/** The verb after a party's name: `verb(name, 'proposes', 'propose')`. */
const verb = (name: string, one: string, many: string): string => (pluralName(name) ? many : one);

/** A statechart event that changed a party's stance, in plain words; null when there was none. */
export function causeWords(sc: CompiledScenario, cause: string | null, party: PartyId | null = null): string | null {
  if (cause === null) return null;
  if (cause.startsWith('world.')) {
    const ev = sc.events.find((e) => e.id === cause.slice('world.'.length));
    return ev ? `the news: ${ev.headline}` : 'the news';
  }
  const words = CAUSES[cause];
  if (!words) return cause;
  return party !== null && pluralName(nameOf(sc, party)) ? words.many : words.one;
}

/** What a party asked "what would it take?" wants moved: "Ceasefire: Immediate ceasefire", … (empty: nothing). */
export function answerItems(sc: CompiledScenario, answer: Answer): string[] {
  return answer.issues.map((id) => describePackage(sc, { [id]: answer.package[id] ?? '' }));
}

/** The answer to "what would it take?" in one sentence. */
export function answerSentence(sc: CompiledScenario, answer: Answer): string {
  const items = answerItems(sc, answer);
  return `It would take ${items.length > 0 ? items.join('; ') : 'the offer as it stands'}.`;
}

function actionSentence(sc: CompiledScenario, e: ActionEntry, withAnswer: boolean): string {
  const name = nameOf(sc, e.party);
  const a = e.action;
  switch (a.type) {
    case 'offer.propose': {
      const broken = e.broken.map((id) => sc.issues.find((i) => i.id === id)?.name ?? id);
      const breaks = broken.length > 0 ? ` This breaks an earlier commitment (${broken.join(', ')}).` : '';
      return `${name} ${verb(name, 'proposes', 'propose')}: ${describePackage(sc, a.package)}.${breaks}`;
    }
    case 'offer.accept':
      return `${name} ${verb(name, 'accepts', 'accept')} the offer on the table.`;
    case 'offer.reject': {
      const issue = a.issue === undefined ? null : (sc.issues.find((i) => i.id === a.issue)?.name ?? a.issue);
      return `${name} ${verb(name, 'rejects', 'reject')} the offer on the table${issue ? ` (over ${issue})` : ''}.`;
    }
    case 'statement.insist':
    case 'statement.concede': {
      const issue = sc.issues.find((i) => i.id === a.issue)?.name ?? a.issue;
      const said =
        a.type === 'statement.insist' ? verb(name, 'insists on', 'insist on') : verb(name, 'concedes', 'concede');
      return `${name} ${said} ${issue}.`;
    }
    case 'statement.threaten':
      return `${name} ${verb(name, 'threatens', 'threaten')} ${nameOf(sc, a.target)}.`;
    case 'statement.assure':
      return `${name} ${verb(name, 'reassures', 'reassure')} ${nameOf(sc, a.target)}.`;
    case 'call.place':
      return `${name} ${verb(name, 'calls', 'call')} ${nameOf(sc, a.target)}.`;
    case 'ask.whatWouldItTake': {
      const question = `${name} ${verb(name, 'asks', 'ask')} ${nameOf(sc, a.target)} what it would take.`;
      return withAnswer && e.answer ? `${question} ${answerSentence(sc, e.answer)}` : question;
    }
    case 'party.walkOut':
      return `${name} ${verb(name, 'walks', 'walk')} out of the talks.`;
    case 'turn.pass':
      return `${name} ${verb(name, 'passes', 'pass')}.`;
  }
}

/** A change of stance: "Russian Federation moves from probing to firm (hardening) after an offer." */
export function stanceSentence(sc: CompiledScenario, e: StanceEntry): string {
  const name = nameOf(sc, e.party);
  const cause = causeWords(sc, e.cause, e.party);
  return `${name} ${verb(name, 'moves', 'move')} from ${e.from} to ${e.to} (${e.mood})${cause ? ` after ${cause}` : ''}.`;
}

export interface SentenceOptions {
  /** Questions: include the answer ("… what it would take. It would take …"). Default true. */
  answer?: boolean;
}

/** The entry as one or two plain sentences. */
export function logSentence(sc: CompiledScenario, e: LogEntry, options: SentenceOptions = {}): string {
  switch (e.kind) {
    case 'action':
      return actionSentence(sc, e, options.answer ?? true);
    case 'stance':
      return stanceSentence(sc, e);
    case 'said':
      return `${nameOf(sc, e.party)}: "${e.line.text}"`;
    case 'world': {
      const ev = sc.events.find((x) => x.id === e.event);
      return ev ? `${ev.headline}. ${ev.body}`.trim() : `World event: ${e.event}.`;
    }
    case 'phase': {
      const ph = sc.phases.find((p) => p.id === e.phase);
      if (!ph) return e.change === 'started' ? `Phase ${e.phase} begins.` : `Phase ${e.phase} ends without a deal.`;
      return e.change === 'started'
        ? `${ph.name}: ${ph.place}, ${ph.date}. ${ph.rounds} rounds.`
        : `${ph.name} ends without a deal.`;
    }
    case 'deal': {
      const ph = sc.phases.find((p) => p.id === e.phase);
      return `Deal struck in ${ph?.name ?? e.phase}: ${describePackage(sc, e.package)}.`;
    }
    case 'end': {
      if (e.outcome === 'agreement') return 'The talks end in an agreement.';
      if (e.outcome === 'walkout') {
        const name = nameOf(sc, e.party);
        return `${name} ${verb(name, 'walks', 'walk')} out. The talks are over.`;
      }
      return 'Time has run out. The talks end without a deal.';
    }
  }
}

/** The party an entry is about (who acted, spoke, changed stance or walked out); null for world, phase and deal. */
export function entryParty(e: LogEntry): PartyId | null {
  return e.kind === 'action' || e.kind === 'stance' || e.kind === 'said' || e.kind === 'end' ? e.party : null;
}
