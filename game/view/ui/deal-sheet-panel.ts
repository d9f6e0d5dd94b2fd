// The deal sheet beside the table: the package on the table and who accepted it, the viewer's values as meters,
// the package builder (one select per agenda issue), earlier agreements, the moods, and the hints on easy. It
// draws the deal-sheet view-model; the package being built is its own state, handed to the actions panel.
import type { CompiledScenario, GameState, Package, PartyId } from '../../session/live';
import { whatWouldItTake } from '../../session/live';
import { type DealSheetView, dealSheet, initialBuild, meterText } from '../models/deal-sheet';
import type { HelpLevel } from '../models/difficulty';
import { el, uid } from './dom';

/** Above this many agenda issues the rows go one line each, so all of them show at a laptop's 768 px. */
export const DENSE_ROWS = 6;

export interface DealSheetPanel {
  element: HTMLElement;
  /** Redraws from the view-model; `state` is the game's, `viewer` whose values are shown. */
  render(view: DealSheetView, state: GameState, viewer: PartyId | null): void;
  /** The package the viewer is building. */
  build(): Package;
  /** The package to show for this state and viewer: a new one when the viewer or the phase changed. */
  sync(state: GameState, viewer: PartyId | null): Package;
}

export function createDealSheetPanel(
  sc: CompiledScenario,
  help: HelpLevel,
  currentState: () => GameState,
  onBuild: (pkg: Package) => void,
): DealSheetPanel {
  let build: Package = {};
  let buildKey = ''; // phase and viewer the builder's rows were made for
  let builtFor: string | null = null; // phase and viewer the package was started for
  let viewer: PartyId | null = null;
  const tableStatus = el('p', { className: 'table-status' });
  const tableMeter = meter('Your value of the package on the table');
  const builtMeter = meter('Your value of the package you are building');
  const rows = el('tbody');
  const committed = el('p', { className: 'hint' });
  const moods = el('ul', { className: 'moods' });
  const hints = el('div', { className: 'hints' });
  const element = el(
    'section',
    { className: 'deal-sheet', attrs: { 'aria-labelledby': 'deal-title', 'data-guide': 'deal' } },
    [
      el('h2', { text: 'Deal sheet', attrs: { id: 'deal-title' } }),
      tableStatus,
      // The rows first, then the two values side by side: at 768 px the rows stay in view above the actions.
      el('table', { className: 'deal-table' }, [
        el('caption', {
          className: 'visually-hidden',
          text: 'Agenda issues: the package on the table and your package',
        }),
        el('thead', {}, [
          el('tr', {}, [
            el('th', { text: 'Issue', attrs: { scope: 'col' } }),
            el('th', { text: 'On the table', attrs: { scope: 'col' } }),
            el('th', { text: 'Your package', attrs: { scope: 'col' } }),
          ]),
        ]),
        rows,
      ]),
      // Pinned to the bottom of the scrolling part while the sheet is in it (styles.css): with ten issues at a
      // laptop's 768 px the values would otherwise sit below the fold.
      el('div', { className: 'meters' }, [tableMeter.element, builtMeter.element]),
      committed,
      moods,
      hints,
    ],
  );

  /** One row of the builder: the issue, the option on the table, and the select for the viewer's package. */
  function builderRow(r: DealSheetView['rows'][number], reservation: number | null): HTMLElement {
    const id = uid('build');
    const select = el('select', { className: 'select', attrs: { id, 'data-issue': r.issue } });
    for (const o of r.options) {
      select.append(
        el('option', { text: o.value === null ? o.label : `${o.label} (${o.value})`, attrs: { value: o.id } }),
      );
    }
    select.value = r.built;
    select.disabled = viewer === null;
    // A closed select cuts a long option name: the whole name shows on hover (the title) and, while the select
    // has the keyboard's focus and the name is cut, in a note under it that covers nothing of the row's layout.
    // (Screen readers read the option's own text already, so the note is hidden from them.)
    const full = el('span', { className: 'option-full', attrs: { 'aria-hidden': 'true' } });
    full.hidden = true;
    const titled = () => {
      select.title = select.selectedOptions[0]?.textContent ?? '';
      full.textContent = select.title;
      full.hidden = document.activeElement !== select || !nameIsCut(select);
    };
    titled();
    select.addEventListener('change', titled);
    select.addEventListener('focus', titled);
    select.addEventListener('blur', () => {
      full.hidden = true;
    });
    select.addEventListener('change', () => {
      build = { ...build, [r.issue]: select.value };
      const now = dealSheet(sc, currentState(), viewer, build, help);
      builtMeter.set(now.builtValue, reservation, now.builtRedLines, now.reservationStart);
      onBuild(build);
    });
    // Many issues make the rows one line each, cut with an ellipsis (styles.css, .dense): the whole issue name and
    // option show on hover (the titles) and while the row has the keyboard's focus (the row then wraps).
    const issueTitle = r.description ? `${r.name}: ${r.description}` : r.name;
    const onTable = el('td', { className: 'on-table', text: r.onTable ?? '—' });
    onTable.title = r.onTable ?? '';
    return el('tr', {}, [
      el('th', { attrs: { scope: 'row' } }, [el('label', { text: r.name, attrs: { for: id, title: issueTitle } })]),
      onTable,
      el('td', { className: 'builder-cell' }, [select, full]),
    ]);
  }

  function renderHints(s: GameState): void {
    hints.replaceChildren();
    if (!help.hints || viewer === null || s.outcome) return;
    hints.append(el('h3', { text: 'Hints (easy)' }));
    for (const p of sc.parties) {
      if (s.seats[p.id] !== 'ai') continue;
      const wants = whatWouldItTake(sc, s, p.id);
      hints.append(el('p', { text: `${p.name}: ${wants.reason.summary}` }));
    }
  }

  return {
    element,
    build: () => build,
    sync(s, nextViewer) {
      const key = `${s.phase}:${nextViewer}`;
      if (key !== builtFor) {
        builtFor = key;
        build = initialBuild(sc, s, nextViewer);
        onBuild(build);
      }
      return build;
    },
    render(view, s, nextViewer) {
      viewer = nextViewer;
      if (view.table) {
        const waiting = view.table.waitingFor.length > 0 ? ` Still needed: ${view.table.waitingFor.join(', ')}.` : '';
        tableStatus.textContent = `On the table: ${view.table.offer}. Accepted by ${view.table.accepted.join(', ')}.${waiting}`;
      } else tableStatus.textContent = 'No package on the table yet.';
      tableMeter.set(view.tableValue, view.reservation, view.tableRedLines, view.reservationStart);
      builtMeter.set(view.builtValue, view.reservation, view.builtRedLines, view.reservationStart);
      const key = `${s.phase}:${viewer}`;
      const rebuild = key !== buildKey || rows.childElementCount === 0;
      buildKey = key;
      if (rebuild) {
        rows.replaceChildren(...view.rows.map((r) => builderRow(r, view.reservation)));
        element.classList.toggle('dense', view.rows.length > DENSE_ROWS);
      } else {
        view.rows.forEach((r, i) => {
          const cell = rows.children[i]?.querySelector<HTMLElement>('.on-table');
          if (!cell) return;
          cell.textContent = r.onTable ?? '—';
          cell.title = r.onTable ?? '';
        });
      }
      committed.textContent =
        view.committed.length > 0
          ? `Agreed earlier: ${view.committed.map((c) => `${c.name}: ${c.option}`).join('; ')}.`
          : '';
      moods.replaceChildren(...view.moods.map((m) => el('li', { text: `${m.party}: ${m.mood}` })));
      moods.hidden = view.moods.length === 0;
      renderHints(s);
    },
  };
}

/** A 0–100 value bar with the no-deal line, and the figures in words. */
function meter(label: string) {
  const text = el('span', { className: 'meter-text' });
  const fill = el('span', { className: 'meter-fill' });
  const line = el('span', { className: 'meter-line' });
  const element = el('div', { className: 'meter' }, [
    el('span', { className: 'meter-label', text: label }),
    el('span', { className: 'meter-bar', attrs: { 'aria-hidden': 'true' } }, [fill, line]),
    text,
  ]);
  return {
    element,
    set(value: number | null, reservation: number | null, redLines: string[] = [], start: number | null = null) {
      element.hidden = value === null;
      if (value === null) return;
      fill.style.width = `${value}%`;
      line.hidden = reservation === null;
      if (reservation !== null) line.style.left = `${reservation}%`;
      text.textContent = meterText(value, reservation, redLines, start);
      element.classList.toggle('meter-below', (reservation !== null && value <= reservation) || redLines.length > 0);
      element.classList.toggle('meter-red-line', redLines.length > 0);
    },
  };
}

let measure: CanvasRenderingContext2D | null = null;

/** Whether a closed select cuts its chosen option's name: the name's width in the select's font against its room. */
function nameIsCut(select: HTMLSelectElement): boolean {
  measure ??= document.createElement('canvas').getContext('2d');
  if (measure === null) return false;
  const style = getComputedStyle(select);
  measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  // The room for the name: the select's inner width less its padding and the drop-down arrow (about 1.5em).
  const padding = Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
  const arrow = 1.5 * Number.parseFloat(style.fontSize);
  return measure.measureText(select.title).width > select.clientWidth - padding - arrow;
}
