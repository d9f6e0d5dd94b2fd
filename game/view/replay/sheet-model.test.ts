// The read-only deal sheet at a step: agenda × options with the table's package, acceptances, stances, outcome.
import { describe, expect, it } from 'vitest';
import { openFixture } from './replay-fixture.testkit';
import { replaySheet } from './sheet-model';

describe('replaySheet', () => {
  it('at the start: the first phase agenda, nothing on the table', async () => {
    const { scenario, steps } = await openFixture();
    const s = replaySheet(scenario, steps[0]!.state);
    expect(s.phase).toBe('Talks by the lake');
    expect(s.round).toBe('Round 1 of 3');
    expect(s.when).toBe('15 August 2025 · Lakeside lodge');
    expect(s.table).toBeNull();
    expect(s.outcome).toBeNull();
    expect(s.rows.every((r) => r.onTable === null && r.options.some((o) => o.statusQuo))).toBe(true);
    expect(s.stances.map((x) => x.party)).toEqual(['Northland', 'The Broker']);
  });

  it('names stances in words for people, and lists no mood for a party not in the room', async () => {
    const { scenario, steps } = await openFixture();
    const s = replaySheet(scenario, steps[0]!.state);
    for (const x of s.stances)
      expect(x.words).toMatch(
        /^\S.* \((taking a hard line|sounding out the others|ready to bargain|ready to close a deal|ready to walk out)\)$/,
      );
    expect(s.stances.map((x) => x.words).join(' ')).not.toMatch(/\((maximalist|probing|bargaining|closing|walkout)\)/);
    const away = { ...scenario, phases: scenario.phases.map((p, i) => (i === 0 ? { ...p, inRoom: ['north'] } : p)) };
    expect(replaySheet(away, steps[0]!.state).stances.map((x) => x.party)).toEqual(['Northland']);
  });

  it('with a package on the table: its options, who proposed and accepted, who is missing', async () => {
    const { scenario, steps } = await openFixture();
    const s = replaySheet(scenario, steps[13]!.state); // the Broker has accepted Northland's package
    expect(s.table).not.toBeNull();
    expect(s.table!.proposer).toBe('Northland');
    expect(s.table!.accepted).toEqual(['Northland', 'The Broker']);
    expect(s.table!.waitingFor).toContain('Southland');
    const border = s.rows.find((r) => r.issue === 'The valley border')!;
    expect(border.onTable).toBe('Valley to North');
    expect(border.options.filter((o) => o.onTable).map((o) => o.label)).toEqual(['Valley to North']);
  });

  it('at the end: the outcome over every issue and each party’s value against no deal', async () => {
    const { scenario, steps } = await openFixture();
    const s = replaySheet(scenario, steps.at(-1)!.state);
    expect(s.round).toBe('Game over');
    expect(s.table).toBeNull();
    expect(s.outcome!.text).toBe('Agreement');
    expect(s.outcome!.values.map((v) => v.party)).toEqual(['Northland', 'Southland', 'The Broker']);
    expect(s.rows.length).toBe(scenario.issues.length);
    expect(s.rows.every((r) => r.onTable !== null)).toBe(true);
  });
});
