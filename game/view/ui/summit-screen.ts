// The summit panel beside the canvas: header (phase, date, place, round, speaker), the deal sheet with the
// package builder, the actions (buttons with shortcuts; only legal ones enabled), hints on easy, the confidential
// brief and the transcript. It emits actions; the flow controller applies them through the session.
import type { Action, ActionType, GameState, LiveGame, Package, PartyId } from '../../session/live';
import { whatWouldItTake } from '../../session/live';
import { actionBar } from '../models/action-bar';
import { type DealSheetView, dealSheet, initialBuild } from '../models/deal-sheet';
import { helpLevel } from '../models/difficulty';
import { el, uid } from './dom';
import { button, paragraphs } from './screen';
import { createTranscript } from './transcript-panel';

export interface SummitHandlers {
  onAction(action: Action): void;
  onSkip(): void;
  onToggleMap(): void;
  onLeave(): void;
  onBuild(pkg: Package): void;
  /** Downloads the game so far as a replay file (an unfinished game too). */
  onDownloadReplay?(): void;
}

export interface SummitScreen {
  element: HTMLElement;
  /** Redraws for the game's current state, seen by `viewer` (null: watching). */
  render(viewer: PartyId | null, aiPlaying: boolean): void;
  showError(message: string): void;
  /** The action a shortcut key asks for, if it is enabled now (the buttons are the single source of truth). */
  trigger(type: ActionType): boolean;
  build(): Package;
}

export function createSummitScreen(game: LiveGame, h: SummitHandlers): SummitScreen {
  const sc = game.scenario;
  const help = helpLevel(game.difficulty);
  let viewer: PartyId | null = null;
  let build: Package = {};
  let buildKey = '';

  const phaseTitle = el('h1', { className: 'side-title', attrs: { id: 'summit-title' } });
  const when = el('p', { className: 'muted' });
  const round = el('p', { className: 'round' });
  const skip = button('Skip AI turns (Esc)', h.onSkip, 'button button-small', { 'aria-keyshortcuts': 'Escape' });
  const mapButton = button('Map (M)', h.onToggleMap, 'button button-small', {
    'aria-keyshortcuts': 'M',
    'data-guide': 'map',
  });
  const leave = button('Title', h.onLeave, 'button button-quiet button-small');
  const download = h.onDownloadReplay
    ? [
        button('Save replay', h.onDownloadReplay, 'button button-quiet button-small', {
          title: 'Download the game so far',
        }),
      ]
    : [];

  // Deal sheet.
  const tableStatus = el('p', { className: 'table-status' });
  const tableMeter = meter('Your value of the package on the table');
  const builtMeter = meter('Your value of the package you are building');
  const rows = el('tbody');
  const committed = el('p', { className: 'hint' });
  const moods = el('ul', { className: 'moods' });
  const hints = el('div', { className: 'hints' });
  const dealSheetEl = el(
    'section',
    { className: 'deal-sheet', attrs: { 'aria-labelledby': 'deal-title', 'data-guide': 'deal' } },
    [
      el('h2', { text: 'Deal sheet', attrs: { id: 'deal-title' } }),
      tableStatus,
      tableMeter.element,
      el('table', { className: 'deal-table' }, [
        el('caption', {
          className: 'visually-hidden',
          text: 'Agenda issues: the package on the table and your package',
        }),
        el('thead', {}, [
          el('tr', {}, [
            el('th', { text: 'Issue', attrs: { scope: 'col' } }),
            el('th', { text: 'On the table', attrs: { scope: 'col' } }),
            el('th', { text: 'Your package', attrs: { scope: 'col' } }),
          ]),
        ]),
        rows,
      ]),
      builtMeter.element,
      committed,
      moods,
      hints,
    ],
  );

  // Actions.
  const actionsTitle = el('h2', { attrs: { id: 'actions-title' } });
  const issueId = uid('action-issue');
  const partyId = uid('action-party');
  const issueSelect = el('select', { className: 'select', attrs: { id: issueId } });
  const partySelect = el('select', { className: 'select', attrs: { id: partyId } });
  const errorBox = el('p', { className: 'form-error', attrs: { role: 'alert' } });
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
  const actionsEl = el(
    'section',
    { className: 'actions', attrs: { 'aria-labelledby': 'actions-title', 'data-guide': 'actions' } },
    [
      actionsTitle,
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

  const brief = el('details', { className: 'brief-box' });
  const transcript = createTranscript(sc);

  const element = el('section', { className: 'side-panel summit', attrs: { 'aria-labelledby': 'summit-title' } }, [
    el('header', { className: 'side-header summit-header' }, [
      el('div', { className: 'header-text' }, [phaseTitle, when, round]),
      el('div', { className: 'header-buttons' }, [skip, mapButton, ...download, leave]),
    ]),
    el('div', { className: 'side-scroll' }, [dealSheetEl, actionsEl, brief, transcript.element]),
  ]);

  function perform(type: ActionType): void {
    errorBox.textContent = '';
    if (viewer === null) return;
    const party = viewer;
    const issue = issueSelect.value;
    const target = partySelect.value;
    let action: Action;
    switch (type) {
      case 'offer.propose':
        action = { type, party, package: { ...build } };
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
    h.onAction(action);
  }

  function renderDeal(view: DealSheetView, s: GameState): void {
    if (view.table) {
      const waiting = view.table.waitingFor.length > 0 ? ` Still needed: ${view.table.waitingFor.join(', ')}.` : '';
      tableStatus.textContent = `On the table: ${view.table.proposer}'s offer. Accepted by ${view.table.accepted.join(', ')}.${waiting}`;
    } else tableStatus.textContent = 'No package on the table yet.';
    tableMeter.set(view.tableValue, view.reservation);
    builtMeter.set(view.builtValue, view.reservation);
    const key = `${s.phase}:${viewer}`;
    const rebuild = key !== buildKey || rows.childElementCount === 0;
    buildKey = key;
    if (rebuild) {
      rows.replaceChildren(
        ...view.rows.map((r) => {
          const id = uid('build');
          const select = el('select', { className: 'select', attrs: { id, 'data-issue': r.issue } });
          for (const o of r.options) {
            const option = el('option', {
              text: o.value === null ? o.label : `${o.label} (${o.value})`,
              attrs: { value: o.id },
            });
            select.append(option);
          }
          select.value = r.built;
          select.disabled = viewer === null;
          select.addEventListener('change', () => {
            build = { ...build, [r.issue]: select.value };
            builtMeter.set(dealSheet(sc, game.state(), viewer, build, help).builtValue, view.reservation);
            h.onBuild(build);
          });
          return el('tr', {}, [
            el('th', { attrs: { scope: 'row' } }, [
              el('label', { text: r.name, attrs: { for: id, title: r.description } }),
            ]),
            el('td', { className: 'on-table', text: r.onTable ?? '—' }),
            el('td', {}, [select]),
          ]);
        }),
      );
    } else {
      view.rows.forEach((r, i) => {
        const cell = rows.children[i]?.querySelector('.on-table');
        if (cell) cell.textContent = r.onTable ?? '—';
      });
    }
    committed.textContent =
      view.committed.length > 0
        ? `Agreed earlier: ${view.committed.map((c) => `${c.name}: ${c.option}`).join('; ')}.`
        : '';
    moods.replaceChildren(...view.moods.map((m) => el('li', { text: `${m.party}: ${m.mood}` })));
    moods.hidden = view.moods.length === 0;
    hints.replaceChildren();
    if (help.hints && viewer !== null && !s.outcome) {
      hints.append(el('h3', { text: 'Hints (easy)' }));
      for (const p of sc.parties) {
        if (s.seats[p.id] !== 'ai') continue;
        const wants = whatWouldItTake(sc, s, p.id);
        hints.append(el('p', { text: `${p.name}: ${wants.reason.summary}` }));
      }
    }
  }

  return {
    element,
    build: () => build,
    showError(message) {
      errorBox.textContent = message;
    },
    trigger(type) {
      const b = buttons.get(type);
      if (!b || b.disabled) return false;
      b.click();
      return true;
    },
    render(nextViewer, aiPlaying) {
      const s = game.state();
      if (nextViewer !== viewer || buildKey !== `${s.phase}:${nextViewer}`) {
        viewer = nextViewer;
        build = initialBuild(sc, s, viewer);
        h.onBuild(build);
      }
      const view = dealSheet(sc, s, viewer, build, help);
      phaseTitle.textContent = view.header.phase;
      when.textContent = view.header.when;
      round.textContent = [view.header.round, view.header.speaker].filter((x) => x).join(' · ');
      skip.hidden = !aiPlaying;
      renderDeal(view, s);
      const toMove = game.toMove();
      const mine = viewer !== null && toMove === viewer && !aiPlaying;
      const legal = mine ? game.legal(viewer!) : [];
      const partyName = sc.parties.find((p) => p.id === viewer)?.name;
      actionsTitle.textContent =
        viewer === null
          ? 'Watching'
          : mine
            ? `Your move, ${partyName}`
            : `Waiting for ${sc.parties.find((p) => p.id === toMove)?.name ?? 'the end'}`;
      for (const b of actionBar(legal)) buttons.get(b.type)!.disabled = !b.enabled;
      // Issue and party choices for the statements, kept when still valid.
      const agenda = sc.phases[s.phase]!.agenda;
      fillSelect(
        issueSelect,
        agenda.map((id) => ({ id, label: sc.issues.find((i) => i.id === id)!.name })),
      );
      const others = sc.parties.filter((p) => p.id !== viewer);
      // AI parties first: "what would it take?" can only ask them.
      others.sort((a, b) => Number(s.seats[b.id] === 'ai') - Number(s.seats[a.id] === 'ai'));
      fillSelect(
        partySelect,
        others.map((p) => ({ id: p.id, label: p.name })),
      );
      issueSelect.disabled = partySelect.disabled = !mine;
      const party = sc.parties.find((p) => p.id === viewer);
      brief.hidden = party === undefined;
      if (party && brief.dataset.party !== party.id) {
        brief.dataset.party = party.id;
        brief.replaceChildren(
          el('summary', { text: `Your confidential brief (${party.name})` }),
          ...paragraphs(party.brief),
        );
      }
      transcript.show(s.log);
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

function meter(label: string) {
  const text = el('span', { className: 'meter-text' });
  const fill = el('span', { className: 'meter-fill' });
  const line = el('span', { className: 'meter-line' });
  const element = el('div', { className: 'meter' }, [
    el('span', { className: 'meter-label', text: label }),
    el('span', { className: 'meter-bar', attrs: { 'aria-hidden': 'true' } }, [fill, line]),
    text,
  ]);
  return {
    element,
    set(value: number | null, reservation: number | null) {
      element.hidden = value === null;
      if (value === null) return;
      fill.style.width = `${value}%`;
      line.hidden = reservation === null;
      if (reservation !== null) line.style.left = `${reservation}%`;
      const verdict =
        reservation === null ? '' : value >= reservation ? ' — better than no deal' : ' — worse than no deal';
      text.textContent = `${value} / 100${reservation === null ? '' : ` (no deal: ${reservation})`}${verdict}`;
      element.classList.toggle('meter-below', reservation !== null && value < reservation);
    },
  };
}
