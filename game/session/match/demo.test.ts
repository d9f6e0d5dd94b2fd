// The demo table's game: the session plays it (AI seats move, the watched seat passes) and the view only draws it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoGame } from './demo';

const text = readFileSync(join(import.meta.dirname, '..', '..', '..', 'scenarios', 'alaska-2025.yaml'), 'utf8');

describe('demoGame', () => {
  it('moves one turn per step, the watched seat passing, until the end', () => {
    const demo = demoGame(text, 'alaska-2025.yaml', { seed: 3, viewer: 'ukraine' });
    expect(demo.ok).toBe(true);
    if (!demo.ok) return;
    const game = demo.value;
    expect(game.state().seats.ukraine).toBe('human');
    let steps = 0;
    while (game.step()) {
      steps++;
      expect(game.state().turn).toBe(steps);
    }
    expect(game.state().outcome).not.toBeNull();
    const ukraine = game.state().log.filter((e) => e.kind === 'action' && e.party === 'ukraine');
    expect(ukraine.length).toBeGreaterThan(0);
    expect(ukraine.every((e) => e.kind === 'action' && e.action.type === 'turn.pass')).toBe(true);
  });

  it('a scenario that does not compile is a sentence', () => {
    const demo = demoGame('title: [', 'broken.yaml', { seed: 1, viewer: 'x' });
    expect(demo.ok).toBe(false);
    if (!demo.ok) expect(demo.error).toMatch(/^broken\.yaml does not compile: /);
  });
});
