// What every scene is given: passed to the scene constructors, so scenes reach no globals.
import type { Session } from '../session';
import type { FrameScheduler } from './frames';
import type { Loading } from './scenes/load-plan';
import type { SettingsStore } from './settings-store';
import type { StatusStore } from './status';
import type { UiLayer } from './ui/ui-layer';

export interface ViewDeps {
  status: StatusStore;
  session: Session;
  settings: SettingsStore;
  ui: UiLayer;
  frames: FrameScheduler;
  /** Released by the first interactive screen: until then every frame is drawn (boot, preload, transitions). */
  releaseBoot: () => void;
  /** The asset downloads started before Phaser booted; Preload shows them finishing. */
  loading: Loading;
}
