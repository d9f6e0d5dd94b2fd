// The instructor's dashboard at /teach: make a class (a scenario, bundled or one's own file checked by the server
// like `summit validate`; how many tables; which parties students play; minutes per phase), then run it — the join
// code, link and QR code for the projector, every table live (phase, round, speaker, the package on the table, each
// party's mood and stance, deals and walk-outs, a small dance plot), steering (start, pause and resume, a world event
// into one table or all, a notice, the end), watching one table read-only in the game's own view, the class report
// as `summit report` makes it, and all replays as one zip. The key is shown once, as the link that opens the class.
// Everything a student or a scenario wrote is put on the page as text, never as markup.

import './teach.css';
import {
  type ClassConnection,
  type ClassReport,
  type ClassView,
  type TableSummary,
  TEACH_PATH,
} from '../../session/online/index';
import { CLASS_PLOT_LEGEND } from '../../session/report/index';
import { el } from '../ui/dom';

const root = document.getElementById('teach') as HTMLElement;
const origin = location.origin;
const online = () => import('../../session/online/index');
const KEYS = 'summit.teach.keys';

/** Keys of the classes made in this browser (so "past classes" can open them again). */
function savedKeys(): Record<string, string> {
  try {
    return JSON.parse(localStorage.getItem(KEYS) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}
function saveKey(code: string, key: string) {
  try {
    localStorage.setItem(KEYS, JSON.stringify({ ...savedKeys(), [code]: key }));
  } catch {}
}

const button = (text: string, attrs: Record<string, string> = {}, primary = false) =>
  el('button', { className: primary ? 'primary' : '', text, attrs: { type: 'button', ...attrs } });
const field = (label: string, input: HTMLElement) =>
  el('label', { className: 'field' }, [el('span', { text: label }), input]);
/**
 * A label beside its control, in a row of controls: visible, and the control's accessible name. Tied by `for`, not
 * by wrapping: a wrapped <select> would add its chosen option to its own name.
 */
const inline = (label: string, input: HTMLElement, id: string) => {
  input.id = id;
  return el('span', { className: 'inline' }, [el('label', { text: label, attrs: { for: id } }), input]);
};

/** Latency of each table summary (ms from the table's change to the dashboard), for the bench and the e2e test. */
const latencies: number[] = [];
(window as unknown as { __teach: { latencies: number[] } }).__teach = { latencies };

// ---- the new class ---------------------------------------------------------------------------------------------

async function showNewClass(message = '') {
  const { scenarioParties, uploadScenario, createClass, listClasses } = await online();
  const { loadCatalogue } = await import('../../session/index');
  const select = el('select', { attrs: { 'data-teach': 'scenario' } });
  for (const e of await loadCatalogue())
    select.append(el('option', { text: e.card?.title ?? e.file, attrs: { value: e.file } }));
  const tables = el('input', { attrs: { type: 'number', min: '1', max: '30', value: '2', 'data-teach': 'tables' } });
  const minutes = el('input', {
    attrs: { type: 'number', min: '0', max: '120', value: '10', 'data-teach': 'minutes' },
  });
  const humans = el('fieldset', { attrs: { 'data-teach': 'humans' } });
  const problem = el('p', { className: 'notice-line', attrs: { role: 'alert' }, text: message });
  const fileStatus = el('p', { className: 'muted', attrs: { role: 'status' } });
  const file = el('input', { attrs: { type: 'file', accept: '.yaml,.yml', 'data-teach': 'file' } });
  const drawParties = async () => {
    const parties = await scenarioParties(origin, select.value);
    humans.replaceChildren(el('legend', { text: 'Students play' }));
    for (const p of parties) {
      const box = el('input', { attrs: { type: 'checkbox', value: p.id, 'data-party': p.id } });
      box.checked = true;
      humans.append(el('label', { className: 'row' }, [box, el('span', { text: p.name })]));
    }
  };
  select.addEventListener('change', () => void drawParties());
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    const answer = await uploadScenario(origin, await f.text(), f.name);
    if (!answer.ok) {
      fileStatus.textContent = answer.errors.join('\n');
      return;
    }
    let option = [...select.options].find((o) => o.value === answer.id);
    if (!option) {
      option = el('option', { text: `${answer.title} (${f.name})`, attrs: { value: answer.id } });
      select.append(option);
    }
    select.value = answer.id;
    fileStatus.textContent = `${f.name} is valid: “${answer.title}”.`;
    await drawParties();
  });
  const create = button('New class', { 'data-teach': 'create' }, true);
  create.addEventListener('click', async () => {
    create.disabled = true;
    const chosen = [...humans.querySelectorAll<HTMLInputElement>('input[type=checkbox]')]
      .filter((b) => b.checked)
      .map((b) => b.value);
    const answer = await createClass(origin, {
      scenario: select.value,
      tables: Number(tables.value),
      humans: chosen,
      minutes: Number(minutes.value),
    });
    create.disabled = false;
    if (!answer.ok) {
      problem.textContent = answer.error;
      return;
    }
    saveKey(answer.code, answer.key);
    await openClass(answer.code, answer.key, true);
  });
  const past = el('ul', { className: 'past', attrs: { 'data-teach': 'past' } });
  // Only the classes made (or opened with their link) in this browser: the server lists a class to its key only.
  const keys = savedKeys();
  for (const c of await listClasses(origin, keys)) {
    const when = new Date(c.createdAt).toLocaleString();
    const item = el('li', {
      text: `${c.code} · ${c.title} · ${when} · ${c.tables} tables, ${c.finishedTables} finished${c.ended ? ' · ended' : ''} `,
    });
    const key = keys[c.code] ?? '';
    const open = button('Open', { 'data-open': c.code });
    open.addEventListener('click', () => void openClass(c.code, key, false));
    item.append(open);
    past.append(item);
  }
  if (past.childElementCount === 0)
    past.append(
      el('li', {
        className: 'muted',
        text: 'None yet in this browser: the classes made here, or opened here with their instructor link, are listed here.',
      }),
    );
  root.replaceChildren(
    el('h1', { text: 'Summit — the classroom' }),
    el('p', {
      className: 'muted',
      text: 'Make a class: students join with one code and are seated at the tables; the AI plays every seat left empty.',
    }),
    field('Scenario', select),
    field('Or a scenario file of your own', file),
    fileStatus,
    field('Tables', tables),
    humans,
    field('Minutes per phase (0: no clock)', minutes),
    el('div', { className: 'row' }, [create]),
    problem,
    el('h2', { text: 'Past classes' }),
    past,
  );
  await drawParties();
}

// ---- a running class -------------------------------------------------------------------------------------------

async function openClass(code: string, key: string, fresh: boolean) {
  const { ClassConnection, replaysZipUrl } = await online();
  let conn: ClassConnection;
  try {
    conn = await ClassConnection.open(origin, code, key);
  } catch (e) {
    await showNewClass(e instanceof Error ? e.message : 'The class cannot be opened.');
    return;
  }
  history.replaceState(null, '', `${TEACH_PATH}#class=${code}&key=${encodeURIComponent(key)}`);
  const joinLink = `${origin}/?join=${code}`;
  const keyLink = `${origin}${TEACH_PATH}#class=${code}&key=${encodeURIComponent(key)}`;
  const qr = el('img', { className: 'join-qr', attrs: { alt: `QR code of ${joinLink}`, width: '300', height: '300' } });
  void import('qrcode').then((q) => q.toDataURL(joinLink, { margin: 1, width: 300 }).then((u) => (qr.src = u)));
  const title = el('h1', { text: 'Class' });
  const status = el('p', { className: 'muted', attrs: { role: 'status', 'data-teach': 'status' } });
  const problem = el('p', { className: 'notice-line', attrs: { role: 'alert' } });
  // Shown while the connection is down: the dashboard opens it again by itself (class-client.ts), so the
  // instructor waits instead of reloading; the live view resumes where the class stands.
  const connection = el('p', {
    className: 'connection-line',
    text: 'Reconnecting… the server does not answer; trying again.',
    attrs: { role: 'status', 'data-teach': 'connection', hidden: '' },
  });
  const grid = el('div', { className: 'tables', attrs: { 'data-teach': 'tables' } });
  const report = el('section', { className: 'report', attrs: { 'data-teach': 'report' } }, [
    el('h2', { text: 'Class report' }),
    el('p', { className: 'muted', text: 'It fills in as tables finish.' }),
  ]);
  const eventSelect = el('select', { attrs: { 'data-teach': 'event' } });
  /** The scenario's world events by id, to name the ones a table has fired. */
  const eventNames = new Map<string, string>();
  const start = button('Start the class', { 'data-teach': 'start' }, true);
  const pauseAll = button('Pause all', { 'data-teach': 'pause-all' });
  const resumeAll = button('Resume all', { 'data-teach': 'resume-all' });
  const injectAll = button('Inject into every table', { 'data-teach': 'inject-all' });
  const noticeText = el('input', {
    attrs: { type: 'text', maxlength: '200', size: '36', 'data-teach': 'notice-text' },
  });
  const notice = button('Send notice', { 'data-teach': 'notice' });
  const end = button('End the class', { 'data-teach': 'end' });
  const zip = el('a', {
    className: 'button',
    text: 'Download all replays (zip)',
    attrs: { href: replaysZipUrl(origin, code, key), download: `class-${code}-replays.zip`, 'data-teach': 'zip' },
  });
  const back = button('All classes');
  start.addEventListener('click', () => conn.send({ type: 'start' }));
  pauseAll.addEventListener('click', () => conn.send({ type: 'pause', table: null }));
  resumeAll.addEventListener('click', () => conn.send({ type: 'resume', table: null }));
  injectAll.addEventListener('click', () => conn.send({ type: 'inject', table: null, event: eventSelect.value }));
  notice.addEventListener('click', () => {
    if (noticeText.value.trim() === '') return;
    conn.send({ type: 'notice', text: noticeText.value });
    noticeText.value = '';
  });
  end.addEventListener('click', () => {
    if (confirm('End the class? Every table still playing ends now, without a deal in its open phases.'))
      conn.send({ type: 'end' });
  });
  back.addEventListener('click', () => {
    void conn.close();
    history.replaceState(null, '', TEACH_PATH);
    void showNewClass();
  });

  root.replaceChildren(
    title,
    ...(fresh
      ? [
          el('p', { text: 'Your instructor link — shown once. Keep it: it opens this class and steers it.' }),
          el('p', { className: 'key-link' }, [
            el('a', { text: keyLink, attrs: { href: keyLink, 'data-teach': 'key-link' } }),
          ]),
        ]
      : []),
    el('div', { className: 'join' }, [
      el('div', {}, [
        el('p', { text: 'Join the class at' }),
        el('p', { className: 'join-link', text: joinLink.replace(/^https?:\/\//, '') }),
        el('p', { text: 'with the code' }),
        el('p', { className: 'join-code', text: code, attrs: { 'data-teach': 'code' } }),
      ]),
      qr,
    ]),
    el('div', { className: 'controls' }, [
      el('div', { className: 'row' }, [
        start,
        pauseAll,
        resumeAll,
        inline('World event', eventSelect, 'teach-event'),
        injectAll,
      ]),
      el('div', { className: 'row' }, [inline('Notice to every player', noticeText, 'teach-notice'), notice]),
      el('div', { className: 'row' }, [end, zip, back]),
      status,
      connection,
      problem,
    ]),
    el('h2', { text: 'Tables' }),
    grid,
    report,
  );

  let view: ClassView | null = null;
  const cards = new Map<number, HTMLElement>();
  const drawStatus = () => {
    if (!view) return;
    title.textContent = `${view.title} — class ${view.code}`;
    status.textContent = `${view.tables} tables · students play ${
      view.humans.map((h) => view?.parties.find((p) => p.id === h)?.name ?? h).join(', ') || 'no party'
    } · ${view.minutes > 0 ? `${view.minutes} minutes per phase` : 'no phase clock'} · ${
      view.ended ? 'ended' : view.started ? 'running' : 'waiting for students'
    }`;
    const down = !conn.connected();
    start.disabled = view.started || view.ended || down;
    for (const b of [pauseAll, resumeAll, injectAll, notice, end]) b.disabled = view.ended || down;
    connection.hidden = !down;
    root.classList.toggle('reconnecting', down);
  };
  conn.subscribe((e) => {
    if (e.type === 'class') {
      const first = view === null;
      view = e.view;
      if (first) {
        for (const ev of e.view.events) {
          eventNames.set(ev.id, ev.headline);
          eventSelect.append(el('option', { text: ev.headline, attrs: { value: ev.id } }));
        }
      }
      drawStatus();
    } else if (e.type === 'table') {
      latencies.push(Date.now() - e.table.sentAt);
      let card = cards.get(e.table.table);
      if (!card) {
        card = el('article', { className: 'table-card', attrs: { 'data-table': String(e.table.table) } });
        cards.set(e.table.table, card);
        const ordered = [...cards.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c);
        grid.replaceChildren(...ordered);
      }
      drawTable(card, e.table, conn, key, eventSelect, eventNames);
    } else if (e.type === 'report') drawReport(report, e.report, code);
    else if (e.type === 'error') problem.textContent = e.message;
    else if (e.type === 'closed' || e.type === 'connection') {
      if (e.type === 'connection' && e.status === 'connected') problem.textContent = '';
      connection.hidden = conn.connected();
      drawStatus();
    }
  });
}

function clockText(t: TableSummary): string {
  const c = t.clock;
  const ms = c.endsAt !== null ? c.endsAt - Date.now() : c.remainingMs;
  if (ms === null) return '';
  const s = Math.max(0, Math.round(ms / 1000));
  return ` · ${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')} left${c.paused ? ' (paused)' : ''}`;
}

function drawTable(
  card: HTMLElement,
  t: TableSummary,
  conn: ClassConnection,
  key: string,
  events: HTMLSelectElement,
  eventNames: ReadonlyMap<string, string>,
) {
  card.className = `table-card${t.paused ? ' paused' : ''}${t.finished ? ' finished' : ''}`;
  const state = t.finished ? 'finished' : t.paused ? 'paused' : t.started ? 'playing' : 'lobby';
  const pause = button(t.paused ? 'Resume' : 'Pause', { 'data-action': t.paused ? 'resume' : 'pause' });
  pause.disabled = t.finished || !t.started;
  pause.addEventListener('click', () => conn.send({ type: t.paused ? 'resume' : 'pause', table: t.table }));
  const inject = button('Inject event', { 'data-action': 'inject' });
  inject.disabled = t.finished || !t.started;
  inject.addEventListener('click', () => conn.send({ type: 'inject', table: t.table, event: events.value }));
  const watch = el('a', {
    className: 'button',
    text: 'Watch',
    attrs: {
      href: `${origin}/?watch=${t.code}&key=${encodeURIComponent(key)}`,
      target: '_blank',
      rel: 'noopener',
      'data-action': 'watch',
    },
  });
  const parties = el(
    'ul',
    {},
    t.parties.map((p) =>
      el('li', {
        text: `${p.name}: ${p.seat === 'ai' ? 'AI' : (p.player ?? 'waiting')} · ${p.stance}${p.mood ? ` (${p.mood})` : ''}`,
      }),
    ),
  );
  const outcome =
    t.outcome === 'agreement'
      ? 'Agreement signed.'
      : t.outcome === 'walkout'
        ? `${t.walkout ?? 'A party'} walked out.`
        : t.outcome === 'no-deal'
          ? 'No deal.'
          : null;
  card.replaceChildren(
    el('h3', {}, [
      el('span', { text: `Table ${t.table + 1} · ${t.code}` }),
      el('span', { className: `tag ${state}`, text: state }),
    ]),
    el('p', {
      attrs: { 'data-field': 'phase' },
      text: t.started ? `${t.phase}, round ${t.round} · turn ${t.turn}${clockText(t)}` : 'Waiting for the start.',
    }),
    el('p', { attrs: { 'data-field': 'speaker' }, text: t.speaker ? `Speaking: ${t.speaker}` : '' }),
    el('p', {
      attrs: { 'data-field': 'on-table' },
      text: t.onTable ? `On the table — ${t.onTable}` : 'Nothing on the table.',
    }),
    parties,
    ...t.deals.map((d) => el('p', { text: `Deal — ${d}` })),
    ...(outcome ? [el('p', { attrs: { 'data-field': 'outcome' }, text: outcome })] : []),
    ...(t.fired.length > 0 ? [firedList(t.fired, eventNames)] : []),
    dancePlot(t),
    // The axes' names under the plot, not in it, where a proposal's dot could hide them.
    el('p', { className: 'muted dance-axes', text: `Dance: ${t.dance.b} ↑ · ${t.dance.a} →` }),
    el('div', { className: 'row' }, [pause, inject, watch]),
  );
}

/** The world events a table has fired, by the scenario's headline, each with its id as quieter text. */
function firedList(fired: readonly string[], names: ReadonlyMap<string, string>): HTMLElement {
  const list = el('ul', { className: 'fired', attrs: { 'data-field': 'events', 'aria-label': 'World events fired' } });
  for (const id of fired) {
    const headline = names.get(id);
    list.append(
      el(
        'li',
        {},
        headline
          ? [el('span', { text: headline }), el('span', { className: 'muted event-id', text: ` (${id})` })]
          : [el('span', { text: id })],
      ),
    );
  }
  return el('div', { className: 'fired-events' }, [el('p', { className: 'muted', text: 'World events:' }), list]);
}

const SVG = 'http://www.w3.org/2000/svg';
/** The dance: each proposal so far in the plane of the first two parties' values, joined in order. */
function dancePlot(t: TableSummary): SVGSVGElement {
  const w = 300;
  const h = 110;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  svg.setAttribute('class', 'dance');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Dance of ${t.dance.a} and ${t.dance.b}: ${t.dance.points.length} proposals`);
  const x = (v: number) => 8 + (v / 100) * (w - 16);
  const y = (v: number) => h - 8 - (v / 100) * (h - 16);
  const axis = document.createElementNS(SVG, 'path');
  axis.setAttribute('d', `M8 8 V${h - 8} H${w - 8}`);
  axis.setAttribute('stroke', '#2b4366');
  axis.setAttribute('fill', 'none');
  svg.append(axis);
  const pts = t.dance.points;
  if (pts.length > 1) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', pts.map(([a, b], i) => `${i === 0 ? 'M' : 'L'}${x(a)} ${y(b)}`).join(' '));
    path.setAttribute('stroke', '#a9b8cc');
    path.setAttribute('fill', 'none');
    svg.append(path);
  }
  pts.forEach(([a, b], i) => {
    const dot = document.createElementNS(SVG, 'circle');
    dot.setAttribute('cx', String(x(a)));
    dot.setAttribute('cy', String(y(b)));
    dot.setAttribute('r', i === pts.length - 1 ? '4' : '2.5');
    dot.setAttribute('fill', i === pts.length - 1 ? '#f2c14e' : '#6fa8dc');
    svg.append(dot);
  });
  if (pts.length === 0) {
    const none = document.createElementNS(SVG, 'text');
    none.setAttribute('x', String(w / 2));
    none.setAttribute('y', String(h / 2 + 4));
    none.setAttribute('text-anchor', 'middle');
    none.setAttribute('fill', '#6b7f99');
    none.setAttribute('font-size', '11');
    none.textContent = 'No proposal yet';
    svg.append(none);
  }
  return svg;
}

/** The report drawn last, per section, and its download links (freed when a newer report replaces them). */
const drawnReports = new WeakMap<HTMLElement, { csv: string; urls: string[] }>();

function drawReport(section: HTMLElement, r: ClassReport, code: string) {
  // The same report again (a table's summary can bring it twice): keep what is on screen, the images included.
  const before = drawnReports.get(section);
  if (before?.csv === r.csv) return;
  for (const url of before?.urls ?? []) URL.revokeObjectURL(url);
  const csv = el('a', {
    className: 'button',
    text: 'Download the CSV',
    attrs: {
      href: URL.createObjectURL(new Blob([r.csv], { type: 'text/csv' })),
      download: `class-${code}-report.csv`,
      'data-teach': 'csv',
    },
  });
  const page = el('a', {
    className: 'button',
    text: 'Download the report page',
    attrs: {
      href: URL.createObjectURL(new Blob([r.html], { type: 'text/html' })),
      download: `class-${code}-report.html`,
    },
  });
  // The class scatter as an image: a complete SVG document drawn by the report code (namespace, size and a white
  // ground of its own), shown through <img>, where nothing in it runs.
  const plots = r.plots.map((p) =>
    el('figure', { className: 'class-plot' }, [
      el('img', {
        attrs: {
          src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(p.svg)}`,
          alt: `${p.title}: every finished table's outcome in the plane of the two parties' values`,
          width: '456',
          height: '456',
          'data-teach': 'plot',
        },
      }),
      el('figcaption', { text: p.title }),
      el('p', { className: 'muted legend', text: CLASS_PLOT_LEGEND }),
    ]),
  );
  drawnReports.set(section, { csv: r.csv, urls: [csv.href, page.href] });
  section.replaceChildren(
    el('h2', { text: `Class report — ${r.finished} finished ${r.finished === 1 ? 'table' : 'tables'}` }),
    el('div', { className: 'row' }, [csv, page]),
    el('pre', { text: r.table, attrs: { 'data-teach': 'report-table' } }),
    ...plots,
  );
}

// ---- start -----------------------------------------------------------------------------------------------------

const hash = new URLSearchParams(location.hash.slice(1));
const code = hash.get('class');
const key = hash.get('key');
if (code && key) {
  saveKey(code, key);
  void openClass(code, key, false);
} else void showNewClass();
