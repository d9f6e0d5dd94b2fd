import { describe, expect, it } from 'vitest';
import type { CompiledScenario } from '../../session/live';
import { nonVoting } from './party-role';

const sc = {
  issues: [
    { id: 'a', consent: ['x', 'y'] },
    { id: 'b', consent: ['y'] },
  ],
} as unknown as CompiledScenario;

describe('nonVoting', () => {
  it('is true only for a party named in no issue’s consent list', () => {
    expect(nonVoting(sc, 'x')).toBe(false);
    expect(nonVoting(sc, 'y')).toBe(false);
    expect(nonVoting(sc, 'chair')).toBe(true);
  });
});
