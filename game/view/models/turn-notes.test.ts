// The notes under the actions on the mini fixture: who still speaks this round, the last-round warning for a
// proposal that could no longer be agreed in the phase, and the cost of asking "what would it take?".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../content/index';
import { newGame } from '../../engine/newgame';
import type { CompiledScenario } from '../../engine/scenario';
import type { GameState } from '../../engine/state';
import { turnNotes } from './turn-notes';

const root = join(import.meta.dirname, '..', '..', '..');
const sc: CompiledScenario = (() => {
  const r = parseScenario(readFileSync(join(root, 'scenarios/fixtures/mini.yaml'), 'utf8'), 'mini.yaml');
  if (!r.ok) throw new Error('mini.yaml does not parse');
  return r.value;
})();
const start = (): GameState => newGame(sc, { seed: 1, seats: { north: 'human', south: 'ai', broker: 'human' } });
const name = (id: string) => sc.parties.find((p) => p.id === id)!.name;

describe('turnNotes', () => {
  it('names who still speaks this round, and says asking uses the turn', () => {
    const order = sc.phases[0]!.order;
    expect(order[0]).toBe('north');
    const notes = turnNotes(sc, start(), 'north', ['offer.propose', 'ask.whatWouldItTake', 'turn.pass']);
    expect(notes[0]).toBe(`Still to speak this round: ${name(order[1]!)} and ${name(order[2]!)}.`);
    expect(notes).toContain(
      'Asking “What would it take?” uses your turn: the answer comes at once, then the next delegation speaks.',
    );
    expect(notes.some((n) => n.startsWith('A new proposal'))).toBe(false); // not the last round
  });

  it('warns in the last round when a consent party in the room has already spoken', () => {
    const s: GameState = { ...start(), round: sc.phases[0]!.rounds, speakerIndex: 1 };
    const who = sc.phases[0]!.order[1]!;
    const notes = turnNotes(sc, s, who, ['offer.propose', 'turn.pass']);
    expect(notes[0]).toMatch(/^Still to speak this round, the last of this phase: /);
    expect(notes).toContain(
      `A new proposal now cannot be agreed in this phase: ${name('north')} has already spoken in its last round and must accept it too.`,
    );
    expect(turnNotes(sc, s, who, ['turn.pass']).some((n) => n.startsWith('A new proposal'))).toBe(false);
  });

  it('says nothing to a watcher, out of turn or after the end', () => {
    expect(turnNotes(sc, start(), null, ['turn.pass'])).toEqual([]);
    expect(turnNotes(sc, start(), 'north', [])).toEqual([]);
  });
});
