// What a player can do with a game once it is over (and, for the replay, at any time): read the debrief, download
// the replay file, copy a share link. Built for the end screen's "next steps" slot; everything here reads the
// finished state and never changes it. The replay file and the link come from the Match (the session): the view
// only hands them to the browser.
import type { CompiledScenario, GameState, PartyId } from '../../session/live';
import { mountDebrief } from '../debrief';
import { el } from './dom';
import { button } from './screen';
import './end-actions.css';

/** What the session offers to share a game: its replay file and its link (both made by the Match). */
export interface ReplayShare {
  /** The name the downloaded file gets. */
  fileName(): string;
  /** The replay file's text. */
  file(): string;
  /** The share link's fragment ('#r1.…'), or why the game cannot be shared as a link. */
  link(): { ok: true; value: string } | { ok: false; error: string };
}

export interface EndActionsInput {
  scenario: CompiledScenario;
  state: GameState;
  player: PartyId | null;
  /** The finished game's replay (the buttons that download or share it). */
  share: ReplayShare;
  onPlayAgainAs?: (party: PartyId) => void;
  /** Opens this game's replay in the viewer. */
  onWatch?: () => void;
}

/** Saves text as a file through a temporary <a download>. */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { attrs: { href: url, download: name } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The page's address with this fragment. */
function pageUrl(fragment: string): string {
  return `${location.origin}${location.pathname}${fragment}`;
}

/** What the debrief needs: the scenario, the final (or shown) state, and whose view it takes. */
export type DebriefInput = Pick<EndActionsInput, 'scenario' | 'state' | 'player' | 'onPlayAgainAs'>;

/** A full-window dialog holding the debrief; Escape or "Close" returns focus to the button that opened it. */
export function openDebrief(input: DebriefInput, opener: HTMLElement | null): void {
  const close = () => {
    mounted.destroy();
    overlay.remove();
    document.removeEventListener('keydown', onKey, true);
    opener?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      close();
    }
  };
  const body = el('div', { className: 'debrief-overlay-body' });
  const closeButton = button('Close the debrief', close, 'button button-quiet debrief-overlay-close');
  const overlay = el(
    'div',
    { className: 'debrief-overlay', attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Debrief' } },
    [closeButton, body],
  );
  document.body.append(overlay);
  const mounted = mountDebrief(
    body,
    { scenario: input.scenario, state: input.state, player: input.player },
    input.onPlayAgainAs
      ? {
          onPlayAgain: (party) => {
            close();
            input.onPlayAgainAs?.(party);
          },
        }
      : undefined,
  );
  document.addEventListener('keydown', onKey, true);
  closeButton.focus();
}

/** The buttons of the end screen's next steps, with a status line for what they did. */
export function buildEndActions(input: EndActionsInput): HTMLElement[] {
  const status = el('p', { className: 'end-status', attrs: { role: 'status' } });
  const linkField = el('input', {
    className: 'share-link',
    attrs: { type: 'text', readonly: '', 'aria-label': 'Share link', hidden: '' },
  });
  const debrief = button(
    'Debrief: what happened, and what was possible',
    () => openDebrief(input, debrief),
    'button button-primary',
  );
  const download = button('Download replay', () => {
    downloadText(input.share.fileName(), input.share.file());
    status.textContent = 'The replay file is downloading.';
  });
  const copy = button('Copy share link', async () => {
    const link = input.share.link();
    if (!link.ok) {
      status.textContent = link.error;
      return;
    }
    const url = pageUrl(link.value);
    linkField.value = url;
    linkField.hidden = false;
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = `Link copied (${url.length} characters): anyone who opens it sees this game, turn by turn.`;
    } catch {
      // Clipboard access can be refused (permissions, insecure context): the link is shown to copy by hand.
      linkField.select();
      status.textContent = 'Copy the link below to share this game.';
    }
  });
  const watch = input.onWatch ? [button('Watch the replay', input.onWatch)] : [];
  return [
    el('h2', { text: 'Next steps' }),
    el('div', { className: 'end-buttons' }, [debrief, ...watch, download, copy]),
    linkField,
    status,
  ];
}
