// Why an action button is greyed out, and what the viewer can do in this phase, before they try. Plain data from
// the engine's own legality checks (the session hands them in as `rules`): the reason for a disabled button is the
// sentence checkAction gives for that action now, and the phase's line lists what legalActionTypes allows the viewer
// when it is their turn in this phase. Nothing here re-states a rule; a rule changed in the engine changes the words.
import type { Action, ActionType, CompiledScenario, GameState, PartyId } from '../../engine/index';
import { partyPlural } from '../../session/live';
import { actionBar } from './action-bar';

/** The engine's legality checks, as the session exposes them. */
export interface RuleChecks {
  checkAction(sc: CompiledScenario, s: GameState, a: Action): { message: string } | null;
  legalActionTypes(sc: CompiledScenario, s: GameState, party: PartyId): ActionType[];
}

export interface ActionState {
  type: ActionType;
  enabled: boolean;
  /** One sentence: why the button is disabled (null when it is enabled). */
  reason: string | null;
}

export interface ActionsView {
  /** What the viewer can do in this phase, in words ("… is not in the room at …: you can …"); null when watching. */
  phaseLine: string | null;
  /** Each button, in the action bar's order. */
  buttons: ActionState[];
  /** The distinct reasons, in button order, each with the buttons it covers (the visible list under the buttons). */
  reasons: { text: string; types: ActionType[] }[];
}

/** How each action reads in "you can …" (a verb phrase). */
const DOING: Record<ActionType, string> = {
  'offer.propose': 'propose a package',
  'offer.accept': 'accept the offer on the table',
  'offer.reject': 'reject it',
  'statement.insist': 'insist on an issue',
  'statement.concede': 'concede one',
  'statement.threaten': 'threaten a delegation',
  'statement.assure': 'reassure one',
  'ask.whatWouldItTake': 'ask what it would take',
  'call.place': 'call a delegation',
  'party.walkOut': 'walk out',
  'turn.pass': 'pass',
};

/** "a, b and c" */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The action of this type the viewer could take now, with a valid issue, target and package where it needs one. */
function probe(sc: CompiledScenario, s: GameState, party: PartyId, type: ActionType): Action {
  const phase = sc.phases[s.phase]!;
  const issue = phase.agenda[0] ?? sc.issues[0]?.id ?? '';
  const others = sc.parties.filter((p) => p.id !== party);
  // "What would it take?" can only ask the computer's parties: probe one when there is one.
  const target = (others.find((p) => s.seats[p.id] === 'ai') ?? others[0])?.id ?? party;
  const pkg = Object.fromEntries(phase.agenda.map((id) => [id, sc.issues.find((i) => i.id === id)!.statusQuo]));
  switch (type) {
    case 'offer.propose':
      return { type, party, package: pkg };
    case 'offer.reject':
      return { type, party };
    case 'statement.insist':
    case 'statement.concede':
      return { type, party, issue };
    case 'statement.threaten':
    case 'statement.assure':
    case 'ask.whatWouldItTake':
    case 'call.place':
      return { type, party, target };
    default:
      return { type, party } as Action;
  }
}

/** The state as it would be with `party` to speak in this phase (null when it does not speak in this phase). */
function atItsTurn(sc: CompiledScenario, s: GameState, party: PartyId): GameState | null {
  const index = sc.phases[s.phase]!.order.indexOf(party);
  return index < 0 ? null : { ...s, speakerIndex: index };
}

/** The line that says what the viewer can do in this phase, from the engine's legal actions at its turn. */
function phaseLine(sc: CompiledScenario, s: GameState, viewer: PartyId, rules: RuleChecks): string {
  const phase = sc.phases[s.phase]!;
  const name = sc.parties.find((p) => p.id === viewer)?.name ?? viewer;
  // "European allies are not in the room …: on their turn they can …" (the party's `plural`).
  const many = partyPlural(sc, viewer);
  const [is, its, it] = many ? ['are', 'their', 'they'] : ['is', 'its', 'it'];
  const turn = atItsTurn(sc, s, viewer);
  if (!turn) return `${name} ${many ? 'do' : 'does'} not speak in ${phase.name}.`;
  const legal = rules.legalActionTypes(sc, turn, viewer);
  const can = actionBar(legal)
    .filter((b) => b.enabled)
    .map((b) => DOING[b.type]);
  const room = phase.inRoom.includes(viewer);
  if (!room) return `${name} ${is} not in the room at ${phase.place}: on ${its} turn ${it} can ${listWords(can)}.`;
  // In the room everything is open (accept and reject once an offer of another is on the table): say it short.
  const all = actionBar([]).filter((b) => b.type !== 'offer.accept' && b.type !== 'offer.reject');
  if (all.every((b) => legal.includes(b.type))) {
    return `${name} ${is} in the room at ${phase.place} and can do everything on ${its} turn: propose, answer an offer, make statements, call, ask, walk out or pass.`;
  }
  return `In the room at ${phase.place}, on ${its} turn ${name} can ${listWords(can)}.`;
}

/**
 * The action buttons for the viewer now: enabled exactly when `legal` says so (the Match's answer), and for each
 * disabled one the engine's reason. `aiPlaying`: the computer's turns are running (the viewer waits).
 */
export function actionsView(
  sc: CompiledScenario,
  s: GameState,
  viewer: PartyId | null,
  legal: readonly ActionType[],
  rules: RuleChecks,
  aiPlaying: boolean,
): ActionsView {
  const bar = actionBar(legal);
  if (viewer === null) {
    const text = 'You are watching: the delegations play by themselves.';
    return {
      phaseLine: null,
      buttons: bar.map((b) => ({ type: b.type, enabled: false, reason: text })),
      reasons: [{ text, types: bar.map((b) => b.type) }],
    };
  }
  const buttons = bar.map((b): ActionState => {
    if (b.enabled) return { type: b.type, enabled: true, reason: null };
    const problem = rules.checkAction(sc, s, probe(sc, s, viewer, b.type));
    let reason = problem?.message ?? null;
    // Legal by the engine but not offered: the computer is still playing its turns.
    if (reason === null && aiPlaying) reason = 'The other delegations are still speaking.';
    if (reason === null) reason = 'Not your move yet.';
    return { type: b.type, enabled: false, reason };
  });
  return { phaseLine: phaseLine(sc, s, viewer, rules), buttons, reasons: mergedReasons(buttons) };
}

/** "… and cannot propose." said for one action: the part before the verb, and the verb (one word, or "walk out"). */
const CANNOT = /^(.+ cannot) (\w+|walk out)\.$/;

/**
 * The reasons under the buttons, each said once: the same sentence for several buttons is one item, and sentences
 * that differ only in the action that cannot be taken are one sentence ("Ukraine is not in the room at … and
 * cannot propose, accept, reject or walk out."), instead of four nearly alike.
 */
function mergedReasons(buttons: readonly ActionState[]): ActionsView['reasons'] {
  const groups: { head: string | null; text: string; verbs: string[]; types: ActionType[] }[] = [];
  for (const b of buttons) {
    if (b.reason === null) continue;
    const m = CANNOT.exec(b.reason);
    const head = m ? m[1]! : null;
    const same = groups.find((g) => (head !== null ? g.head === head : g.text === b.reason));
    if (same) {
      if (m && !same.verbs.includes(m[2]!)) same.verbs.push(m[2]!);
      same.types.push(b.type);
    } else groups.push({ head, text: b.reason, verbs: m ? [m[2]!] : [], types: [b.type] });
  }
  return groups.map((g) => ({ text: g.head !== null ? `${g.head} ${orWords(g.verbs)}.` : g.text, types: g.types }));
}

/** "a", "a or b", "a, b or c". */
function orWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** What walking out ends, by the rules (party.walkOut ends the game: rules.ts), for the confirmation. */
export function walkOutWarning(sc: CompiledScenario, s: GameState, viewer: PartyId): { title: string; body: string } {
  const name = sc.parties.find((p) => p.id === viewer)?.name ?? viewer;
  const phase = sc.phases[s.phase]!;
  const later = sc.phases.slice(s.phase + 1).map((p) => p.name);
  const rest =
    later.length === 0
      ? `This is the last phase: the summit ends here without a final agreement.`
      : `The summit ends here, not only ${phase.name}: ${listWords(later)} will not be held.`;
  return {
    title: `Walk out of the talks as ${name}?`,
    body: `${rest} The deals already struck stand; nothing more can be agreed, and the game goes to its end screen.`,
  };
}
