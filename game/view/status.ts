// Which screen is showing and whether it takes input: written by the scenes and panels, read by the test hook
// (window.__summit) and by anything that must wait for the title. Deliberately tiny and synchronous.

export const SCREENS = [
  'boot',
  'preload',
  'title',
  'scenarios',
  'settings',
  'briefing',
  'role',
  'summit',
  'privacy',
  'end',
  'open-replay',
  'replay',
  'online',
  'lobby',
  'studio',
] as const;
export type ScreenName = (typeof SCREENS)[number];

export interface ViewStatus {
  readonly ready: boolean;
  readonly screen: ScreenName;
}

type Listener = (status: ViewStatus) => void;

export interface StatusStore {
  get(): ViewStatus;
  setScreen(screen: ScreenName): void;
  /** Called once the first interactive screen (the title) can take input; stays true afterwards. */
  markReady(): void;
  subscribe(listener: Listener): () => void;
}

export function createStatusStore(): StatusStore {
  let status: ViewStatus = Object.freeze({ ready: false, screen: 'boot' as ScreenName });
  const listeners = new Set<Listener>();
  const publish = (next: ViewStatus) => {
    if (next.ready === status.ready && next.screen === status.screen) return;
    status = Object.freeze(next);
    for (const listener of listeners) listener(status);
  };
  return {
    get: () => status,
    setScreen: (screen) => publish({ ...status, screen }),
    markReady: () => publish({ ...status, ready: true }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
