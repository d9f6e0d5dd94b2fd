// Online games in the browser: host a room or join one by its code, the lobby (who is there, which party each
// takes, the host's Start), then the summit panel driven by the room (intents go to the server, which is the
// referee), and the end with the full replay to download or share. Loaded with import() from the title: it
// carries the Colyseus SDK. The seat token and the room live in sessionStorage, so a reload takes the seat back.

import type * as Phaser from 'phaser';
import type { Action, CompiledScenario, GameState, PartyId } from '../../session/live';
import type { RemoteMatch, TokenStore } from '../../session/online/index';
import type { FrameScheduler } from '../frames';
import type { SettingsStore } from '../settings-store';
import type { StatusStore } from '../status';
import { mountCanvas, type SummitCanvasPort } from '../ui/canvas-port';
import { el } from '../ui/dom';
import { readScenarioFile } from '../ui/scenario-file';
import { createScenarioFileSection } from '../ui/scenario-file-section';
import { setLayout } from '../ui/screen';
import { createSummitScreen, type SummitGame } from '../ui/summit-screen';
import { type ClassBanner, classBanner } from './class-banner';

export interface OnlineDeps {
  root: HTMLElement;
  status: StatusStore;
  toTitle(message?: string): void;
  /** Tells the session (and so window.__summit) which game runs: its hash comes from the server. */
  attach(game: { scenarioId: string; stateHash(): string } | null): void;
  /** The Phaser game and its frame scheduler, for the table and the map beside the panel (null before boot). */
  game(): Phaser.Game | null;
  frames(): FrameScheduler | null;
  settings: SettingsStore;
}

const CURRENT_KEY = 'summit.online.current';
const NAME_KEY = 'summit.online.name';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

const tokens: TokenStore = {
  get: (code) => storage()?.getItem(`summit.online.token.${code}`) ?? null,
  set: (code, token) => storage()?.setItem(`summit.online.token.${code}`, token),
};

/** The room this tab was in (a reload comes back to it), or null. */
export const currentRoom = (): string | null => storage()?.getItem(CURRENT_KEY) ?? null;

/** A side panel; `layout` 'split' keeps the table drawn beside it (the end), 'title' shows the title behind it. */
function panel(
  deps: OnlineDeps,
  title: string,
  lead: string,
  body: Node[],
  footer: Node[],
  layout: 'title' | 'split' = 'title',
): HTMLElement {
  const section = el('section', { className: 'side-panel online', attrs: { 'aria-labelledby': 'online-title' } }, [
    el('header', { className: 'side-header' }, [
      el('h1', { className: 'side-title', text: title, attrs: { id: 'online-title', tabindex: '-1' } }),
      el('p', { className: 'lead', text: lead }),
    ]),
    el('div', { className: 'side-scroll' }, body),
    el('footer', { className: 'side-footer' }, footer),
  ]);
  deps.root.replaceChildren(section);
  // Through setLayout, so the canvas refits to the stage the layout leaves it.
  setLayout(layout, deps.game(), deps.frames());
  section.querySelector<HTMLElement>('#online-title')?.focus();
  return section;
}

function field(label: string, input: HTMLInputElement | HTMLSelectElement): HTMLElement {
  return el('label', { className: 'field' }, [el('span', { text: label }), input]);
}

const button = (text: string, primary = false, attrs: Record<string, string> = {}) =>
  el('button', { className: primary ? 'button button-primary' : 'button', text, attrs: { type: 'button', ...attrs } });

function errorLine(): HTMLElement {
  return el('p', { className: 'notice', attrs: { role: 'alert', hidden: '' } });
}
function showError(line: HTMLElement, message: string) {
  line.textContent = message;
  line.hidden = false;
}

const serverUrl = () => location.origin;

export function openHost(deps: OnlineDeps, files: readonly { file: string; title: string }[]) {
  const name = el('input', {
    attrs: { type: 'text', maxlength: '40', autocomplete: 'nickname', value: storage()?.getItem(NAME_KEY) ?? '' },
  });
  const select = el('select');
  for (const f of files) select.append(el('option', { text: f.title, attrs: { value: f.file } }));
  const problem = errorLine();
  const create = button('Create the room', true, { 'data-online': 'create' });
  const back = button('Back');
  // A scenario file of the host's own goes to the server, which checks it like `summit validate` and keeps it;
  // it then stands in the list like a bundled one. Its problems are listed here as file:line:col lines.
  const ready = el('p', { className: 'scenario-file-status', attrs: { role: 'status', 'data-online': 'uploaded' } });
  const fields = el('div', {}, [field('Your name', name), field('Summit', select)]);
  const fileSection = createScenarioFileSection(
    fields,
    (uploaded: { ok: true; id: string; title: string; name: string }) => {
      let option = [...select.options].find((o) => o.value === uploaded.id);
      if (option === undefined) {
        option = el('option', { text: `${uploaded.title} (${uploaded.name})`, attrs: { value: uploaded.id } });
        select.append(option);
      }
      select.value = uploaded.id;
      ready.textContent = `${uploaded.name} is on the server: create the room to play “${uploaded.title}”.`;
    },
    async (file: File) => {
      ready.textContent = '';
      const read = await readScenarioFile(file);
      if (!read.ok) return read;
      const { uploadScenario } = await import('../../session/online/index');
      const answer = await uploadScenario(serverUrl(), read.text, file.name);
      return answer.ok ? { ...answer, name: file.name } : answer;
    },
  );
  fields.append(fileSection.element, ready);
  panel(
    deps,
    'Host an online game',
    'Everyone plays on their own device; the AI takes every seat left empty.',
    [fields, problem],
    [back, create],
  );
  deps.status.setScreen('online');
  back.addEventListener('click', () => deps.toTitle());
  create.addEventListener('click', async () => {
    create.disabled = true;
    storage()?.setItem(NAME_KEY, name.value);
    try {
      const { RemoteMatch } = await import('../../session/online/index');
      const m = await RemoteMatch.host(serverUrl(), select.value, { name: name.value, tokens });
      enterRoom(deps, m);
    } catch {
      create.disabled = false;
      showError(
        problem,
        'The room could not be created: this page is not served by a Summit server, or it is unreachable.',
      );
    }
  });
}

export function openJoin(deps: OnlineDeps, code = '') {
  const codeInput = el('input', {
    attrs: {
      type: 'text',
      maxlength: '8',
      autocomplete: 'off',
      value: code,
      'aria-describedby': 'code-hint',
      spellcheck: 'false',
    },
  });
  const name = el('input', {
    attrs: { type: 'text', maxlength: '40', autocomplete: 'nickname', value: storage()?.getItem(NAME_KEY) ?? '' },
  });
  const problem = errorLine();
  const join = button('Join', true, { 'data-online': 'join' });
  const back = button('Back');
  panel(
    deps,
    'Join a game',
    'Type the six-character code your host shows, or open their link.',
    [field('Room code', codeInput), field('Your name', name), problem],
    [back, join],
  );
  deps.status.setScreen('online');
  back.addEventListener('click', () => deps.toTitle());
  join.addEventListener('click', async () => {
    const typed = codeInput.value.toUpperCase().replace(/[\s-]/g, '');
    if (!/^[A-Z0-9]{6}$/.test(typed)) return showError(problem, 'A room code has six letters and digits.');
    join.disabled = true;
    storage()?.setItem(NAME_KEY, name.value);
    try {
      await rejoin(deps, typed, name.value);
    } catch {
      join.disabled = false;
      showError(problem, `There is no room ${typed} on this server, or it cannot be reached.`);
    }
  });
}

/** Into a room by code (with this tab's seat token for it, if any). Throws when the room cannot be joined. */
export async function rejoin(deps: OnlineDeps, code: string, name = storage()?.getItem(NAME_KEY) ?? '') {
  const { RemoteMatch } = await import('../../session/online/index');
  enterRoom(deps, await RemoteMatch.join(serverUrl(), code, { name, tokens }));
}

/** A class's table, read-only, for its instructor (opened from the dashboard with the class's key). */
export async function watchTable(deps: OnlineDeps, code: string, key: string) {
  const { RemoteMatch } = await import('../../session/online/index');
  enterRoom(deps, await RemoteMatch.watch(serverUrl(), code, key), false);
}

let banner: ClassBanner | null = null;

function enterRoom(deps: OnlineDeps, m: RemoteMatch, remember = true) {
  if (remember) storage()?.setItem(CURRENT_KEY, m.code);
  banner?.remove();
  banner = classBanner();
  banner.update(m.classInfo());
  let screen: 'lobby' | 'summit' | 'end' | null = null;
  let table: ReturnType<typeof mountTable> | null = null;
  const update = () => {
    if (m.replayFile() !== null) {
      if (screen !== 'end') {
        screen = 'end';
        // The final table stays drawn beside the end panel, as after a solo game; it leaves with the panel.
        const finalTable = table;
        showEnd(deps, m, () => finalTable?.leave());
      }
    } else if (m.started() && m.scenario() !== null) {
      if (screen !== 'summit' || table === null) {
        screen = 'summit';
        table = mountTable(deps, m);
      }
      table.render();
    } else {
      screen = 'lobby';
      showLobby(deps, m);
    }
  };
  m.subscribe((e) => {
    if (e.type === 'error') table?.error(e.message);
    if (e.type === 'class') banner?.update(e.message);
    if (e.type === 'connection' && e.status === 'lost') {
      banner?.remove();
      table?.leave();
      deps.attach(null);
      deps.toTitle('The connection to the room was lost. Join again with its code.');
      return;
    }
    if (e.type === 'lobby' || e.type === 'view' || e.type === 'scenario' || e.type === 'end') update();
  });
  update();
}

/** The join link as a QR code (a data: URL image), made once per room; qrcode loads only here. */
const qrCodes = new Map<string, Promise<string>>();
function qrFor(link: string): Promise<string> {
  let made = qrCodes.get(link);
  if (made === undefined) {
    made = import('qrcode').then((q) => q.toDataURL(link, { margin: 1, width: 176 }));
    qrCodes.set(link, made);
  }
  return made;
}

function showLobby(deps: OnlineDeps, m: RemoteMatch) {
  const lobby = m.lobby();
  const link = `${location.origin}/?join=${m.code}`;
  const qr = el('img', {
    className: 'join-qr',
    attrs: { alt: `QR code of the link ${link}`, width: '176', height: '176', hidden: '' },
  });
  void qrFor(link)
    .then((url) => {
      qr.src = url;
      qr.hidden = false;
    })
    .catch(() => undefined);
  const copy = button('Copy the link');
  copy.addEventListener('click', () => void navigator.clipboard?.writeText(link).catch(() => undefined));
  const players = el('ul', { className: 'lobby-players', attrs: { 'aria-label': 'Who is here' } });
  for (const p of lobby?.players ?? []) {
    const party = lobby?.parties.find((x) => x.id === p.party)?.name ?? 'no party yet';
    const item = el('li', {}, [
      el('span', { text: `${p.name}${p.host ? ' (host)' : ''} — ${party}${p.here ? '' : ' (away)'}` }),
    ]);
    if (m.isHost) {
      // The host may seat anyone at any free party (or stand them up).
      const seat = el('select', { attrs: { 'aria-label': `Seat ${p.name}`, 'data-assign': p.id } });
      seat.append(el('option', { text: 'No party', attrs: { value: '' } }));
      for (const x of lobby?.parties ?? []) {
        const taken = lobby?.players.some((o) => o.party === x.id && o.id !== p.id) ?? false;
        const option = el('option', { text: x.name, attrs: { value: x.id } });
        option.disabled = taken;
        seat.append(option);
      }
      seat.value = p.party ?? '';
      seat.addEventListener('change', () => m.assign(p.id, seat.value === '' ? null : seat.value));
      item.append(seat);
    }
    players.append(item);
  }
  const seats = el('div', { className: 'lobby-parties', attrs: { role: 'group', 'aria-label': 'Take a party' } });
  const mine = m.party();
  for (const party of lobby?.parties ?? []) {
    const holder = lobby?.players.find((p) => p.party === party.id);
    const b = button(holder ? `${party.name}: ${holder.name}` : `Sit as ${party.name}`, party.id === mine, {
      'data-party': party.id,
    });
    b.disabled = holder !== undefined && party.id !== mine;
    b.addEventListener('click', () => m.pick(party.id === mine ? null : party.id));
    seats.append(b);
  }
  const footer: Node[] = [];
  const leave = button('Leave');
  leave.addEventListener('click', () => {
    storage()?.removeItem(CURRENT_KEY);
    void m.leave();
    deps.toTitle();
  });
  footer.push(leave);
  if (m.isHost) {
    const start = button('Start the summit', true, { 'data-online': 'start' });
    start.addEventListener('click', () => m.start());
    footer.push(start);
  }
  const focused = document.activeElement?.getAttribute('data-party');
  const focusedSeat = document.activeElement?.getAttribute('data-assign');
  panel(
    deps,
    lobby?.title ?? 'Lobby',
    m.isHost
      ? 'Share the code or the link; start when everyone has a party. The AI plays every empty seat.'
      : 'Take a party; the host starts the summit.',
    [
      el('p', {
        className: 'join-code',
        text: m.code,
        attrs: { 'aria-label': `Room code ${[...m.code].join(' ')}`, 'data-code': m.code },
      }),
      el('p', { className: 'join-link' }, [el('a', { text: link, attrs: { href: link } }), copy]),
      qr,
      el('h2', { text: 'Who is here' }),
      players,
      el('h2', { text: 'Parties' }),
      seats,
    ],
    footer,
  );
  if (focused) deps.root.querySelector<HTMLElement>(`[data-party="${focused}"]`)?.focus();
  if (focusedSeat) deps.root.querySelector<HTMLElement>(`[data-assign="${focusedSeat}"]`)?.focus();
  deps.status.setScreen('lobby');
}

/** The summit panel, drawing the room's view of the game; intents go to the server. */
function mountTable(deps: OnlineDeps, m: RemoteMatch) {
  const sc = m.scenario() as CompiledScenario;
  // The table and the map, drawn from the room's view of the game (the seat's own view: others' secrets are not
  // in it), exactly as in a solo game.
  let canvas: SummitCanvasPort | null = null;
  let mapOn = false;
  const draw = () => {
    const state = m.state() as GameState | null;
    if (canvas === null || state === null) return;
    const size = deps.game()?.scale.gameSize;
    if (size) canvas.setViewport?.(0, 0, size.width, size.height);
    canvas.update({ scenario: sc, state, viewer: m.party(), preview: screen.build() });
  };
  const leaveCanvas = () => {
    canvas?.destroy();
    canvas = null;
    setLayout('title', deps.game(), deps.frames());
  };
  const game: SummitGame = {
    scenario: sc,
    difficulty: 'normal',
    state: () => m.state() as GameState,
    toMove: () => m.toMove(),
    legal: (p: PartyId) => m.legal(p),
  };
  let busy = false;
  const screen = createSummitScreen(game, {
    onAction: (action: Action) => {
      if (busy) return;
      busy = true;
      void m.act(action).then((r) => {
        busy = false;
        if (!r.ok) screen.showError(r.error.message);
      });
    },
    onBuild: () => draw(),
    onSkip: () => undefined,
    ...(sc.map
      ? {
          onToggleMap: () => {
            mapOn = !mapOn;
            canvas?.showMap(mapOn);
          },
        }
      : {}),
    onLeave: () => {
      leaveCanvas();
      storage()?.removeItem(CURRENT_KEY);
      deps.attach(null);
      void m.leave();
      deps.toTitle();
    },
  });
  deps.root.replaceChildren(screen.element);
  setLayout('split', deps.game(), deps.frames());
  const phaser = deps.game();
  const frames = deps.frames();
  if (phaser !== null && frames !== null)
    void mountCanvas(phaser, frames, deps.settings).then((c) => {
      canvas = c;
      canvas.showMap(false);
      draw();
    });
  deps.attach({ scenarioId: sc.id, stateHash: () => m.hash() ?? '' });
  deps.status.setScreen('summit');
  return {
    render() {
      const p = m.toMove();
      screen.render(m.party(), p !== null && m.seats()[p] === 'ai');
      draw();
    },
    error: (message: string) => screen.showError(message),
    leave: leaveCanvas,
  };
}

function showEnd(deps: OnlineDeps, m: RemoteMatch, leaveTable: () => void) {
  const text = m.replayFile() ?? '';
  const outcome = (m.state()?.outcome ?? null) as GameState['outcome'];
  const kind =
    outcome?.kind === 'agreement'
      ? 'An agreement was signed.'
      : outcome?.kind === 'walkout'
        ? 'A delegation walked out.'
        : 'The summit ended without a deal.';
  const link = `${location.origin}/replays/${m.code}`;
  const download = el('a', {
    className: 'button button-primary',
    text: 'Download the replay',
    attrs: {
      href: URL.createObjectURL(new Blob([text], { type: 'application/json' })),
      download: `summit-${m.code}.summit.json`,
      'data-online': 'replay',
    },
  });
  const copy = button('Copy the replay link');
  copy.addEventListener('click', () => void navigator.clipboard?.writeText(link).catch(() => undefined));
  const back = button('Back to the title');
  back.addEventListener('click', () => {
    leaveTable();
    storage()?.removeItem(CURRENT_KEY);
    deps.attach(null);
    void m.leave();
    deps.toTitle();
  });
  panel(
    deps,
    'The summit is over',
    kind,
    [
      el('p', { text: 'The replay holds every delegation’s moves: open it with “Open a replay” to see the debrief.' }),
      el('p', {}, [el('a', { text: link, attrs: { href: link } })]),
      download,
      copy,
    ],
    [back],
    'split',
  );
  deps.status.setScreen('end');
}
