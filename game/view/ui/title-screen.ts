// The title screen's HTML: name, subtitle, the menu as real buttons, and the disclaimer. The table behind it
// is the Phaser TitleScene; this layer is what keyboard and screen-reader users work with.
import type { MenuId, MenuItem } from '../models/title-menu';
import { el, uid } from './dom';

export function buildTitleScreen(
  items: readonly MenuItem[],
  onChoose: (id: MenuId) => void,
  message: string | null = null,
): HTMLElement {
  const list = el('ul', { className: 'menu-list' });
  for (const item of items) {
    const descriptionId = uid('menu-desc');
    const button = el('button', {
      className: item.id === items[0].id ? 'button button-primary menu-button' : 'button menu-button',
      text: item.label,
      attrs: { type: 'button', 'aria-describedby': descriptionId, 'data-menu': item.id },
    });
    button.addEventListener('click', () => onChoose(item.id));
    list.append(
      el('li', {}, [
        button,
        el('span', { className: 'visually-hidden', text: item.description, attrs: { id: descriptionId } }),
      ]),
    );
  }
  return el('section', { className: 'title-column', attrs: { 'aria-labelledby': 'game-title' } }, [
    el('div', { className: 'brand' }, [
      el('p', { className: 'eyebrow', text: 'A diplomatic negotiation simulation' }),
      el('h1', { className: 'game-title', text: 'Summit', attrs: { id: 'game-title' } }),
      el('p', {
        className: 'subtitle',
        text: 'Take a seat at the table. Interests, red lines, leverage and timing decide whether there is a deal.',
      }),
    ]),
    // A message from a failed Continue or a broken scenario: read out, never a crash.
    ...(message ? [el('p', { className: 'notice', text: message, attrs: { role: 'alert' } })] : []),
    el('nav', { className: 'menu', attrs: { 'aria-label': 'Main menu' } }, [list]),
    el('footer', { className: 'title-footer' }, [
      el('p', { className: 'disclaimer', text: 'An educational simulation, not a prediction.' }),
      el('p', {
        className: 'fine-print',
        text: 'Built from public, dated sources. Words given to real people are quoted with a source or marked as simulated.',
      }),
    ]),
  ]);
}
