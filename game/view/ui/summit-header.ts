// The summit panel's header: phase, date and place, round and speaker (with skip AI turns beside them), the buttons
// (map, save the replay, back to the title, mute and volume), and the notice that stays when an autosave fails. Key hints sit in
// their own spans, hidden on touch screens (styles.css).
import type { DealSheetView } from '../models/deal-sheet';
import { el, uid } from './dom';
import { button } from './screen';
import './summit-header.css';

export interface HeaderHandlers {
  onSkip(): void;
  /** Absent for a scenario without a map: then there is no Map button (it would only blank the table). */
  onToggleMap?(): void;
  onLeave(): void;
  /** Downloads the game so far as a replay file (an unfinished game too). */
  onDownloadReplay?(): void;
  /** The sound settings, changed in place at the table (the same settings the Settings panel changes). */
  sound?: {
    get(): { muted: boolean; volume: number };
    set(change: { muted?: boolean; volume?: number }): void;
  };
}

/** A button whose label carries a key hint, "Map (M)": the hint in its own span, hidden on touch screens. */
function keyed(label: string, key: string, onClick: () => void, attrs: Record<string, string>): HTMLButtonElement {
  const b = button(label, onClick, 'button button-small', attrs);
  b.replaceChildren(document.createTextNode(label), el('span', { className: 'key-hint', text: ` (${key})` }));
  return b;
}

/** Mute and volume at the table: a toggle button and a range wide enough to use. */
function soundControls(sound: NonNullable<HeaderHandlers['sound']>): HTMLElement {
  const id = uid('table-volume');
  const mute = button('', () => sound.set({ muted: !sound.get().muted }), 'button button-small button-quiet', {
    'data-sound': 'mute',
  });
  const volume = el('input', {
    className: 'range table-volume',
    attrs: { type: 'range', id, min: '0', max: '100', step: '5' },
  });
  volume.addEventListener('input', () => sound.set({ volume: Number(volume.value), muted: false }));
  const sync = () => {
    const { muted, volume: v } = sound.get();
    mute.textContent = 'Mute';
    mute.setAttribute('aria-pressed', String(muted));
    volume.value = String(v);
  };
  sync();
  const box = el('div', { className: 'sound-controls' }, [
    mute,
    el('label', { className: 'visually-hidden', text: 'Volume', attrs: { for: id } }),
    volume,
  ]);
  // Kept in step when the settings change elsewhere (the Settings panel, the mute button).
  mute.addEventListener('click', sync);
  volume.addEventListener('change', sync);
  return box;
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
  const skip = keyed('Skip AI turns', 'Esc', h.onSkip, { 'aria-keyshortcuts': 'Escape' });
  // A scenario without a map has no Map button (pressing it would blank the table).
  const mapButton = h.onToggleMap
    ? [keyed('Map', 'M', h.onToggleMap, { 'aria-keyshortcuts': 'M', 'data-guide': 'map' })]
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
  // Skip sits on the round's line, beside who is to speak, so showing it while the AI plays never pushes the
  // other buttons into a second row (the round's text gives way with an ellipsis; its title has it whole).
  const element = el('header', { className: 'side-header summit-header' }, [
    el('div', { className: 'header-text' }, [phaseTitle, when, el('div', { className: 'round-line' }, [round, skip])]),
    el('div', { className: 'header-buttons' }, [
      ...mapButton,
      ...download,
      leave,
      ...(h.sound ? [soundControls(h.sound)] : []),
    ]),
  ]);
  return {
    element,
    saveNotice,
    render(header, aiPlaying) {
      phaseTitle.textContent = header.phase;
      when.textContent = header.when;
      round.textContent = [header.round, header.speaker].filter((x) => x).join(' · ');
      round.title = round.textContent;
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
