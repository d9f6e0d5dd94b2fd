// The HTML UI layer over the canvas: which panel shows, and the screen name that goes with it. Scenes call
// this; it never touches game state (the session does, later, from the actions the panels emit).
import type { Session } from '../../session';
import type { ProgressView } from '../models/progress';
import { type MenuId, titleMenu } from '../models/title-menu';
import type { SettingsStore } from '../settings-store';
import type { StatusStore } from '../status';
import { el } from './dom';
import { openScenariosPanel } from './scenarios-panel';
import { openSettingsPanel } from './settings-panel';
import { buildTitleScreen } from './title-screen';

export interface UiLayer {
  showLoading(view: ProgressView): void;
  showTitle(): void;
}

export function createUiLayer(
  root: HTMLElement,
  deps: { status: StatusStore; session: Session; settings: SettingsStore },
): UiLayer {
  let progress: HTMLElement | null = null;

  const backToTitle = () => {
    deps.status.setScreen('title');
  };

  const choose = (id: MenuId) => {
    if (id === 'play') {
      deps.status.setScreen('scenarios');
      openScenariosPanel(root, backToTitle);
    } else if (id === 'settings') {
      deps.status.setScreen('settings');
      openSettingsPanel(root, deps.settings, backToTitle);
    }
    // 'continue' is only offered once the session can resume a game; wired with autosave.
  };

  return {
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
    showTitle() {
      progress?.remove();
      progress = null;
      root.replaceChildren(buildTitleScreen(titleMenu({ canContinue: deps.session.canContinue() }), choose));
    },
  };
}
