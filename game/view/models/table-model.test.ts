// Seating, moods, bubbles, header and ticker of the summit table, on the real Alaska scenario.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../content/index';
import { type CompiledScenario, newGame, playAiTurns } from '../../engine/index';
import { colourNumber, formatDate, newEntries, seatAngles, tableModel } from './table-model';

function alaska(): CompiledScenario {
  const r = parseScenario(readFileSync('scenarios/alaska-2025.yaml', 'utf8'), 'alaska-2025.yaml');
  if (!r.ok) throw new Error('alaska does not compile');
  return r.value;
}

describe('tableModel', () => {
  const sc = alaska();
  const start = newGame(sc, { seed: 7, seats: { ukraine: 'human' } });

  it('seats the parties in the room and puts the others on call screens', () => {
    const m = tableModel({ scenario: sc, state: start, viewer: 'ukraine', preview: null });
    const inRoom = sc.phases[0].inRoom;
    expect(m.seats.map((s) => s.party).sort()).toEqual([...inRoom].sort());
    expect(m.remote.map((r) => r.party)).toEqual(sc.parties.filter((p) => !inRoom.includes(p.id)).map((p) => p.id));
    for (const s of m.seats) {
      expect(s.x).toBeGreaterThan(0);
      expect(s.x).toBeLessThan(m.size.width);
      expect(s.y).toBeGreaterThan(m.headerHeight);
    }
    for (const r of m.remote) expect(r.box.x + r.box.w).toBeLessThanOrEqual(m.size.width);
    expect(m.seats.find((s) => s.party === 'ukraine')?.isViewer).toBe(true);
  });

  it("marks a non-voting party (in no issue's consent) under its name, and only that one", () => {
    // Europe made a coordinator: taken out of every consent list.
    const coordinated: CompiledScenario = {
      ...sc,
      issues: sc.issues.map((i) => ({ ...i, consent: i.consent.filter((p) => p !== 'europe') })),
    };
    const m = tableModel({ scenario: coordinated, state: start, viewer: 'ukraine', preview: null });
    const europe = m.seats.find((s) => s.party === 'europe')!;
    expect(europe.leader).toMatch(/· no vote$/);
    for (const s of m.seats) if (s.party !== 'europe') expect(s.leader).not.toContain('no vote');
  });

  it('marks a non-voting party on a "by call" screen too, and only that one', () => {
    // Russia, on the video call of the first session, made a coordinator.
    const coordinated: CompiledScenario = {
      ...sc,
      issues: sc.issues.map((i) => ({ ...i, consent: i.consent.filter((p) => p !== 'russia') })),
    };
    const m = tableModel({ scenario: coordinated, state: start, viewer: 'ukraine', preview: null });
    expect(m.remote.find((r) => r.party === 'russia')?.noVote).toBe(true);
    for (const s of m.seats) expect(s.leader).not.toContain('no vote');
    // In the scenario as written, Russia votes: its screen carries no mark.
    const plain = tableModel({ scenario: sc, state: start, viewer: 'ukraine', preview: null });
    expect(plain.remote.map((r) => r.noVote)).toEqual(plain.remote.map(() => false));
  });

  it('shows AI moods from their stance and none for the human seat', () => {
    const m = tableModel({ scenario: sc, state: start, viewer: 'ukraine', preview: null });
    const us = m.seats.find((s) => s.party === 'us');
    const stance = sc.parties.find((p) => p.id === 'us')?.ai.states[start.ai.us.value];
    expect(us?.mood).toBe(stance?.mood);
    expect(us?.moodLabel).toMatch(/^[A-Z]/);
    expect(m.seats.find((s) => s.party === 'ukraine')?.mood).toBeNull();
    // Parties out of the room (Russia at the video call) show no mood.
    expect(m.remote.length).toBeGreaterThan(0);
    for (const r of m.remote) expect([r.mood, r.moodLabel]).toEqual([null, null]);
  });

  it('highlights the latest speaker with a bubble and fills header and ticker', () => {
    const s = playAiTurns(sc, start);
    const m = tableModel({ scenario: sc, state: s, viewer: 'ukraine', preview: null });
    const lastAction = [...s.log].reverse().find((e) => e.kind === 'action');
    if (lastAction) {
      expect(m.bubble?.party).toBe(lastAction.party);
      expect(m.bubble?.text.length).toBeGreaterThan(0);
      const speakers = [...m.seats, ...m.remote].filter((x) => x.isSpeaker).map((x) => x.party);
      expect(speakers).toEqual([lastAction.party]);
    }
    expect(m.header.phase).toBe(sc.phases[0].name);
    expect(m.header.round).toBe(`Round ${s.round} of ${sc.phases[0].rounds}`);
    expect(m.header.dateLine).toContain('August 2025');
    const worlds = s.log.filter((e) => e.kind === 'world').length;
    expect(m.ticker.length).toBe(Math.min(4, worlds));
  });

  it('lists only entries added since the previous state', () => {
    const s = playAiTurns(sc, start);
    expect(newEntries(start, s)).toEqual(s.log.slice(start.log.length));
    expect(newEntries(null, s)).toEqual([]);
    expect(newEntries(s, start)).toEqual([]);
  });
});

describe('helpers', () => {
  it('spreads seats over the far half of the table', () => {
    for (const n of [1, 2, 3, 4, 6]) {
      const a = seatAngles(n);
      expect(a).toHaveLength(n);
      for (const x of a) expect(Math.sin(x)).toBeLessThan(0);
    }
  });
  it('reads colours and dates defensively', () => {
    expect(colourNumber('#2f5da8')).toBe(0x2f5da8);
    expect(colourNumber('red')).toBe(0x5c6f8a);
    expect(formatDate('2025-08-15')).toBe('15 August 2025');
    expect(formatDate('soon')).toBe('soon');
  });
});
