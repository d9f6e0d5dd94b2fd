// The summit panel's header: phase, date and place, round and speaker, the buttons (skip AI turns, map, save the
// replay, back to the title), and the notice that stays when an autosave fails.
import type { DealSheetView } from '../models/deal-sheet';
import { el } from './dom';
import { button } from './screen';
import './summit-header.css';

export interface HeaderHandlers {
  onSkip(): void;
  /** Absent for a scenario without a map: then there is no Map button (it would only blank the table). */
  onToggleMap?(): void;
  onLeave(): void;
  /** Downloads the game so far as a replay file (an unfinished game too). */
  onDownloadReplay?(): void;
}

export interface SummitHeader {
  element: HTMLElement;
  /** The save notice, placed under the header by the screen (full width, above the scrolling part). */
  saveNotice: HTMLElement;
  render(header: DealSheetView['header'], aiPlaying: boolean): void;
  /**
   * A notice that stays while saving fails: the autosave's problem, and the game so far to download instead.
   * Null takes it down (a later autosave was written).
   */
  showSaveProblem(message: string | null, onDownload: () => void): void;
}

export function createSummitHeader(h: HeaderHandlers): SummitHeader {
  const phaseTitle = el('h1', { className: 'side-title', attrs: { id: 'summit-title' } });
  const when = el('p', { className: 'muted' });
  const round = el('p', { className: 'round' });
  const skip = button('Skip AI turns (Esc)', h.onSkip, 'button button-small', { 'aria-keyshortcuts': 'Escape' });
  const mapButton = h.onToggleMap
    ? [button('Map (M)', h.onToggleMap, 'button button-small', { 'aria-keyshortcuts': 'M', 'data-guide': 'map' })]
    : [];
  const leave = button('Title', h.onLeave, 'button button-quiet button-small');
  const download = h.onDownloadReplay
    ? [
        button('Save replay', h.onDownloadReplay, 'button button-quiet button-small', {
          title: 'Download the game so far',
        }),
      ]
    : [];
  // Empty (and hidden) until an autosave fails; then it stays for the rest of the game.
  const saveNotice = el('div', { className: 'notice save-notice', attrs: { role: 'alert', hidden: '' } });
  const element = el('header', { className: 'side-header summit-header' }, [
    el('div', { className: 'header-text' }, [phaseTitle, when, round]),
    el('div', { className: 'header-buttons' }, [skip, ...mapButton, ...download, leave]),
  ]);
  return {
    element,
    saveNotice,
    render(header, aiPlaying) {
      phaseTitle.textContent = header.phase;
      when.textContent = header.when;
      round.textContent = [header.round, header.speaker].filter((x) => x).join(' · ');
      skip.hidden = !aiPlaying;
    },
    showSaveProblem(message, onDownload) {
      if (message === null) {
        saveNotice.hidden = true;
        return;
      }
      const text = `${message} Leaving or reloading the page would lose the turns since the last save.`;
      if (!saveNotice.hidden && saveNotice.dataset.message === text) return;
      saveNotice.dataset.message = text;
      saveNotice.replaceChildren(
        el('p', { text }),
        button('Download the game so far', onDownload, 'button button-small', { 'data-save-download': '' }),
      );
      saveNotice.hidden = false;
    },
  };
}
