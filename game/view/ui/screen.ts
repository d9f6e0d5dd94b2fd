// Full screens of the HTML layer (briefing, role, summit, end, privacy): one <section> at a time in #ui, and the
// page layout that goes with it — "split" gives the canvas the left part and the panel the right, "full" lets
// the panel cover the page. The canvas is told to re-measure when the split changes.
import type * as Phaser from 'phaser';
import type { FrameScheduler } from '../frames';
import { el } from './dom';

export type Layout = 'split' | 'full' | 'title';

export function setLayout(layout: Layout, game: Phaser.Game | null, frames: FrameScheduler | null): void {
  if (document.body.dataset.layout === layout) return;
  document.body.dataset.layout = layout;
  // Phaser reads its parent's size on resize; the split changed it without a window resize.
  game?.scale.refresh();
  frames?.request(10);
}

/** Replaces the UI layer's content with one screen and moves focus to its heading (screen readers hear it). */
export function showScreen(root: HTMLElement, screen: HTMLElement): void {
  root.replaceChildren(screen);
  const heading = screen.querySelector<HTMLElement>('h1, h2');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}

/** Paragraphs from plain text split at blank lines: always text nodes, never HTML. */
export function paragraphs(text: string, className = ''): HTMLElement[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => el('p', { className, text: p.replace(/\s*\n\s*/g, ' ') }));
}

export function button(label: string, onClick: () => void, className = 'button', attrs: Record<string, string> = {}) {
  const b = el('button', { className, text: label, attrs: { type: 'button', ...attrs } });
  b.addEventListener('click', onClick);
  return b;
}
