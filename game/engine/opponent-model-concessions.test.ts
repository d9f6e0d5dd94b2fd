// The concession model: it reads a party's favourite from its first offer and the option order from the observer,
// and its option values are closer to the true ones than the frequency model's on benchmark domains.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../content/index';
import { newGame } from './newgame';
import { opponentModels } from './opponent-model';
import { concessionModels, UNORDERED_CAP } from './opponent-model-concessions';
import { runGame } from './play';
import { applyAction } from './rules';
import type { CompiledScenario, Party } from './scenario';
import type { GameState } from './state';

const load = (file: string): CompiledScenario => {
  const r = parseScenario(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.value;
};

describe('concessionModels', () => {
  const sc = load('scenarios/fixtures/bench/itex-cypress.yaml');
  const cypress = sc.parties[1] as Party;
  const agenda = sc.phases[0]!.agenda;
  const opening = (): GameState => {
    const s = newGame(sc, { seed: 1, seats: { itex: 'human', cypress: 'human' } });
    const r = applyAction(sc, s, {
      type: 'offer.propose',
      party: 'itex',
      package: { price: 'p479', delivery: 'd60', payment: 'upon', returns: 'r5' },
    });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };

  it('keeps the frequency model for a party that has made no offer', () => {
    const s = newGame(sc, { seed: 1, seats: { itex: 'human', cypress: 'human' } });
    expect(concessionModels(sc, s, ['itex'], agenda, cypress)).toEqual(
      opponentModels(sc, s, ['itex'], agenda, cypress),
    );
  });

  it('on an issue ordered for the observer, the value falls linearly from the first offer’s option', () => {
    const [m] = concessionModels(sc, opening(), ['itex'], agenda, cypress);
    expect(m!.values.price).toEqual({ p371: 0, p398: 25, p425: 50, p452: 75, p479: 100 });
    expect(m!.values.payment).toEqual({ upon: 100, m1: 50, m2: 0 });
  });

  it('on an issue the observer values out of order, the favourite is 100 and the others are capped', () => {
    // Cypress values delivery 40, 100, 0 along its options: not in order, so read as unordered. Itex opens with
    // 60 days, then names 45 days twice: the frequency model ranks 45 days first, this model keeps 60 days.
    let s = opening();
    for (const a of [
      { type: 'turn.pass', party: 'cypress' },
      {
        type: 'offer.propose',
        party: 'itex',
        package: { price: 'p479', delivery: 'd45', payment: 'upon', returns: 'r5' },
      },
      { type: 'turn.pass', party: 'cypress' },
      {
        type: 'offer.propose',
        party: 'itex',
        package: { price: 'p452', delivery: 'd45', payment: 'upon', returns: 'r5' },
      },
    ] as const) {
      const r = applyAction(sc, s, a);
      if (!r.ok) throw new Error(r.error.message);
      s = r.value;
    }
    const [f] = opponentModels(sc, s, ['itex'], agenda, cypress);
    expect(f!.values.delivery!.d45).toBeGreaterThan(UNORDERED_CAP);
    const [m] = concessionModels(sc, s, ['itex'], agenda, cypress);
    expect(m!.values.delivery).toEqual({ d45: UNORDERED_CAP, d30: expect.any(Number), d60: 100 });
    expect(m!.values.delivery!.d30).toBeLessThanOrEqual(UNORDERED_CAP);
  });

  it('weights, evidence and red lines stay the frequency model’s', () => {
    const s = opening();
    const [c] = concessionModels(sc, s, ['itex'], agenda, cypress);
    const [f] = opponentModels(sc, s, ['itex'], agenda, cypress);
    expect(c!.weights).toEqual(f!.weights);
    expect(c!.evidence).toBe(f!.evidence);
    expect(c!.redLines).toEqual(f!.redLines);
  });
});

describe('value error against the true values, half-way through all-AI games (10 seeds)', () => {
  for (const name of ['itex-cypress', 'england-zimbabwe']) {
    it(`${name}: well below the frequency model's`, () => {
      const sc = load(`scenarios/fixtures/bench/${name}.yaml`);
      const agenda = sc.phases[0]!.agenda;
      const err = [0, 0];
      let n = 0;
      for (let seed = 1; seed <= 10; seed++) {
        const fin = runGame(sc, { seed });
        const half = { ...fin, log: fin.log.slice(0, Math.floor(fin.log.length / 2)) };
        for (const me of sc.parties) {
          const other = sc.parties.find((p) => p.id !== me.id)!;
          const models = [
            concessionModels(sc, half, [other.id], agenda, me)[0]!,
            opponentModels(sc, half, [other.id], agenda, me)[0]!,
          ];
          for (const issue of agenda) {
            for (const [option, truth] of Object.entries(other.values[issue]!)) {
              models.forEach((m, k) => {
                err[k]! += Math.abs(truth - m.values[issue]![option]!);
              });
              n++;
            }
          }
        }
      }
      const [concession, frequency] = [err[0]! / n, err[1]! / n];
      expect(concession).toBeLessThanOrEqual(16);
      expect(concession).toBeLessThan(frequency - 8);
    });
  }
});
