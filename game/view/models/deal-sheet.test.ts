// The deal sheet model on the mini fixture: header, rows per agenda issue, the builder's start, the package on
// the table with who accepted and who is still needed, values and the help each difficulty gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../content/index';
import { newGame } from '../../engine/newgame';
import { applyAction } from '../../engine/rules';
import type { CompiledScenario } from '../../engine/scenario';
import type { GameState } from '../../engine/state';
import { packageValue } from '../../engine/values';
import { dealSheet, initialBuild, meterText } from './deal-sheet';
import { helpLevel } from './difficulty';

const root = join(import.meta.dirname, '..', '..', '..');
const sc: CompiledScenario = (() => {
  const r = parseScenario(readFileSync(join(root, 'scenarios/fixtures/mini.yaml'), 'utf8'), 'mini.yaml');
  if (!r.ok) throw new Error('mini.yaml does not parse');
  return r.value;
})();
const start = (): GameState => newGame(sc, { seed: 1, seats: { north: 'human', south: 'ai', broker: 'ai' } });

/** North (first to speak) proposes: a package on the table. */
function withOffer(pkg: Record<string, string>): GameState {
  const r = applyAction(sc, start(), { type: 'offer.propose', party: 'north', package: pkg });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('initialBuild', () => {
  it("starts from the viewer's favourite option on each agenda issue", () => {
    expect(initialBuild(sc, start(), 'north')).toEqual({ ceasefire: 'later', trade: 'open' });
  });
  it('starts from the status quo when watching', () => {
    expect(initialBuild(sc, start(), null)).toEqual({ ceasefire: 'never', trade: 'closed' });
  });
  it('starts from the package on the table when there is one', () => {
    const s = withOffer({ ceasefire: 'now', trade: 'closed' });
    expect(initialBuild(sc, s, 'south')).toEqual({ ceasefire: 'now', trade: 'closed' });
  });
});

describe('dealSheet', () => {
  it('shows the phase header and one row per agenda issue, with nothing on the table', () => {
    const s = start();
    const view = dealSheet(sc, s, 'north', initialBuild(sc, s, 'north'), helpLevel('normal'));
    expect(view.header).toEqual({
      phase: 'Talks by the lake',
      when: '15 August 2025 · Lakeside lodge',
      round: 'Round 1 of 3',
      speaker: 'Northland to speak',
    });
    expect(view.rows.map((r) => [r.issue, r.name, r.onTable, r.built])).toEqual([
      ['ceasefire', 'Ceasefire', null, 'later'],
      ['trade', 'Trade', null, 'open'],
    ]);
    expect(view.rows[0]!.options.map((o) => o.label)).toEqual(['Immediate', 'After a framework', 'No ceasefire']);
    expect(view.table).toBeNull();
    expect(view.tableValue).toBeNull();
    expect(view.committed).toEqual([]);
  });

  it('values the built package for the viewer, and draws the no-deal line on normal', () => {
    const s = start();
    const build = { ceasefire: 'now', trade: 'closed' };
    const view = dealSheet(sc, s, 'north', build, helpLevel('normal'));
    expect(view.builtValue).toBe(packageValue(sc, 'north', build, {}));
    expect(view.reservation).toBe(40);
    expect(view.rows.every((r) => r.options.every((o) => o.value === null))).toBe(true);
  });

  it('shows the package on the table, who accepted it and who is still needed', () => {
    const s = withOffer({ ceasefire: 'now', trade: 'open' });
    const view = dealSheet(sc, s, 'north', initialBuild(sc, s, 'north'), helpLevel('normal'));
    expect(view.rows.map((r) => r.onTable)).toEqual(['Immediate', 'Open the border to trade']);
    // The proposer counts as accepting; trade needs the broker's consent too.
    expect(view.table).toEqual({
      proposer: 'Northland',
      offer: "Northland's offer",
      accepted: ['Northland'],
      waitingFor: ['Southland', 'The Broker'],
    });
    expect(view.tableValue).toBe(packageValue(sc, 'north', { ceasefire: 'now', trade: 'open' }, {}));
  });

  it('easy shows every option value and the moods; hard shows neither, nor the no-deal line', () => {
    const s = start();
    const build = initialBuild(sc, s, 'north');
    const easy = dealSheet(sc, s, 'north', build, helpLevel('easy'));
    expect(easy.rows[0]!.options.map((o) => o.value)).toEqual([70, 100, 10]);
    // Only the AI parties in the room: Southland is absent from the talks by the lake.
    expect(easy.moods.map((m) => m.party)).toEqual(['The Broker']);
    expect(easy.moods.every((m) => m.mood !== '' && !/maximalist|probing/.test(m.mood))).toBe(true);
    const hard = dealSheet(sc, s, 'north', build, helpLevel('hard'));
    expect(hard.rows[0]!.options.map((o) => o.value)).toEqual([null, null, null]);
    expect(hard.moods).toEqual([]);
    expect(hard.reservation).toBeNull();
    expect(hard.builtValue).toBe(easy.builtValue);
  });

  it("names the viewer's red lines a package crosses, and says what that means beside its value", () => {
    const s = start();
    const pkg = { border: 'south', ceasefire: 'now', trade: 'open' };
    const view = dealSheet(sc, s, 'north', pkg, helpLevel('normal'));
    expect(view.builtRedLines).toEqual(['The valley border (Valley to South)']);
    expect(view.tableRedLines).toEqual([]);
    expect(meterText(57, 45, view.builtRedLines)).toBe(
      '57 / 100 (no deal: 45) — crosses your red line: The valley border (Valley to South). Your brief rules this out, whatever the figure says.',
    );
    expect(meterText(57, 45, [])).toBe('57 / 100 (no deal: 45) — better than no deal');
    expect(meterText(45, 45, [], 48)).toBe('45 / 100 (no deal: 45; 48 when the talks began) — no better than no deal');
    expect(meterText(40, 45, [])).toBe('40 / 100 (no deal: 45) — worse than no deal');
  });

  it('shows the no-deal value the game stands at, and the one of the brief when events have moved it', () => {
    const s: GameState = { ...start(), reservation: { ...start().reservation, north: 31 } };
    const view = dealSheet(sc, s, 'north', initialBuild(sc, s, 'north'), helpLevel('normal'));
    expect(view.reservation).toBe(31);
    expect(view.reservationStart).toBe(sc.parties.find((p) => p.id === 'north')!.reservation);
    expect(dealSheet(sc, start(), 'north', {}, helpLevel('normal')).reservationStart).toBeNull();
  });

  it('gives a watcher no values at all', () => {
    const s = withOffer({ ceasefire: 'now', trade: 'open' });
    const view = dealSheet(sc, s, null, initialBuild(sc, s, null), helpLevel('easy'));
    expect([view.tableValue, view.builtValue, view.reservation]).toEqual([null, null, null]);
    expect(view.rows[0]!.options.map((o) => o.value)).toEqual([null, null, null]);
  });

  it('names commitments from earlier phases, and says when the game is over', () => {
    const s: GameState = {
      ...start(),
      commitments: { ceasefire: 'later' },
      outcome: { kind: 'deal' } as unknown as GameState['outcome'],
    };
    const view = dealSheet(sc, s, 'north', {}, helpLevel('normal'));
    expect(view.committed).toEqual([{ name: 'Ceasefire', option: 'After a framework' }]);
    expect(view.header.round).toBe('Game over');
    // An issue missing from the build shows its status quo.
    expect(view.rows.map((r) => r.built)).toEqual(['never', 'closed']);
  });
});
