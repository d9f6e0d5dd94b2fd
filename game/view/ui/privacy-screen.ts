// Hot seat: between two human parties, a screen that hides the deal sheet and the brief until the next player
// has the device and presses Enter.
import { el } from './dom';
import { button } from './screen';

export function buildPrivacyScreen(partyName: string, onReady: () => void): HTMLElement {
  return el('section', { className: 'privacy', attrs: { 'aria-labelledby': 'privacy-title' } }, [
    el('div', { className: 'privacy-box' }, [
      el('p', { className: 'eyebrow', text: 'Hot seat' }),
      el('h1', { className: 'side-title', text: `Pass the device to ${partyName}`, attrs: { id: 'privacy-title' } }),
      el('p', { text: `${partyName}: press Enter when you are ready. The other players should look away.` }),
      button(`I am ${partyName} — show my seat`, onReady, 'button button-primary'),
    ]),
  ]);
}
