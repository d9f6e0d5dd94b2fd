import { describe, expect, it } from 'vitest';
import { createStatusStore } from './status';
import { createSummitApi, installSummitApi } from './summit-api';

function setup() {
  const status = createStatusStore();
  let hash: string | null = null;
  const api = createSummitApi({
    ready: () => status.get().ready,
    screen: () => status.get().screen,
    stateHash: () => hash,
  });
  return { status, api, setHash: (h: string | null) => (hash = h) };
}

describe('window.__summit', () => {
  it('reads the live status', () => {
    const { status, api, setHash } = setup();
    expect(api.ready).toBe(false);
    expect(api.screen).toBe('boot');
    expect(api.stateHash()).toBeNull();
    status.setScreen('title');
    status.markReady();
    setHash('abc');
    expect(api.ready).toBe(true);
    expect(api.screen).toBe('title');
    expect(api.stateHash()).toBe('abc');
  });

  it('cannot be changed (assignments throw in strict mode)', () => {
    const { api } = setup();
    const loose = api as unknown as Record<string, unknown>;
    expect(() => {
      loose.ready = true;
    }).toThrow(TypeError);
    expect(() => {
      loose.screen = 'title';
    }).toThrow(TypeError);
    expect(() => {
      loose.stateHash = () => 'forged';
    }).toThrow(TypeError);
    expect(() => {
      loose.extra = 1;
    }).toThrow(TypeError);
    expect(() => delete loose.ready).toThrow(TypeError);
    expect(() => {
      (api.stateHash as unknown as Record<string, unknown>).x = 1;
    }).toThrow(TypeError);
    expect(api.ready).toBe(false);
    expect(api.stateHash()).toBeNull();
  });

  it('offers exactly ready, screen, stateHash and tableBoxes', () => {
    const { api } = setup();
    expect(Object.keys(api).sort()).toEqual(['ready', 'screen', 'stateHash', 'tableBoxes']);
    expect(api.tableBoxes()).toBeNull();
    expect(Object.getPrototypeOf(api)).toBeNull();
  });

  it('is installed as a fixed property', () => {
    const { api } = setup();
    const target: Record<string, unknown> = {};
    installSummitApi(target, api);
    expect(target.__summit).toBe(api);
    expect(() => {
      target.__summit = {};
    }).toThrow(TypeError);
    expect(() => delete target.__summit).toThrow(TypeError);
    expect(() => installSummitApi(target, setup().api)).toThrow(TypeError);
  });
});
