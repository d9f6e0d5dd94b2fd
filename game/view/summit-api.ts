// window.__summit: a read-only window onto the game for tests and tools. It reads, never writes: no setter, no
// method that changes anything, frozen, and the window property itself can be neither reassigned nor deleted.
import type { ScreenName } from './status';
import type { TableBoxes } from './table-boxes';

export interface SummitApi {
  readonly ready: boolean;
  readonly screen: ScreenName;
  stateHash(): string | null;
  /** The boxes of the table's labels, screens and bubble as last drawn (a copy), or null. */
  tableBoxes(): TableBoxes | null;
}

export interface SummitApiSource {
  ready(): boolean;
  screen(): ScreenName;
  stateHash(): string | null;
  tableBoxes?(): TableBoxes | null;
}

/** Builds the frozen API object; its getters read the live source on every access. */
export function createSummitApi(source: SummitApiSource): SummitApi {
  // Wrapping keeps callers from reaching the source (and anything it closes over) through the API.
  const stateHash = Object.freeze(function stateHash(): string | null {
    return source.stateHash();
  });
  const tableBoxes = Object.freeze(function tableBoxes(): TableBoxes | null {
    return source.tableBoxes?.() ?? null;
  });
  const api = Object.create(null, {
    ready: { get: () => source.ready(), enumerable: true },
    screen: { get: () => source.screen(), enumerable: true },
    stateHash: { value: stateHash, enumerable: true },
    tableBoxes: { value: tableBoxes, enumerable: true },
    [Symbol.toStringTag]: { value: 'Summit' },
  }) as SummitApi;
  return Object.freeze(api);
}

/** Defines `__summit` on the target (the window) as a non-writable, non-configurable property. */
export function installSummitApi(target: object, api: SummitApi): void {
  Object.defineProperty(target, '__summit', { value: api, writable: false, configurable: false, enumerable: false });
}

declare global {
  interface Window {
    readonly __summit: SummitApi;
  }
}
