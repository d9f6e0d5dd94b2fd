// The actions under the deal sheet: one button per action type (with its shortcut; only legal ones enabled), the
// issue and party a statement needs, and the error line. A button makes the intent (an Action) and hands it on;
// whether it is allowed is the Match's answer, shown here.
import type { Action, ActionType, CompiledScenario, GameState, Package, PartyId } from '../../session/live';
import { actionBar } from '../models/action-bar';
import { turnNotes } from '../models/turn-notes';
import { el, uid } from './dom';
import { button } from './screen';

export interface ActionsPanel {
  element: HTMLElement;
  /** Redraws for the state: whose move it is, which actions are legal, the issue and party choices. */
  render(input: {
    state: GameState;
    viewer: PartyId | null;
    toMove: PartyId | null;
    mine: boolean;
    legal: ActionType[];
  }): void;
  showError(message: string): void;
  /** Clicks the button of this action type if it is enabled now (the buttons are the single source of truth). */
  trigger(type: ActionType): boolean;
}

export function createActionsPanel(
  sc: CompiledScenario,
  viewer: () => PartyId | null,
  build: () => Package,
  onAction: (action: Action) => void,
): ActionsPanel {
  const title = el('h2', { attrs: { id: 'actions-title' } });
  const issueId = uid('action-issue');
  const partyId = uid('action-party');
  const issueSelect = el('select', { className: 'select', attrs: { id: issueId } });
  const partySelect = el('select', { className: 'select', attrs: { id: partyId } });
  const errorBox = el('p', { className: 'form-error', attrs: { role: 'alert' } });
  // Who still speaks this round, the deadline, what asking costs (models/turn-notes.ts).
  const notes = el('ul', { className: 'turn-notes', attrs: { 'aria-live': 'polite' } });
  const buttons = new Map<ActionType, HTMLButtonElement>();
  for (const b of actionBar([])) {
    const node = button(`${b.label}`, () => perform(b.type), 'button action-button', {
      'aria-keyshortcuts': b.keyLabel === 'Space' ? 'Space Enter' : b.keyLabel,
      'data-action': b.type,
    });
    node.replaceChildren(
      el('span', { text: b.label }),
      el('kbd', { text: b.keyLabel, attrs: { 'aria-hidden': 'true' } }),
    );
    buttons.set(b.type, node);
  }
  const element = el(
    'section',
    { className: 'actions', attrs: { 'aria-labelledby': 'actions-title', 'data-guide': 'actions' } },
    [
      title,
      notes,
      el('div', { className: 'action-params' }, [
        el('label', { text: 'Issue (reject, insist, concede)', attrs: { for: issueId } }),
        issueSelect,
        el('label', { text: 'Party (threaten, assure, ask, call)', attrs: { for: partyId } }),
        partySelect,
      ]),
      el('div', { className: 'action-grid' }, [...buttons.values()]),
      errorBox,
    ],
  );

  /** The intent a button stands for, with the issue, party or package it needs. */
  function perform(type: ActionType): void {
    errorBox.textContent = '';
    const party = viewer();
    if (party === null) return;
    const issue = issueSelect.value;
    const target = partySelect.value;
    let action: Action;
    switch (type) {
      case 'offer.propose':
        action = { type, party, package: { ...build() } };
        break;
      case 'offer.reject':
        action = issue ? { type, party, issue } : { type, party };
        break;
      case 'statement.insist':
      case 'statement.concede':
        action = { type, party, issue };
        break;
      case 'statement.threaten':
      case 'statement.assure':
      case 'ask.whatWouldItTake':
      case 'call.place':
        action = { type, party, target };
        break;
      default:
        action = { type, party } as Action;
    }
    onAction(action);
  }

  return {
    element,
    showError(message) {
      errorBox.textContent = message;
    },
    trigger(type) {
      const b = buttons.get(type);
      if (!b || b.disabled) return false;
      b.click();
      return true;
    },
    render({ state: s, viewer: who, toMove, mine, legal }) {
      const partyName = sc.parties.find((p) => p.id === who)?.name;
      title.textContent =
        who === null
          ? 'Watching'
          : mine
            ? `Your move, ${partyName}`
            : `Waiting for ${sc.parties.find((p) => p.id === toMove)?.name ?? 'the end'}`;
      for (const b of actionBar(legal)) buttons.get(b.type)!.disabled = !b.enabled;
      notes.replaceChildren(...turnNotes(sc, s, mine ? who : null, legal).map((n) => el('li', { text: n })));
      // Issue and party choices for the statements, kept when still valid.
      const agenda = sc.phases[s.phase]!.agenda;
      fillSelect(
        issueSelect,
        agenda.map((id) => ({ id, label: sc.issues.find((i) => i.id === id)!.name })),
      );
      const others = sc.parties.filter((p) => p.id !== who);
      // AI parties first: "what would it take?" can only ask them.
      others.sort((a, b) => Number(s.seats[b.id] === 'ai') - Number(s.seats[a.id] === 'ai'));
      fillSelect(
        partySelect,
        others.map((p) => ({ id: p.id, label: p.name })),
      );
      issueSelect.disabled = partySelect.disabled = !mine;
    },
  };
}

function fillSelect(select: HTMLSelectElement, items: { id: string; label: string }[]): void {
  const key = items.map((i) => i.id).join(',');
  if (select.dataset.key === key) return;
  const keep = select.value;
  select.dataset.key = key;
  select.replaceChildren(...items.map((i) => el('option', { text: i.label, attrs: { value: i.id } })));
  if (items.some((i) => i.id === keep)) select.value = keep;
}
