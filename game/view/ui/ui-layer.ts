// The HTML UI layer over the canvas: which panel shows, and the screen name that goes with it. Play and Continue
// load the game flow (engine, content, the summit panels) with import(), so the title carries none of it.
import type * as Phaser from 'phaser';
import type { CompiledScenario } from '../../content';
import { loadCatalogue, type Session } from '../../session';
import type { FrameScheduler } from '../frames';
import type { ProgressView } from '../models/progress';
import { type MenuId, titleMenu } from '../models/title-menu';
import type { SettingsStore } from '../settings-store';
import type { StatusStore } from '../status';
import { el } from './dom';
import type { GameFlow } from './game-flow';
import { fetchScenario, scenarioParam } from './scenario-file';
import { buildTitleScreen } from './title-screen';

export interface UiLayer {
  showLoading(view: ProgressView): void;
  showTitle(message?: string): void;
  /** The Phaser game and its frame scheduler, once they exist (the summit canvas draws into them). */
  attachGame(game: Phaser.Game, frames: FrameScheduler): void;
}

export function createUiLayer(
  root: HTMLElement,
  deps: { status: StatusStore; session: Session; settings: SettingsStore },
): UiLayer {
  let progress: HTMLElement | null = null;
  let game: Phaser.Game | null = null;
  let frames: FrameScheduler | null = null;
  let flow: Promise<GameFlow> | null = null;

  const loadFlow = (): Promise<GameFlow> => {
    if (flow === null) {
      flow = import('./game-flow').then((m) =>
        m.createGameFlow({
          root,
          status: deps.status,
          session: deps.session,
          settings: deps.settings,
          game: () => game,
          frames: () => frames,
          toTitle: (message) => layer.showTitle(message),
          toScenarios: () => openScenarios(),
        }),
      );
      flow.catch(() => {
        flow = null;
      });
    }
    return flow;
  };

  const failed = () => layer.showTitle('The game could not be loaded. Check your connection and reload the page.');

  const backToTitle = () => {
    deps.status.setScreen('title');
  };

  const openScenarios = (errors?: { lines: readonly string[]; name?: string }) => {
    // From a game (Back on the briefing, Play again) the title comes back first; from the title itself it stays,
    // so that closing the dialog returns focus to the Play button that opened it.
    if (!root.querySelector('.title-column')) layer.showTitle();
    // Start fetching the game code while the player reads the cards.
    loadFlow().catch(() => {});
    openPanelOnce(async () => {
      const { openScenariosPanel } = await panels.scenarios();
      deps.status.setScreen('scenarios');
      openScenariosPanel(
        root,
        backToTitle,
        (file) => {
          loadFlow().then((f) => f.openBriefing(file), failed);
        },
        { onOpened: openOwnScenario, errors },
      );
    });
  };

  // The title's panels load with import(), not with the title: they are fetched when the title is idle
  // (prefetchPanels), so a click seldom waits. A second click while one loads opens nothing more.
  const panels = {
    scenarios: () => import('./scenarios-panel'),
    settings: () => import('./settings-panel'),
  };
  let panelLoading = false;
  const openPanelOnce = (open: () => Promise<void>) => {
    if (panelLoading) return;
    panelLoading = true;
    open()
      .catch(failed)
      .finally(() => {
        panelLoading = false;
      });
  };
  let prefetched = false;
  const prefetchPanels = () => {
    if (prefetched) return;
    prefetched = true;
    const loadAll = () => {
      for (const load of Object.values(panels)) load().catch(() => {});
    };
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(loadAll, { timeout: 2000 });
    else setTimeout(loadAll, 200);
  };

  /** A scenario file of the player's own (picker, drop, ?scenario=), already checked: its briefing. */
  const openOwnScenario = (scenario: CompiledScenario, name: string) => {
    loadFlow().then((f) => f.openBriefingFor(scenario, name), failed);
  };

  /** `?scenario=<url>` (same site only): the briefing, or the scenario choice showing what is wrong. */
  const openScenarioFromAddress = async (param: string) => {
    const opened = await fetchScenario(param, location.href);
    if (opened.ok) openOwnScenario(opened.scenario, opened.name);
    else openScenarios({ lines: opened.errors, name: opened.name });
  };

  /** The title's "Open a replay": a file (picker or drop) or a pasted link, opened in the replay viewer. */
  const openReplayScreen = async () => {
    const { mountOpenReplayPanel } = await import('../replay/open-replay-panel');
    const body = el('div', { className: 'side-scroll' });
    const back = el('button', { className: 'button button-quiet', text: 'Back', attrs: { type: 'button' } });
    root.replaceChildren(
      el('section', { className: 'side-panel open-replay', attrs: { 'aria-labelledby': 'open-replay-title' } }, [
        el('header', { className: 'side-header' }, [
          el('h1', {
            className: 'side-title',
            text: 'Open a replay',
            attrs: { id: 'open-replay-title', tabindex: '-1' },
          }),
          el('p', {
            className: 'lead',
            text: 'Watch a game someone shared with you, turn by turn, and play on from any turn.',
          }),
        ]),
        body,
        el('footer', { className: 'side-footer' }, [back]),
      ]),
    );
    document.body.dataset.layout = 'title';
    deps.status.setScreen('open-replay');
    root.querySelector<HTMLElement>('#open-replay-title')?.focus();
    const panel = mountOpenReplayPanel(body, {
      onFile: (text, name) => loadFlow().then((f) => f.openReplay({ text, name }, (m) => panel.showError(m)), failed),
      onLink: (link) => loadFlow().then((f) => f.openReplay({ link }, (m) => panel.showError(m)), failed),
    });
    back.addEventListener('click', () => {
      panel.destroy();
      layer.showTitle();
    });
  };

  /** A share link opened directly (#r1.…): straight into the viewer once the title is up, or a message. */
  let linkChecked = false;
  const openLinkFromAddress = () => {
    if (linkChecked) return;
    linkChecked = true;
    if (online && openOnlineFromAddress()) return;
    if (new URLSearchParams(location.search).has('studio')) {
      openStudioScreen().catch(failed);
      return;
    }
    const scenario = scenarioParam(location.href);
    if (scenario !== null) {
      openScenarioFromAddress(scenario).catch(failed);
      return;
    }
    const hash = location.hash;
    if (!hash.startsWith('#r')) return;
    loadFlow().then((f) => f.openReplay({ link: hash }, (m) => layer.showTitle(m)), failed);
  };

  // Online rooms: offered when a Summit server served this page (it adds <meta name="summit-server">); the flow
  // and the SDK load only when a room is hosted or joined.
  const online = document.querySelector('meta[name="summit-server"]') !== null;
  const onlineDeps = () => ({
    root,
    status: deps.status,
    toTitle: (message?: string) => layer.showTitle(message),
    attach: (g: { scenarioId: string; stateHash(): string } | null) => deps.session.attach(g),
    game: () => game,
    frames: () => frames,
    settings: deps.settings,
  });
  const onlineFlow = () => import('../online/online-flow');
  const openOnlineFromAddress = (): boolean => {
    const params = new URLSearchParams(location.search);
    // A class's instructor watching one table (from the dashboard, with the class's key).
    const watch = params.get('watch');
    const key = params.get('key');
    if (watch !== null && key !== null) {
      onlineFlow().then(
        (f) => f.watchTable(onlineDeps(), watch, key).catch(() => f.openJoin(onlineDeps(), '')),
        failed,
      );
      return true;
    }
    const join = params.get('join');
    let current: string | null = null;
    try {
      current = sessionStorage.getItem('summit.online.current');
    } catch {}
    const code = join ?? current;
    if (code === null) return false;
    onlineFlow().then(
      (f) =>
        current !== null && (join === null || join.toUpperCase() === current)
          ? f.rejoin(onlineDeps(), current).catch(() => f.openJoin(onlineDeps(), current ?? ''))
          : f.openJoin(onlineDeps(), code),
      failed,
    );
    return true;
  };

  /** "Write a scenario" (also `?studio`): the studio's code loads only now. */
  const openStudioScreen = async () => {
    const { openStudio } = await import('../studio/studio-screen');
    deps.status.setScreen('studio');
    await openStudio(root, {
      onPlay: (scenario, name) => openOwnScenario(scenario, name),
      onBack: () => layer.showTitle(),
    });
  };

  const choose = (id: MenuId) => {
    if (id === 'host')
      onlineFlow().then(async (f) => {
        const files = (await loadCatalogue()).map((e) => ({ file: e.file, title: e.card?.title ?? e.file }));
        f.openHost(onlineDeps(), files);
      }, failed);
    else if (id === 'join') onlineFlow().then((f) => f.openJoin(onlineDeps()), failed);
    else if (id === 'play') openScenarios();
    else if (id === 'replay') openReplayScreen().catch(failed);
    else if (id === 'studio') openStudioScreen().catch(failed);
    else if (id === 'continue') loadFlow().then((f) => f.resume(), failed);
    else if (id === 'settings')
      openPanelOnce(async () => {
        const { openSettingsPanel } = await panels.settings();
        deps.status.setScreen('settings');
        openSettingsPanel(root, deps.settings, backToTitle);
      });
  };

  const layer: UiLayer = {
    showLoading(view) {
      // The bar is drawn on the canvas; this is its accessible twin.
      if (progress === null) {
        progress = el('div', {
          className: 'visually-hidden',
          attrs: { role: 'progressbar', 'aria-label': 'Loading Summit', 'aria-valuemin': '0', 'aria-valuemax': '100' },
        });
        root.append(progress);
      }
      progress.setAttribute('aria-valuenow', String(view.percent));
      progress.setAttribute('aria-valuetext', view.label);
    },
    showTitle(message) {
      progress?.remove();
      progress = null;
      document.body.dataset.layout = 'title';
      root.replaceChildren(
        buildTitleScreen(titleMenu({ canContinue: deps.session.canContinue(), online }), choose, message ?? null),
      );
      deps.status.setScreen('title');
      openLinkFromAddress();
      prefetchPanels();
    },
    attachGame(g, f) {
      game = g;
      frames = f;
    },
  };
  return layer;
}
