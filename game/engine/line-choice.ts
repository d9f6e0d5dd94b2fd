// Which line an AI party says with its decision. Up to rules revision 3: its stance's lines of the action's key,
// chosen by turn, whatever they say. From revision 4 on, a line that declares what it is about (`about`: issue →
// the options it names) is said only when it fits what it goes with:
//   a proposal, an acceptance, an answer to "what would it take?": the package proposed, accepted or asked for
//     holds one of the named options on every issue the line names;
//   a rejection: the rejected package holds them (they are what is refused);
//   insisting or conceding: the line names the issue insisted on or conceded (its options are not checked).
// Lines that fit and name something come first (a rejection's own issue first of all), then lines that name
// nothing (they fit anything); among them the turn chooses, as before, so no PRNG draw is needed. When no line
// fits a proposal, acceptance, rejection or answer, the entry is marked `plainLine` and the party says a plain
// sentence generated from the package (log-sentences.ts plainLine): what it says never contradicts the offer.
import type { Action, ActionType } from './actions';
import { lookup } from './lookup';
import { own } from './own';
import type { CompiledScenario, IssueId, Line, LineKey, Package, PartyId } from './scenario';
import type { GameState, SpokenLine } from './state';

/** What a line goes with: the package judged (proposed, accepted, rejected, asked for) and the issue named. */
export interface LineContext {
  kind: LineKey;
  package: Package | null;
  issue: IssueId | null;
}

/** The kinds of line whose words must fit a package: with no fitting line, a plain sentence is said instead. */
export const PACKAGE_KINDS: readonly LineKey[] = ['propose', 'accept', 'reject', 'answer'];

/** Whether a line fits what it goes with (see the module header). */
export function lineFits(line: Line, ctx: LineContext): boolean {
  const about = line.about;
  if (about === undefined) return true;
  const issues = Object.keys(about);
  if (issues.length === 0) return true;
  if (ctx.kind === 'insist' || ctx.kind === 'concede') return ctx.issue !== null && issues.includes(ctx.issue);
  if (!PACKAGE_KINDS.includes(ctx.kind)) return true;
  if (ctx.package === null) return false;
  for (const issue of issues) {
    const option = own(ctx.package, issue);
    if (option === undefined || !(about[issue] ?? []).includes(option)) return false;
  }
  return true;
}

/** The line chosen from a bank (null: none fits), by the order in the module header. */
export function pickLine(lines: readonly Line[], ctx: LineContext, turn: number): Line | null {
  const fitting = lines.filter((l) => lineFits(l, ctx));
  const named = (l: Line) => l.about !== undefined && Object.keys(l.about).length > 0;
  const own_ = ctx.issue !== null ? fitting.filter((l) => named(l) && l.about![ctx.issue!] !== undefined) : [];
  const specific = fitting.filter(named);
  const pool = own_.length > 0 ? own_ : specific.length > 0 ? specific : fitting;
  if (pool.length === 0) return null;
  return pool[turn % pool.length]!;
}

/** The line key an action is spoken with (the AI's lines, and the lines that must fit the action's package). */
export const LINE_KEY_OF: Record<ActionType, LineKey> = {
  'offer.propose': 'propose',
  'offer.accept': 'accept',
  'offer.reject': 'reject',
  'statement.insist': 'insist',
  'statement.concede': 'concede',
  'statement.threaten': 'threaten',
  'statement.assure': 'assure',
  'ask.whatWouldItTake': 'answer', // spoken by the party asked
  'call.place': 'call',
  'party.walkOut': 'walkout',
  'turn.pass': 'pass',
};

/** What an action's line goes with, in the state before the action: `asked` is the answer to a question. */
export function lineContext(s: GameState, a: Action, asked: Package | null = null): LineContext {
  const kind = LINE_KEY_OF[a.type];
  switch (a.type) {
    case 'offer.propose':
      return { kind, package: a.package, issue: null };
    case 'offer.accept':
      return { kind, package: s.table?.package ?? null, issue: null };
    case 'offer.reject':
      return { kind, package: s.table?.package ?? null, issue: a.issue ?? null };
    case 'statement.insist':
    case 'statement.concede':
      return { kind, package: null, issue: a.issue };
    case 'ask.whatWouldItTake':
      return { kind, package: asked, issue: null };
    default:
      return { kind, package: s.table?.package ?? null, issue: null };
  }
}

export const spoken = (line: Line): SpokenLine =>
  line.source !== undefined
    ? { text: line.text, source: line.source, simulated: line.simulated }
    : { text: line.text, simulated: line.simulated };

/**
 * The line an AI party says now (revision 4's choice): `line` null and `plain` true when none of its stance's lines
 * fits a package it must answer to (a plain sentence is said instead); both empty when it says nothing.
 */
export function chooseLine(
  sc: CompiledScenario,
  s: GameState,
  party: PartyId,
  ctx: LineContext,
): { line: SpokenLine | null; plain: boolean } {
  if (s.seats[party] !== 'ai') return { line: null, plain: false };
  const stance = lookup(sc).party.get(party)?.ai.states[s.ai[party]!.value];
  const line = pickLine(stance?.lines[ctx.kind] ?? [], ctx, s.turn);
  if (line) return { line: spoken(line), plain: false };
  return { line: null, plain: PACKAGE_KINDS.includes(ctx.kind) && ctx.package !== null };
}
