// Compile: defaults, preset expansion, speaking order and the trust matrix, checked on the mini fixture.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fnv1a64 } from '../engine/index';
import { RUNTIME_FORMAT } from '../engine/scenario';
import { CURVE_KEYFRAMES } from './curves';
import { parseScenario } from './parse';

const text = readFileSync(join(__dirname, '..', '..', 'scenarios', 'fixtures', 'mini.yaml'), 'utf8');
const load = (t = text) => {
  const r = parseScenario(t, 'mini.yaml');
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

describe('compileScenario', () => {
  const s = load();

  it('stamps the runtime format and the content hash of the text', () => {
    expect(s.runtimeFormat).toBe(RUNTIME_FORMAT);
    expect(s.contentHash).toBe(fnv1a64(text));
    expect(s.contentHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('expands curve presets and keeps keyframes', () => {
    const north = s.parties[0].ai.states;
    expect(north.firm.curve).toEqual(CURVE_KEYFRAMES.boulware);
    expect(north.leaving.curve).toEqual([
      [0, 100],
      [100, 0],
    ]);
    expect(north.closing.curve).toEqual([
      [0, 100],
      [40, 80],
      [100, 10],
    ]);
    expect(s.parties[1].ai.states.probing.curve).toEqual(CURVE_KEYFRAMES.conceder);
  });

  it('defaults the speaking order to in-room parties first, in party order', () => {
    expect(s.phases[0].order).toEqual(['north', 'broker', 'south']);
    expect(s.phases[1].order).toEqual(['broker', 'north', 'south']);
  });

  it('completes the trust matrix with the default and a diagonal of 100', () => {
    expect(s.trust.north.north).toBe(100);
    expect(s.trust.north.south).toBe(10);
    expect(s.trust.south.north).toBe(15);
    expect(s.trust.broker.south).toBe(40);
    expect(Object.keys(s.trust)).toEqual(['north', 'south', 'broker']);
  });

  it('fills optional fields with defaults', () => {
    expect(s.issues[1].description).toBe('');
    expect(s.issues[1].options[0].mapEffects).toEqual([]);
    expect(s.parties[1].delegation).toEqual([]);
    expect(s.parties[1].flag).toBeUndefined();
    expect(s.parties[2].ai.states.hosting.entry).toEqual([]);
    expect(s.parties[2].ai.states.hosting.redLines).toEqual([]);
    expect(s.events[1].effects).toEqual([]);
    expect(s.events[1].body).toBe('');
  });

  it("keeps a party's temperament ranges, and refuses a range written max first or out of bounds", () => {
    expect(s.parties[0].temperament).toBeUndefined();
    const withRanges = (ranges: string) =>
      text.replace('  - id: north\n', `  - id: north\n    temperament: ${ranges}\n`);
    const t = load(withRanges('{ pace: [60, 90], patience: [70, 100] }'));
    expect(t.parties[0].temperament).toEqual({ pace: [60, 90], patience: [70, 100] });
    expect(parseScenario(withRanges('{ pace: [90, 60] }'), 'mini.yaml').ok).toBe(false);
    expect(parseScenario(withRanges('{ opening: [40, 100] }'), 'mini.yaml').ok).toBe(false);
    expect(parseScenario(withRanges('{ speed: [60, 90] }'), 'mini.yaml').ok).toBe(false);
  });

  it('compiles walkOut without params, lines with simulated flags, nested guards', () => {
    const leaving = s.parties[0].ai.states.leaving;
    expect(leaving.entry[1]).toEqual({ type: 'walkOut', params: {} });
    expect(s.parties[0].ai.states.firm.lines.greeting).toEqual([
      { text: 'We came to settle this.', source: 'wire-2025-08-14', simulated: false },
    ]);
    const g = s.parties[0].ai.states.firm.on['offer.received']?.[1].guard;
    expect(g?.type).toBe('all');
  });

  it('leaves map null and history null when absent', () => {
    const bare = text
      .replace(/\nmap:[\s\S]*?\nevents:/, '\nevents:')
      .replace(/\nhistory:[\s\S]*?\nteachingNotes:/, '\nteachingNotes:');
    const noMap = bare
      .replace(/, mapEffects: \[\{ region: valley, share: \d+ \}\]/g, '')
      .replace(/ {6}- \{ type: control.*\n/, '');
    const c = load(noMap);
    expect(c.map).toBeNull();
    expect(c.history).toBeNull();
  });
});
