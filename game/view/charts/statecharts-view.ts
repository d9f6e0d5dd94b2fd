// The "Statecharts" panel: one AI party's statechart at a time (a party picker above it), drawn by the session's
// chart entry — loaded with import() the first time the panel is activated, so ELK never weighs on the title or on
// a game that does not open it. The host says which game state to light (`show`); the diagram keeps its natural
// size (its text stays readable) in a box that scrolls, and brings the lit state into view. The SVG string is
// parsed as XML and imported as nodes (never innerHTML); every scenario text in it is escaped by the renderer.
import './statecharts.css';
import type { CompiledScenario, GameState, PartyId } from '../../session/live';
import { el, uid } from '../ui/dom';

type ChartModule = typeof import('../../session/chart/index');

export interface StatechartsView {
  element: HTMLElement;
  /** The state to light (null: none) and the one before it (its changes are marked); drawn once active. */
  show(state: GameState | null, before?: GameState | null): void;
  /** Loads the diagrams and draws them (the first call); hosts call it when the panel is first opened. */
  activate(): void;
}

export interface StatechartsOptions {
  /** The party shown first (default: the first AI party of the state, else the first party). */
  party?: PartyId;
}

let chartModule: Promise<ChartModule> | null = null;
const loadCharts = (): Promise<ChartModule> => {
  chartModule ??= import('../../session/chart/index');
  return chartModule;
};

export function createStatechartsView(sc: CompiledScenario, options: StatechartsOptions = {}): StatechartsView {
  const prefix = uid('statechart');
  const selectId = `${prefix}-party`;
  const select = el(
    'select',
    { className: 'select statecharts-party', attrs: { id: selectId } },
    sc.parties.map((p) => el('option', { text: p.name, attrs: { value: p.id } })),
  );
  const status = el('p', { className: 'statecharts-status muted', attrs: { role: 'status' } });
  // The transition just taken, in words, above the diagram (the SVG writes it under the chart, maybe scrolled away).
  const taken = el('p', { className: 'statecharts-taken' });
  const box = el('div', {
    className: 'statecharts-box',
    attrs: { tabindex: '0', role: 'region', 'aria-label': 'Statechart diagram' },
  });
  const legend = el('p', {
    className: 'statecharts-legend muted',
    text: 'Lit: the states the party is in. Bold gold arrow: the transition just taken (its cause is written above and under the chart). A dot marks each initial state; lines inside a state are events it handles without leaving it.',
  });
  const element = el('div', { className: 'statecharts' }, [
    el('div', { className: 'statecharts-pick' }, [el('label', { text: 'Party', attrs: { for: selectId } }), select]),
    taken,
    box,
    status,
    legend,
  ]);

  let state: GameState | null = null;
  let before: GameState | null = null;
  let active = false;
  let chosen = false;
  let drawn = 0; // the latest draw wins when several are in flight
  if (options.party) {
    select.value = options.party;
    chosen = true;
  }

  async function draw(): Promise<void> {
    if (!active) return;
    const ticket = ++drawn;
    const party = select.value;
    box.setAttribute('aria-busy', 'true');
    try {
      const charts = await loadCharts();
      const chart = await charts.prepareChart(sc, party);
      if (ticket !== drawn) return;
      const svg = charts.preparedChartSvg(sc, chart, state, before, `${prefix}-${party}`);
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const root = doc.documentElement;
      if (root.nodeName !== 'svg') throw new Error('not an SVG document');
      box.replaceChildren(document.importNode(root, true));
      taken.textContent = Array.from(box.querySelectorAll('.sc-caption'), (c) => c.textContent ?? '').join(' ');
      box.setAttribute('aria-label', `Statechart of ${chart.name}`);
      status.textContent = '';
      revealLit();
    } catch {
      if (ticket === drawn) status.textContent = 'The statechart could not be drawn.';
    } finally {
      if (ticket === drawn) box.removeAttribute('aria-busy');
    }
  }

  /** Scrolls the box (only the box) so the lit state is in view. */
  function revealLit(): void {
    const lit = box.querySelector('.sc-state.is-active rect');
    if (!lit || typeof box.scrollTo !== 'function') return;
    const r = lit.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    const x = r.left - b.left + box.scrollLeft;
    const y = r.top - b.top + box.scrollTop;
    const inView =
      x >= box.scrollLeft &&
      x + r.width <= box.scrollLeft + box.clientWidth &&
      y >= box.scrollTop &&
      y + r.height <= box.scrollTop + box.clientHeight;
    if (!inView) {
      box.scrollTo({ left: x + r.width / 2 - box.clientWidth / 2, top: y + r.height / 2 - box.clientHeight / 2 });
    }
  }

  select.addEventListener('change', () => {
    chosen = true;
    void draw();
  });

  return {
    element,
    show(next, previous = null) {
      state = next;
      before = previous;
      if (!chosen && next) {
        const firstAi = sc.parties.find((p) => next.seats[p.id] === 'ai');
        if (firstAi) select.value = firstAi.id;
      }
      void draw();
    },
    activate() {
      if (active) return;
      active = true;
      status.textContent = 'Drawing the statechart…';
      void draw();
    },
  };
}
