// The log in words: one plain sentence per log entry, rendered from its data (the log itself holds no prose). Pure
// and deterministic; used by the transcript panel, the replay viewer, the debrief's turning points and the CLI's
// printer, so the game says each thing one way everywhere. The one table of stance-change causes lives here.
import { describePackage } from './flow';
import type { CompiledScenario, Mood, PartyId } from './scenario';
import type { ActionEntry, Answer, LogEntry, SpokenLine, StanceEntry } from './state';

/**
 * The statechart events that change a stance, in plain words, as the clause after the change ("after an offer",
 * "as time ran short"). World events: their headline; the start of a phase: its name.
 */
const CAUSES: Record<string, { one: string; many: string }> = {
  'offer.received': { one: 'after an offer', many: 'after an offer' },
  'offer.rejected': { one: 'after its offer was rejected', many: 'after their offer was rejected' },
  'offer.accepted': { one: 'after its offer was accepted', many: 'after their offer was accepted' },
  'threat.received': { one: 'after a threat', many: 'after a threat' },
  'assurance.received': { one: 'after an assurance', many: 'after an assurance' },
  'call.received': { one: 'after a call', many: 'after a call' },
  'round.elapsed': { one: 'as time ran short', many: 'as time ran short' },
};

/** A stance's mood in words for people: "taking a hard line" rather than "maximalist". */
export const MOOD_WORDS: Record<Mood, string> = {
  maximalist: 'taking a hard line',
  probing: 'sounding out the others',
  bargaining: 'ready to bargain',
  closing: 'ready to close a deal',
  walkout: 'ready to walk out',
};

/** "pressing (taking a hard line)": a stance's name and what its mood means. */
export function stanceWords(stance: string, mood: Mood | null | undefined): string {
  return mood ? `${stance} (${MOOD_WORDS[mood]})` : stance;
}

const partyById = (sc: CompiledScenario, id: PartyId | null) => sc.parties.find((p) => p.id === id);

const nameOf = (sc: CompiledScenario, id: PartyId | null): string => partyById(sc, id)?.name ?? id ?? '';

/** pluralName's answers by name (a pure function of the name; the AI asks on every turn). */
const pluralNames = new Map<string, boolean>();

/**
 * Whether a party's name takes a plural verb ("European allies propose"), when the scenario does not say (a
 * party's `plural`): its last word (before any bracket) ends in a single "s" — "allies", "Powers" — except the
 * names of states ("United States", "the Netherlands", …), which are singular.
 */
export function pluralName(name: string): boolean {
  let plural = pluralNames.get(name);
  if (plural === undefined) {
    plural = guessPlural(name);
    if (pluralNames.size >= 1000) pluralNames.clear();
    pluralNames.set(name, plural);
  }
  return plural;
}

function guessPlural(name: string): boolean {
  const words = name
    .replace(/\s*\(.*\)\s*$/, '')
    .trim()
    .split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (!/[^s']s$/i.test(last)) return false;
  return !/^(the )?(united|netherlands|philippines|bahamas|maldives|seychelles|comoros)/i.test(words.join(' '));
}

/** Whether the party's name takes a plural verb: the scenario's `plural`, else the guess from its name. */
export function partyPlural(sc: CompiledScenario, id: PartyId | null): boolean {
  const p = partyById(sc, id);
  if (p?.plural !== undefined) return p.plural;
  return pluralName(p?.name ?? id ?? '');
}

/** "European allies'" / "Ukraine's" / "United States'" (a name ending in "s" takes the apostrophe alone). */
export function possessive(name: string, plural = pluralName(name)): string {
  return plural || /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** A party's name in the possessive, by its grammar. */
export const partyPossessive = (sc: CompiledScenario, id: PartyId): string =>
  possessive(nameOf(sc, id), partyPlural(sc, id));

/** The verb after a party: `verbOf(sc, party, 'proposes', 'propose')`. */
export const verbOf = (sc: CompiledScenario, party: PartyId | null, one: string, many: string): string =>
  partyPlural(sc, party) ? many : one;

/** A statechart event that changed a party's stance, as a clause for people ("after an offer"); null when none. */
export function causeWords(
  sc: CompiledScenario,
  cause: string | null,
  party: PartyId | null = null,
  phase: string | null = null,
): string | null {
  if (cause === null) return null;
  if (cause.startsWith('world.')) {
    const ev = sc.events.find((e) => e.id === cause.slice('world.'.length));
    return ev ? `after the news: ${ev.headline}` : 'after the news';
  }
  if (cause === 'phase.started') {
    const i = sc.phases.findIndex((p) => p.id === phase);
    if (i === 0) return 'when the talks began';
    return i > 0 ? `when ${lowerFirst(sc.phases[i]!.name)} began` : 'when a new session began';
  }
  const words = CAUSES[cause];
  if (!words) return 'after the talks moved on';
  return partyPlural(sc, party) ? words.many : words.one;
}

/** lowerFirst's answers by name (a pure function of the name; every AI reason names its stance's cause). */
const lowered = new Map<string, string>();

/** A phase's name inside a sentence: "The Anchorage summit (…)" → "the Anchorage summit" (a leading article only). */
function lowerFirst(name: string): string {
  let out = lowered.get(name);
  if (out === undefined) {
    out = name.replace(/\s*\(.*\)\s*$/, '').replace(/^(The|A|An) /, (w) => w.toLowerCase());
    if (lowered.size >= 1000) lowered.clear();
    lowered.set(name, out);
  }
  return out;
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
  const verb = (one: string, many: string) => verbOf(sc, e.party, one, many);
  const a = e.action;
  switch (a.type) {
    case 'offer.propose': {
      const broken = e.broken.map((id) => sc.issues.find((i) => i.id === id)?.name ?? id);
      const breaks = broken.length > 0 ? ` This breaks an earlier commitment (${broken.join(', ')}).` : '';
      return `${name} ${verb('proposes', 'propose')}: ${describePackage(sc, a.package)}.${breaks}`;
    }
    case 'offer.accept':
      return `${name} ${verb('accepts', 'accept')} the offer on the table.`;
    case 'offer.reject': {
      const issue = a.issue === undefined ? null : (sc.issues.find((i) => i.id === a.issue)?.name ?? a.issue);
      return `${name} ${verb('rejects', 'reject')} the offer on the table${issue ? ` (over ${issue})` : ''}.`;
    }
    case 'statement.insist':
    case 'statement.concede': {
      const issue = sc.issues.find((i) => i.id === a.issue)?.name ?? a.issue;
      const said = a.type === 'statement.insist' ? verb('insists on', 'insist on') : verb('concedes', 'concede');
      return `${name} ${said} ${issue}.`;
    }
    case 'statement.threaten':
      return `${name} ${verb('threatens', 'threaten')} ${nameOf(sc, a.target)}.`;
    case 'statement.assure':
      return `${name} ${verb('reassures', 'reassure')} ${nameOf(sc, a.target)}.`;
    case 'call.place':
      return `${name} ${verb('calls', 'call')} ${nameOf(sc, a.target)}.`;
    case 'ask.whatWouldItTake': {
      const they = partyPlural(sc, a.target) ? 'they' : 'it';
      const question = `${name} ${verb('asks', 'ask')} ${nameOf(sc, a.target)} what ${they} would take.`;
      return withAnswer && e.answer ? `${question} ${answerSentence(sc, e.answer)}` : question;
    }
    case 'party.walkOut':
      return `${name} ${verb('walks', 'walk')} out of the talks.`;
    case 'turn.pass':
      return `${name} ${verb('passes', 'pass')}.`;
  }
}

/** A change of stance: "Russian Federation is now ready to bargain (stance: bargaining), after an offer." */
export function stanceSentence(sc: CompiledScenario, e: StanceEntry): string {
  const name = nameOf(sc, e.party);
  const cause = causeWords(sc, e.cause, e.party, e.phase);
  const is = verbOf(sc, e.party, 'is', 'are');
  return `${name} ${is} now ${MOOD_WORDS[e.mood] ?? e.mood} (stance: ${e.to}, was ${e.from})${cause ? `, ${cause}` : ''}.`;
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
        return `${nameOf(sc, e.party)} ${verbOf(sc, e.party, 'walks', 'walk')} out. The talks are over.`;
      }
      return 'Time has run out. The talks end without a deal.';
    }
  }
}

/** The party an entry is about (who acted, spoke, changed stance or walked out); null for world, phase and deal. */
export function entryParty(e: LogEntry): PartyId | null {
  return e.kind === 'action' || e.kind === 'stance' || e.kind === 'said' || e.kind === 'end' ? e.party : null;
}

/** "Territory (Freeze on the line of contact)": an issue and the option a package holds on it. */
function item(sc: CompiledScenario, issue: string, option: string | undefined): string {
  const iss = sc.issues.find((i) => i.id === issue);
  const label = iss?.options.find((o) => o.id === option)?.label ?? option ?? '';
  return `${iss?.name ?? issue} (${label})`;
}

const joinAnd = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The issues of a package that weigh most for the party in its reason (largest weighted points first). */
function mainIssues(e: ActionEntry, pkg: Record<string, string>, n: number): string[] {
  const points = e.answer?.reason.perIssue ?? e.reason?.perIssue ?? {};
  return Object.keys(pkg)
    .filter((id) => (points[id] ?? 0) > 0)
    .sort((a, b) => (points[b] ?? 0) - (points[a] ?? 0))
    .slice(0, n);
}

/**
 * The plain sentence an AI party says when none of its lines fits the package (rules revision 4, an entry marked
 * `plainLine`): made from the entry's own data, so it always says what the offer says.
 */
export function plainLine(sc: CompiledScenario, e: ActionEntry): string {
  const a = e.action;
  switch (a.type) {
    case 'offer.propose': {
      const main = mainIssues(e, a.package, 2).map((id) => item(sc, id, a.package[id]));
      return main.length > 0 ? `What matters most to us here: ${joinAnd(main)}.` : 'This is what we can offer.';
    }
    case 'offer.accept': {
      const pkg = e.reason ? Object.fromEntries(Object.keys(e.reason.perIssue).map((id) => [id, ''])) : {};
      const main = mainIssues(e, pkg, 1);
      return main.length > 0
        ? `We can accept this: ${sc.issues.find((i) => i.id === main[0])?.name ?? main[0]} is settled in a way we can live with.`
        : 'We can accept this.';
    }
    case 'offer.reject': {
      const red = e.reason?.redLine;
      if (red) return `We cannot accept ${item(sc, red.issue, red.option)}: that is a red line for us.`;
      if (a.issue !== undefined) {
        const name = sc.issues.find((i) => i.id === a.issue)?.name ?? a.issue;
        return `We cannot accept what this offer says on ${name}.`;
      }
      return 'We cannot accept this package as it stands.';
    }
    case 'ask.whatWouldItTake': {
      const items = e.answer ? e.answer.issues.map((id) => item(sc, id, e.answer!.package[id])) : [];
      return items.length > 0 ? `We would need ${joinAnd(items)}.` : 'We could accept the offer as it stands.';
    }
    default:
      return '';
  }
}

/** What a party says with an action entry, or in a 'said' entry: its line, or its plain sentence; null: nothing. */
export function spokenLine(sc: CompiledScenario, e: LogEntry): SpokenLine | null {
  if (e.kind === 'said') return e.line;
  if (e.kind !== 'action') return null;
  if (e.line) return e.line;
  if (e.plainLine) {
    const text = plainLine(sc, e);
    return text ? { text, simulated: true } : null;
  }
  return null;
}

/**
 * What a statement or a call did, for the transcript under it: the figures it moved ("What changed: Russian
 * Federation's trust in Ukraine 40 → 35."), or that it moved none; null for other actions. Changes of stance it
 * caused follow as entries of their own.
 */
export function effectsSentence(sc: CompiledScenario, e: ActionEntry): string | null {
  const t = e.action.type;
  if (t === 'statement.insist' || t === 'statement.concede') {
    return 'On the record for every delegation to see; it moves no figure.';
  }
  if (t !== 'statement.threaten' && t !== 'statement.assure' && t !== 'call.place') return null;
  const fx = e.effects ?? [];
  if (fx.length === 0) return 'No figure changed (trust is already at its limit).';
  const items = fx.map((f) =>
    f.kind === 'trust'
      ? `${partyPossessive(sc, f.from)} trust in ${nameOf(sc, f.to)} ${f.before} → ${f.after}`
      : `${partyPossessive(sc, f.party)} no-deal value ${f.before} → ${f.after}`,
  );
  return `What changed: ${items.join('; ')}.`;
}
