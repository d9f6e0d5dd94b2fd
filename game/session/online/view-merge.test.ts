// The client's merge of the room's views: whole views and patches add up to the whole state, the transcript
// grows by its new entries (or starts again where the server says), states handed out never change afterwards,
// and a view missing members the protocol may drop (the log, logFrom, the hash) is taken as it is.
import { describe, expect, it } from 'vitest';
import { ViewMerge } from './view-merge';

const view = (state: Record<string, unknown>, logFrom: number, patch: boolean) => ({ state, logFrom, patch });

describe('ViewMerge', () => {
  it('adds patches up to the whole state, lazily, and never changes a state it handed out', () => {
    const m = new ViewMerge();
    expect(m.state()).toBeNull();
    m.add(view({ turn: 0, table: { a: 1 }, log: ['e0'] }, 0, false));
    const first = m.state()!;
    expect(first).toEqual({ turn: 0, table: { a: 1 }, log: ['e0'] });
    expect(m.state()).toBe(first); // nothing came: the same object
    m.add(view({ turn: 1, log: ['e1'] }, 1, true));
    m.add(view({ turn: 2, mood: 'calm', log: ['e2', 'e3'] }, 2, true));
    const third = m.state()!;
    expect(third).toEqual({ turn: 2, table: { a: 1 }, mood: 'calm', log: ['e0', 'e1', 'e2', 'e3'] });
    expect(first).toEqual({ turn: 0, table: { a: 1 }, log: ['e0'] });
    expect(first.log).not.toBe(third.log);
  });

  it('starts the transcript again where the server says, and a whole view replaces every member', () => {
    const m = new ViewMerge();
    m.add(view({ turn: 3, extra: true, log: ['a', 'b', 'c'] }, 0, false));
    m.add(view({ turn: 4, log: ['B', 'C', 'D'] }, 1, true));
    expect(m.state()).toEqual({ turn: 4, extra: true, log: ['a', 'B', 'C', 'D'] });
    // A reconnect: the new connection's first view is whole.
    m.add(view({ turn: 5, log: ['x'] }, 0, false));
    expect(m.state()).toEqual({ turn: 5, log: ['x'] });
    // A whole view with the entries before logFrom kept.
    m.add(view({ turn: 6, log: ['y'] }, 1, false));
    expect(m.state()).toEqual({ turn: 6, log: ['x', 'y'] });
  });

  it('takes a patch before any whole view as whole, and tolerates a view without log or logFrom', () => {
    const m = new ViewMerge();
    m.add({ state: { turn: 1 }, patch: true } as never);
    expect(m.state()).toEqual({ turn: 1, log: [] });
    m.add({ state: { turn: 2, log: ['a'] }, patch: true } as never);
    expect(m.state()).toEqual({ turn: 2, log: ['a'] });
    m.clear();
    expect(m.has()).toBe(false);
    expect(m.state()).toBeNull();
  });
});
