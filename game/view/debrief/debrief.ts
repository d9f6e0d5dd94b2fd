// The debrief panel: mountDebrief(container, {scenario, state, player}) computes the engine's analyzeGame once and
// builds an accessible HTML panel from the headless models beside it (debrief-model.ts, dance-model.ts). The
// builders here stay thin: they only turn model data into elements. All scenario and replay text goes in through
// textContent; the dance chart is SVG built with createElementNS; the statecharts (where each AI's chart ended) come
// from view/charts, drawn when their disclosure is first opened. Mounted by the end screen and the replay viewer.
import './debrief.css';
import './debrief-print.css';
import { analyzeGame, type CompiledScenario, type GameState, type PartyId, partyPossessive } from '../../session/live';
import { createStatechartsView } from '../charts/statecharts-view';
import { danceModel, exportFileName, onDark, type PartyInfo } from './dance-model';
import { buildDanceSvg } from './dance-svg';
import { type DebriefModel, debriefModel, type PartyBar } from './debrief-model';
import { downloadBlob, svgToPngBlob } from './export-png';

export interface DebriefInput {
  scenario: CompiledScenario;
  state: GameState;
  player: PartyId | null;
}

export interface DebriefOptions {
  /** Shows "Play again as …" buttons for the parties the player did not play. */
  onPlayAgain?: (party: PartyId) => void;
}

export interface DebriefHandle {
  destroy(): void;
}

type Child = Node | string | null | false;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === false) continue;
    node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return node;
}

let instances = 0;

export function mountDebrief(container: HTMLElement, input: DebriefInput, options: DebriefOptions = {}): DebriefHandle {
  const { scenario: sc, state } = input;
  const debrief = analyzeGame(sc, state, input.player === null ? {} : { player: input.player });
  const m = debriefModel(sc, debrief);
  const id = `debrief-${++instances}`;

  const root = h('section', { class: 'debrief', 'data-testid': 'debrief', 'aria-labelledby': `${id}-h` });
  const status = h('p', { class: 'debrief-status', role: 'status', 'aria-live': 'polite' });

  root.append(header(m, id, options));
  root.append(
    section(id, 'summary', 'In short', [
      h(
        'div',
        { class: 'debrief-summary' },
        [...m.summary, ...(m.temperaments ? [m.temperaments] : [])].map((s) => h('p', {}, [s])),
      ),
    ]),
  );
  root.append(section(id, 'results', 'What each side got', resultsBlock(m)));
  root.append(section(id, 'possible', 'What was possible', possibleBlock(m)));
  root.append(section(id, 'issues', 'Issue by issue', [issueTable(m)]));

  const parties: PartyInfo[] = sc.parties.map((p) => ({
    id: p.id,
    name: p.name,
    colour: p.colour,
    possessive: partyPossessive(sc, p.id),
  }));
  const phaseName = (pid: string) => sc.phases.find((p) => p.id === pid)?.name ?? pid;
  if (debrief.dances.length > 0) {
    root.append(
      section(id, 'dance', 'The dance', danceBlock(id, sc.id, m, debrief.dances, parties, phaseName, status)),
    );
  }
  root.append(section(id, 'turning', 'Turning points', [turningList(m)]));
  if (m.history) root.append(section(id, 'history', 'What happened in history', historyBlock(m)));
  root.append(section(id, 'charts', 'The statecharts', [chartsBlock(sc, state)]));
  root.append(status);

  // A closed <details> prints nothing, so the offers table is opened for printing and closed again after.
  const opened: HTMLDetailsElement[] = [];
  const beforePrint = () => {
    for (const d of root.querySelectorAll('details')) {
      if (!d.open) {
        d.open = true;
        opened.push(d);
      }
    }
  };
  const afterPrint = () => {
    for (const d of opened.splice(0)) d.open = false;
  };
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);

  container.append(root);
  return {
    destroy() {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      root.remove();
    },
  };
}

function header(m: DebriefModel, id: string, options: DebriefOptions): HTMLElement {
  const actions = h('div', { class: 'debrief-actions' });
  const print = h('button', { type: 'button', class: 'debrief-button' }, ['Print']);
  print.addEventListener('click', () => window.print());
  actions.append(print);
  if (options.onPlayAgain) {
    for (const p of m.playAgain) {
      const b = h('button', { type: 'button', class: 'debrief-button debrief-button-primary' }, [p.label]);
      b.addEventListener('click', () => options.onPlayAgain?.(p.party));
      actions.append(b);
    }
  }
  const who = m.player ? `Played as ${m.player.name}` : 'All parties';
  return h('header', { class: 'debrief-header' }, [
    h('div', { class: 'debrief-heading' }, [
      h('p', { class: 'debrief-eyebrow' }, ['Debrief']),
      h('h2', { id: `${id}-h` }, [m.title]),
      h('p', { class: 'debrief-meta' }, [
        h('span', { class: `debrief-badge debrief-badge-${m.outcome.kind}` }, [m.outcome.label]),
        ` ${who}`,
      ]),
    ]),
    actions,
  ]);
}

/** Each AI party's statechart as the game left it, behind a disclosure: drawn (ELK loaded) when first opened. */
function chartsBlock(sc: CompiledScenario, state: GameState): HTMLElement {
  const charts = createStatechartsView(sc);
  charts.show(state);
  const details = h('details', { class: 'debrief-charts' }, [
    h('summary', {}, ['Show where each delegation’s statechart ended']),
    charts.element,
  ]);
  details.addEventListener('toggle', () => {
    if (details.open) charts.activate();
  });
  return details;
}

function section(id: string, key: string, title: string, body: Child[]): HTMLElement {
  const hid = `${id}-${key}`;
  return h('section', { class: `debrief-section debrief-sec-${key}`, 'aria-labelledby': hid }, [
    h('h3', { id: hid }, [title]),
    ...body,
  ]);
}

// ---- Results: value against no deal, per party ----------------------------------------------------------------

function partyRow(p: PartyBar): HTMLElement {
  const colour = onDark(p.colour);
  const fill = h('span', { class: 'bar-fill' });
  fill.style.width = `${p.valuePct}%`;
  fill.style.background = colour;
  const res = h('span', { class: 'bar-res', title: `No deal: ${p.reservation}` });
  res.style.left = `${p.reservationPct}%`;
  const track = h('span', { class: 'bar-track', 'aria-hidden': 'true' }, [fill, res]);
  if (p.nashPct !== null) {
    const nash = h('span', { class: 'bar-nash', title: `Nash point: ${p.nashValue}` });
    nash.style.left = `${p.nashPct}%`;
    track.append(nash);
  }
  const surplusClass = p.surplus > 0 ? 'pos' : p.surplus < 0 ? 'neg' : 'zero';
  return h('li', { class: `bar-row${p.you ? ' bar-row-you' : ''}` }, [
    h('span', { class: 'bar-name', 'aria-hidden': 'true' }, [
      p.name,
      p.you ? h('span', { class: 'you' }, ['you']) : null,
    ]),
    track,
    h('span', { class: 'bar-figures', 'aria-hidden': 'true' }, [
      h('strong', {}, [String(p.value)]),
      h('span', { class: 'muted' }, [` / no deal ${p.reservation}`]),
      h('span', { class: `surplus surplus-${surplusClass}` }, [p.surplusText]),
    ]),
    h('span', { class: 'visually-hidden' }, [p.text]),
  ]);
}

function resultsBlock(m: DebriefModel): Child[] {
  return [
    h('ul', { class: 'bars' }, m.parties.map(partyRow)),
    h('p', { class: 'bars-key' }, [
      h('span', { class: 'key-fill', 'aria-hidden': 'true' }),
      ' value of the outcome (0–100)  ',
      h('span', { class: 'key-res', 'aria-hidden': 'true' }),
      ' no-deal value  ',
      h('span', { class: 'key-nash', 'aria-hidden': 'true' }),
      ' value at the Nash point; the signed figure is the surplus (value − no deal). Every party’s preferences are revealed here.',
    ]),
  ];
}

// ---- What was possible: joint value, Pareto, Nash ----------------------------------------------------------------

function possibleBlock(m: DebriefModel): Child[] {
  const fill = h('span', { class: 'bar-fill joint-fill' });
  fill.style.width = `${m.joint.valuePct}%`;
  const joint = h('div', { class: 'joint' }, [
    h('span', { class: 'bar-track joint-track', 'aria-hidden': 'true' }, [fill]),
    h('p', {}, [m.joint.text]),
  ]);
  const table = h('table', { class: 'debrief-table packages' });
  table.append(
    h('caption', {}, ['The outcome beside the packages the analysis found']),
    h('thead', {}, [
      h('tr', {}, [
        h('th', { scope: 'col' }, ['Issue']),
        ...m.packages.columns.map((c) => h('th', { scope: 'col' }, [c.label])),
      ]),
    ]),
  );
  const body = h('tbody');
  for (const r of m.packages.rows) {
    body.append(
      h('tr', {}, [
        h('th', { scope: 'row' }, [r.issue]),
        ...r.cells.map((c, i) =>
          h('td', r.changed[i] ? { class: 'changed' } : {}, [
            c,
            r.changed[i] ? h('span', { class: 'visually-hidden' }, [' (differs)']) : null,
          ]),
        ),
      ]),
    );
  }
  for (const [i, v] of m.packages.values.entries()) {
    body.append(
      h('tr', { class: i === 0 ? 'values first' : 'values' }, [
        h('th', { scope: 'row' }, [`Value: ${v.party}`]),
        ...v.cells.map((c) => h('td', { class: 'num' }, [String(c)])),
      ]),
    );
  }
  table.append(body);
  return [
    joint,
    h('p', { class: `verdict ${m.pareto.optimal ? 'verdict-ok' : 'verdict-no'}` }, [m.pareto.text]),
    m.nash
      ? h('p', { class: 'verdict' }, [m.nash.text])
      : h('p', { class: 'verdict' }, [
          'No package was better than no deal for every party whose consent was needed: there is no Nash point.',
        ]),
    h('div', { class: 'table-scroll' }, [table]),
    h('p', { class: 'note' }, ['Highlighted cells differ from this game’s outcome.']),
  ];
}

function issueTable(m: DebriefModel): HTMLElement {
  const table = h('table', { class: 'debrief-table issues' });
  table.append(
    h('caption', { class: 'visually-hidden' }, [
      'Per issue: the outcome, the status quo, who gained and who gave way (value points)',
    ]),
    h('thead', {}, [
      h(
        'tr',
        {},
        ['Issue', 'Outcome', 'Status quo', 'Gained', 'Gave way', 'Best option for'].map((t) =>
          h('th', { scope: 'col' }, [t]),
        ),
      ),
    ]),
  );
  const list = (xs: { name: string; points: string }[], cls: string) =>
    xs.length === 0
      ? h('span', { class: 'muted' }, ['—'])
      : h(
          'ul',
          { class: `who ${cls}` },
          xs.map((x) => h('li', {}, [`${x.name} `, h('span', { class: 'pts' }, [x.points])])),
        );
  const body = h('tbody');
  for (const r of m.issues) {
    body.append(
      h('tr', {}, [
        h('th', { scope: 'row' }, [r.issue]),
        h('td', r.moved ? { class: 'moved' } : {}, [r.outcome]),
        h('td', {}, [r.moved ? r.statusQuo : h('span', { class: 'muted' }, ['unchanged'])]),
        h('td', {}, [list(r.gained, 'gained')]),
        h('td', {}, [list(r.gaveWay, 'gave')]),
        h('td', {}, [r.wanted]),
      ]),
    );
  }
  table.append(body);
  return h('div', { class: 'table-scroll' }, [table]);
}

// ---- The dance -------------------------------------------------------------------------------------------------

function danceBlock(
  id: string,
  scenarioId: string,
  m: DebriefModel,
  dances: ReturnType<typeof analyzeGame>['dances'],
  parties: PartyInfo[],
  phaseName: (id: string) => string,
  status: HTMLElement,
): Child[] {
  const selectId = `${id}-dance-other`;
  const select = h('select', { id: selectId, class: 'debrief-select' });
  for (const d of m.dances) select.append(h('option', { value: String(d.index) }, [d.label]));
  const figure = h('figure', { class: 'dance', 'data-testid': 'dance-plot' });
  const tableBox = h('details', { class: 'dance-data' });
  let current = 0;

  const render = () => {
    const model = danceModel(dances[current], parties, phaseName);
    figure.replaceChildren(buildDanceSvg(model, 'dark', `${id}-dance`));
    const rows = h('tbody');
    for (const r of model.rows) {
      rows.append(
        h('tr', {}, [
          h('td', { class: 'num' }, [String(r.turn)]),
          h('td', {}, [r.phase]),
          h('td', { class: 'num' }, [String(r.round)]),
          h('td', {}, [r.proposer]),
          h('td', { class: 'num' }, [String(r.a)]),
          h('td', { class: 'num' }, [String(r.b)]),
        ]),
      );
    }
    tableBox.replaceChildren(
      h('summary', {}, [`The offers as a table (${model.rows.length})`]),
      h('div', { class: 'table-scroll' }, [
        h('table', { class: 'debrief-table' }, [
          h('caption', { class: 'visually-hidden' }, [model.desc]),
          h('thead', {}, [
            h(
              'tr',
              {},
              ['Turn', 'Phase', 'Round', 'Offered by', `Value for ${model.aName}`, `Value for ${model.bName}`].map(
                (t) => h('th', { scope: 'col' }, [t]),
              ),
            ),
          ]),
          rows,
        ]),
      ]),
    );
  };
  select.addEventListener('change', () => {
    current = Number(select.value) || 0;
    render();
  });
  render();

  const exportButton = h('button', { type: 'button', class: 'debrief-button' }, ['Export chart as PNG']);
  exportButton.addEventListener('click', async () => {
    const d = dances[current];
    // The PNG is built white on its own (for a report or a slide), whatever the screen shows.
    const paper = buildDanceSvg(danceModel(d, parties, phaseName), 'paper', `${id}-png`);
    const name = exportFileName(scenarioId, d.a, d.b);
    exportButton.disabled = true;
    try {
      downloadBlob(await svgToPngBlob(paper), name);
      status.textContent = `Saved ${name}.`;
    } catch (e) {
      status.textContent = `The chart could not be exported: ${e instanceof Error ? e.message : String(e)}.`;
    } finally {
      exportButton.disabled = false;
    }
  });

  const selectLabel = m.player ? `${m.player.name} against` : 'Parties';
  return [
    h('p', { class: 'note' }, [
      'Every offer of the game placed by what it was worth to the two parties. Up and to the right is better for both; the frontier is the best they could reach together.',
    ]),
    h('div', { class: 'dance-controls' }, [h('label', { for: selectId }, [selectLabel]), select, exportButton]),
    figure,
    tableBox,
  ];
}

// ---- Turning points and history --------------------------------------------------------------------------------

function turningList(m: DebriefModel): HTMLElement {
  if (m.turningPoints.length === 0)
    return h('p', { class: 'muted' }, ['Nothing turned: the game ended before any move.']);
  return h(
    'ol',
    { class: 'turning-phases' },
    m.turningGroups.map((g) =>
      h('li', {}, [
        h('h4', { class: 'tp-phase' }, [g.phase]),
        h(
          'ol',
          { class: 'turning' },
          g.points.map((t) =>
            h('li', { class: `tp tp-${t.kind}` }, [
              h('span', { class: 'tp-when' }, [
                `Turn ${t.turn}`,
                h('span', { class: 'muted' }, [` · round ${t.round}`]),
              ]),
              h('span', { class: `tp-kind tp-kind-${t.kind}` }, [t.kindLabel]),
              h('span', { class: 'tp-text' }, [
                t.text,
                t.detail ? h('span', { class: 'tp-detail' }, [t.detail]) : null,
              ]),
            ]),
          ),
        ),
      ]),
    ),
  );
}

function historyBlock(m: DebriefModel): Child[] {
  const hist = m.history!;
  return [
    h('div', { class: 'history' }, [
      h('div', { class: 'history-col' }, [
        h('h4', {}, ['What happened']),
        ...hist.summary.map((p) => h('p', {}, [p])),
        h(
          'ul',
          { class: 'history-points' },
          hist.points.map((p) => h('li', {}, [p])),
        ),
      ]),
      h('div', { class: 'history-col' }, [
        h('h4', {}, ['This game']),
        h('p', {}, [m.summary[0] ?? '']),
        h(
          'ul',
          { class: 'history-game' },
          hist.game.map((g) =>
            h('li', { class: g.moved ? 'moved' : '' }, [h('span', { class: 'muted' }, [`${g.issue}: `]), g.option]),
          ),
        ),
      ]),
    ]),
  ];
}
