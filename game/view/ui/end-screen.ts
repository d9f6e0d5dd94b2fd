// The end screen: the outcome, the final package, each party's value against its no-deal value. The "next
// steps" region is where the debrief and replay actions of other issues go; it shows nothing until they exist.
import type { CompiledScenario, GameState } from '../../session/live';
import { endView } from '../models/end-model';
import { el } from './dom';
import { button } from './screen';

export function buildEndScreen(
  sc: CompiledScenario,
  s: GameState,
  onPlayAgain: () => void,
  onTitle: () => void,
  next: readonly HTMLElement[] = [],
): HTMLElement {
  const view = endView(sc, s)!;
  const you = (name: string, human: boolean) => (human ? `${name} (you)` : name);
  const rows = view.results.map((r) =>
    el('tr', { className: r.human ? 'you' : '' }, [
      // The full name, and the scenario's short one for a narrow panel (fitResults): screen readers always read
      // the full name; the short one is only shown in its place.
      el('th', { attrs: { scope: 'row' } }, [
        el('span', { className: 'name-full', text: you(r.party, r.human) }),
        el('span', { className: 'name-short', text: you(r.short, r.human), attrs: { 'aria-hidden': 'true' } }),
      ]),
      el('td', { text: String(r.value) }),
      el('td', { text: String(r.noDeal) }),
      el('td', { text: r.verdict }),
    ]),
  );
  const table = el('table', { className: 'results-table' }, [
    el('caption', { className: 'visually-hidden', text: 'Each party’s value of the outcome and of no deal' }),
    el('thead', {}, [
      el('tr', {}, [
        el('th', { text: 'Party', attrs: { scope: 'col' } }),
        el('th', { text: 'Value', attrs: { scope: 'col' } }),
        el('th', { text: 'No deal', attrs: { scope: 'col' } }),
        el('th', { text: 'Result', attrs: { scope: 'col' } }),
      ]),
    ]),
    el('tbody', {}, rows),
  ]);
  const results = el('div', { className: 'results' }, [table]);
  fitResults(results, table);
  return el('section', { className: 'side-panel end', attrs: { 'aria-labelledby': 'end-title' } }, [
    el('header', { className: 'side-header' }, [
      el('p', { className: 'eyebrow', text: sc.title }),
      el('h1', { className: 'side-title', text: view.headline, attrs: { id: 'end-title' } }),
      el('p', { className: 'lead', text: view.detail }),
    ]),
    el('div', { className: 'side-scroll' }, [
      el('h2', { text: 'Results' }),
      results,
      el('h2', { text: 'The final package' }),
      el(
        'dl',
        { className: 'final-package' },
        view.deal.flatMap((d) => [el('dt', { text: d.issue }), el('dd', { text: d.option })]),
      ),
      // The debrief and the replay (end-actions.ts); hidden when the caller gives none: no dead buttons.
      el('div', { className: 'end-next', attrs: next.length ? {} : { hidden: '' } }, next),
    ]),
    el('footer', { className: 'side-footer' }, [
      button('Title', onTitle, 'button button-quiet'),
      button('Play again', onPlayAgain, 'button button-primary'),
    ]),
  ]);
}

/**
 * Keeps each result on one line: the cells never wrap (styles.css), and where the table with the full names is
 * wider than its box (a laptop's narrow panel), the parties' short names stand in; only where even those do not
 * fit (a phone) do the cells wrap. Measured once shown and again whenever the window changes size.
 */
function fitResults(box: HTMLElement, table: HTMLTableElement): void {
  const fit = () => {
    if (!box.isConnected) {
      window.removeEventListener('resize', fit);
      return;
    }
    for (const level of ['full', 'short', 'wrap']) {
      box.dataset.fit = level;
      if (table.offsetWidth <= box.clientWidth) break;
    }
  };
  window.addEventListener('resize', fit);
  requestAnimationFrame(fit);
}
