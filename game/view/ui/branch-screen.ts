// "Play from turn N as …": the seat choice after the replay viewer's "play from here". One button per party, and
// one to watch the AI play it out; the choice goes back to the flow, which asks the session for the branch. `turn`
// is the number of turns played at that point, so the game goes on with turn + 1 (the viewer's button says the same).
// Back returns to the replay.
import type { CompiledScenario, PartyId } from '../../session/live';
import { el } from './dom';
import { button } from './screen';

export function buildBranchScreen(
  sc: CompiledScenario,
  turn: number,
  onChoose: (humans: PartyId[]) => void,
  onBack: () => void,
): HTMLElement {
  const choices = sc.parties.map((p) => button(`Play as ${p.name}`, () => onChoose([p.id]), 'button'));
  return el('section', { className: 'side-panel', attrs: { 'aria-labelledby': 'branch-title' } }, [
    el('header', { className: 'side-header' }, [
      el('p', { className: 'eyebrow', text: sc.title }),
      el('h1', { className: 'side-title', text: `Play from turn ${turn + 1}`, attrs: { id: 'branch-title' } }),
      el('p', {
        className: 'lead',
        text: 'Take a seat: the game goes on from this point as a new game with its own replay.',
      }),
    ]),
    el('div', { className: 'side-scroll branch-choices' }, [
      ...choices,
      button('Watch it play out (all AI)', () => onChoose([]), 'button button-quiet'),
      button('Back', onBack, 'button button-quiet'),
    ]),
  ]);
}
