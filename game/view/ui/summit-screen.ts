// The summit panel beside the canvas, put together from its parts: the header (summit-header.ts), the deal sheet
// with the package builder (deal-sheet-panel.ts), the actions (actions-panel.ts), the confidential brief and the
// transcript. It renders the game's current state from view-models and emits intents; the flow controller sends
// them to the Match.
import {
  type Action,
  type ActionType,
  type CompiledScenario,
  checkAction,
  legalActionTypes,
  type Match,
  type Package,
  type PartyId,
} from '../../session/live';
import { dealSheet } from '../models/deal-sheet';
import { helpLevel } from '../models/difficulty';
import { createActionsPanel } from './actions-panel';
import { createDealSheetPanel } from './deal-sheet-panel';
import { el } from './dom';
import { paragraphs } from './screen';
import { createSummitHeader, type HeaderHandlers } from './summit-header';
import { createTranscript } from './transcript-panel';

/** What the panel reads of the game: the Match's queries (never its intents, which go through the handlers). */
export type SummitGame = Pick<Match, 'scenario' | 'difficulty' | 'state' | 'toMove' | 'legal'>;

export interface SummitHandlers extends HeaderHandlers {
  onAction(action: Action): void;
  onBuild(pkg: Package): void;
}

export interface SummitScreen {
  element: HTMLElement;
  /** Redraws for the game's current state, seen by `viewer` (null: watching). */
  render(viewer: PartyId | null, aiPlaying: boolean): void;
  showError(message: string): void;
  /** A notice that stays while the autosave fails, with the game so far to download; null takes it down. */
  showSaveProblem(message: string | null, onDownload: () => void): void;
  /** The action a shortcut key asks for, if it is enabled now (the buttons are the single source of truth). */
  trigger(type: ActionType): boolean;
  build(): Package;
}

export function createSummitScreen(game: SummitGame, h: SummitHandlers): SummitScreen {
  const sc = game.scenario;
  const help = helpLevel(game.difficulty);
  let viewer: PartyId | null = null;
  const header = createSummitHeader(h);
  const deal = createDealSheetPanel(sc, help, () => game.state(), h.onBuild);
  const actions = createActionsPanel(
    sc,
    () => viewer,
    () => deal.build(),
    h.onAction,
    { checkAction, legalActionTypes },
    () => game.state(),
  );
  const brief = createBrief(sc);
  const transcript = createTranscript(sc);
  const element = el('section', { className: 'side-panel summit', attrs: { 'aria-labelledby': 'summit-title' } }, [
    header.element,
    header.saveNotice,
    // The actions are docked under the scrolling part, so the deal sheet, the actions and the latest line are in
    // view together at 768 px; on a phone the whole panel scrolls instead (styles.css puts the actions after the
    // deal sheet there).
    el('div', { className: 'side-scroll' }, [deal.element, brief.element, transcript.element]),
    actions.element,
    transcript.latest,
  ]);

  return {
    element,
    build: () => deal.build(),
    showError: (message) => actions.showError(message),
    showSaveProblem: (message, onDownload) => header.showSaveProblem(message, onDownload),
    trigger: (type) => actions.trigger(type),
    render(nextViewer, aiPlaying) {
      const s = game.state();
      viewer = nextViewer;
      const build = deal.sync(s, viewer);
      const view = dealSheet(sc, s, viewer, build, help);
      header.render(view.header, aiPlaying);
      deal.render(view, s, viewer);
      const toMove = game.toMove();
      const mine = viewer !== null && toMove === viewer && !aiPlaying;
      actions.render({ state: s, viewer, toMove, mine, legal: mine ? game.legal(viewer!) : [], aiPlaying });
      brief.show(viewer);
      transcript.show(s.log);
    },
  };
}

/** The viewer's confidential brief, folded; hidden while watching. */
function createBrief(sc: CompiledScenario) {
  const element = el('details', { className: 'brief-box' });
  return {
    element,
    show(viewer: PartyId | null) {
      const party = sc.parties.find((p) => p.id === viewer);
      element.hidden = party === undefined;
      if (party && element.dataset.party !== party.id) {
        element.dataset.party = party.id;
        element.replaceChildren(
          el('summary', { text: `Your confidential brief (${party.name})` }),
          ...paragraphs(party.brief),
        );
      }
    },
  };
}
