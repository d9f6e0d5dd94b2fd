// The actions under the deal sheet: one button per action type (with its shortcut; only legal ones enabled), the
// issue and party a statement needs, and the error line. A button makes the intent (an Action) and hands it on;
// whether it is allowed is the Match's answer, shown here. Above the buttons, what the viewer can do in this phase
// (folded behind a toggle beside the title on 768 px laptops) and who still speaks; under them, why each greyed-out
// button is greyed out (each button is described by its reason for screen readers). Walking out asks first (it
// ends the summit).
import type { Action, ActionType, CompiledScenario, GameState, Package, PartyId } from '../../session/live';
import { actionBar } from '../models/action-bar';
import { actionsView, type RuleChecks, walkOutWarning } from '../models/action-reasons';
import { ASK_NOTE, turnNotes } from '../models/turn-notes';
import { confirmDialog } from './dialog';
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
    /** The computer's turns are running. */
    aiPlaying: boolean;
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
  rules: RuleChecks,
  state: () => GameState,
): ActionsPanel {
  const title = el('h2', { attrs: { id: 'actions-title' } });
  const phaseLine = el('p', { className: 'action-phase', attrs: { id: uid('action-phase') } });
  const reasonList = el('ul', {
    className: 'action-reasons',
    attrs: { 'aria-label': 'Why some actions are greyed out' },
  });
  let confirming = false;
  const issueId = uid('action-issue');
  const partyId = uid('action-party');
  const issueSelect = el('select', { className: 'select', attrs: { id: issueId } });
  const partySelect = el('select', { className: 'select', attrs: { id: partyId } });
  const errorBox = el('p', { className: 'form-error', attrs: { role: 'alert' } });
  // Who still speaks this round, the deadline, what asking costs (models/turn-notes.ts).
  const notes = el('ul', { className: 'turn-notes', attrs: { 'aria-live': 'polite' } });
  // On a short screen (768 px laptops) what the phase allows and what asking costs are folded behind a toggle
  // beside the title, so the deal sheet, the buttons and the latest line fit together; styles.css shows the
  // toggle only there (elsewhere the fold is always open). Who still speaks and the last-round warning stay out.
  const infoId = uid('action-info');
  const askNote = el('p', { className: 'ask-note', text: ASK_NOTE });
  const info = el('div', { className: 'action-info', attrs: { id: infoId } }, [phaseLine, askNote]);
  const infoToggle = el('button', {
    className: 'button button-small action-info-toggle',
    text: 'What you can do',
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': infoId },
  });
  infoToggle.addEventListener('click', () => {
    const open = infoToggle.getAttribute('aria-expanded') !== 'true';
    infoToggle.setAttribute('aria-expanded', String(open));
    info.classList.toggle('action-info-open', open);
  });
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
      el('div', { className: 'actions-head' }, [title, infoToggle]),
      info,
      notes,
      el('div', { className: 'action-params' }, [
        // Short visible labels (the dock must fit a 768 px screen); the whole label for screen readers and hover.
        el('label', { attrs: { for: issueId, title: 'For reject, insist and concede' } }, [
          document.createTextNode('Issue'),
          el('span', { className: 'visually-hidden', text: ' (reject, insist, concede)' }),
        ]),
        issueSelect,
        el('label', { attrs: { for: partyId, title: 'For threaten, assure, ask and call' } }, [
          document.createTextNode('Party'),
          el('span', { className: 'visually-hidden', text: ' (threaten, assure, ask, call)' }),
        ]),
        partySelect,
      ]),
      el('div', { className: 'action-grid' }, [...buttons.values()]),
      reasonList,
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
      case 'party.walkOut':
        confirmWalkOut(party);
        return;
      default:
        action = { type, party } as Action;
    }
    onAction(action);
  }

  /** Walking out ends the summit: say so and ask, then walk out only on "Walk out". */
  function confirmWalkOut(party: PartyId): void {
    if (confirming) return;
    confirming = true;
    const warning = walkOutWarning(sc, state(), party);
    const host = element.closest('#ui') ?? document.body;
    confirmDialog(host as HTMLElement, { ...warning, confirm: 'Walk out', cancel: 'Stay at the table' }).then((yes) => {
      confirming = false;
      // Still this party's move (nothing else can happen while the dialog is open, but be sure).
      if (yes && viewer() === party) onAction({ type: 'party.walkOut', party });
    });
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
    render({ state: s, viewer: who, toMove, mine, legal, aiPlaying }) {
      const partyName = sc.parties.find((p) => p.id === who)?.name;
      title.textContent =
        who === null
          ? 'Watching'
          : mine
            ? `Your move, ${partyName}`
            : `Waiting for ${sc.parties.find((p) => p.id === toMove)?.name ?? 'the end'}`;
      const view = actionsView(sc, s, who, legal, rules, aiPlaying);
      phaseLine.textContent = view.phaseLine ?? '';
      phaseLine.hidden = view.phaseLine === null;
      const key = JSON.stringify(view.reasons);
      if (reasonList.dataset.key !== key) {
        reasonList.dataset.key = key;
        reasonList.replaceChildren(
          ...view.reasons.map((r, i) =>
            el('li', { text: r.text, attrs: { id: `action-reason-${i}`, 'data-types': r.types.join(' ') } }),
          ),
        );
      }
      reasonList.hidden = view.reasons.length === 0;
      for (const b of view.buttons) {
        const node = buttons.get(b.type)!;
        node.disabled = !b.enabled;
        const index = view.reasons.findIndex((r) => r.types.includes(b.type));
        if (b.enabled || index < 0) {
          node.removeAttribute('aria-describedby');
          node.removeAttribute('title');
        } else {
          node.setAttribute('aria-describedby', `action-reason-${index}`);
          node.title = b.reason ?? '';
        }
      }
      const noted = turnNotes(sc, s, mine ? who : null, legal);
      askNote.hidden = !noted.includes(ASK_NOTE);
      notes.replaceChildren(...noted.filter((n) => n !== ASK_NOTE).map((n) => el('li', { text: n })));
      notes.hidden = notes.childElementCount === 0;
      infoToggle.hidden = phaseLine.hidden && askNote.hidden;
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
