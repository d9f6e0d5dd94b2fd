// The debrief view-model on games of the engine's mini fixture (three parties, four issues) and on hand-edited
// debriefs for the cases one game does not reach (a Pareto improvement, history, no player).
import { describe, expect, it } from 'vitest';
import { analyzeGame, type Debrief, runGame } from '../../engine';
import { mini } from '../../engine/fixtures/mini';
import { debriefModel, gainPoints, paragraphs, signed } from './debrief-model';

const played = () => {
  const s = runGame(mini, { seed: 1 });
  return analyzeGame(mini, s, { player: 'north' });
};

describe('formatting', () => {
  it('signs numbers with a real minus', () => {
    expect(signed(3)).toBe('+3');
    expect(signed(-1)).toBe('−1');
    expect(signed(0)).toBe('0');
  });
  it('turns weighted points into value points with one decimal', () => {
    expect(gainPoints(1200)).toBe('+12');
    expect(gainPoints(-250)).toBe('−2.5');
    expect(gainPoints(4)).toBe('0');
  });
  it('splits paragraphs on blank lines', () => {
    expect(paragraphs('One\nline.\n\n  Two. \n')).toEqual(['One line.', 'Two.']);
  });
});

describe('debriefModel', () => {
  const d = played();
  const m = debriefModel(mini, d);

  it('has one bar per party, the player marked, widths on a 0–100 track', () => {
    expect(m.parties.map((p) => p.id)).toEqual(['north', 'south', 'broker']);
    expect(m.parties.filter((p) => p.you).map((p) => p.id)).toEqual(['north']);
    for (const [i, p] of m.parties.entries()) {
      expect(p.valuePct).toBe(d.parties[i].value);
      expect(p.reservationPct).toBe(d.parties[i].reservation);
      expect(p.surplus).toBe(d.parties[i].value - d.parties[i].reservation);
      expect(p.text).toContain(`${p.value} against ${p.reservation} with no deal`);
    }
    expect(m.player).toEqual({ id: 'north', name: mini.parties[0].name });
  });

  it('lists issues in scenario order with their outcome and who gained', () => {
    expect(m.issues.map((r) => r.issue)).toEqual(mini.issues.map((i) => i.name));
    for (const [i, r] of m.issues.entries()) {
      expect(r.gained.length).toBe(d.issues[i].gained.length);
      for (const g of r.gained) expect(g.points.startsWith('+')).toBe(true);
      for (const g of r.gaveWay) expect(g.points.startsWith('−')).toBe(true);
    }
  });

  it('compares the outcome with the Nash point issue by issue', () => {
    expect(m.packages.columns[0].key).toBe('outcome');
    expect(m.packages.columns.at(-1)!.key).toBe(d.nash ? 'nash' : 'outcome');
    expect(m.packages.rows).toHaveLength(mini.issues.length);
    for (const row of m.packages.rows) expect(row.changed[0]).toBe(false);
    expect(m.packages.values.map((v) => v.cells[0])).toEqual(d.parties.map((p) => p.value));
  });

  it('numbers turning points from 1 and names their phase', () => {
    expect(m.turningPoints).toHaveLength(d.turningPoints.length);
    expect(m.turningPoints[0].turn).toBe(d.turningPoints[0].shownAt);
    expect(mini.phases.map((p) => p.name)).toContain(m.turningPoints[0].phase);
    expect(m.turningGroups.flatMap((g) => g.points)).toEqual(m.turningPoints);
    for (const [i, g] of m.turningGroups.entries()) if (i > 0) expect(g.phase).not.toBe(m.turningGroups[i - 1].phase);
    const offer = m.turningPoints.find((t) => t.kind === 'offer');
    if (offer) expect(offer.detail).toMatch(/^Values: /);
  });

  it('offers one dance per other party, and play-again for the others', () => {
    expect(m.dances.map((x) => x.b)).toEqual(['south', 'broker']);
    expect(m.dances[0].label).toBe(mini.parties[1].name);
    expect(m.playAgain.map((p) => p.party)).toEqual(['south', 'broker']);
    expect(m.playAgain[0].label).toBe(`Play again as ${mini.parties[1].name}`);
  });

  it('shows a Pareto improvement as a column with the changed issues marked', () => {
    const better: Debrief = {
      ...d,
      pareto: {
        optimal: false,
        improvement: {
          package: { ...d.outcome.package, trade: d.outcome.package.trade === 'open' ? 'closed' : 'open' },
          values: Object.fromEntries(d.parties.map((p) => [p.party, p.value + 5])),
          gain: 15,
        },
      },
    };
    const mb = debriefModel(mini, better);
    expect(mb.pareto.optimal).toBe(false);
    expect(mb.pareto.text).toContain('15 points more');
    const col = mb.packages.columns.findIndex((c) => c.key === 'improvement');
    expect(col).toBe(1);
    const trade = mb.packages.rows.find((r) => r.issue === mini.issues[0].name)!;
    expect(trade.changed[col]).toBe(true);
    expect(mb.packages.values[0].cells[col]).toBe(d.parties[0].value + 5);
  });

  it('sets the historical outcome beside this game’s', () => {
    const withHistory: Debrief = { ...d, history: { summary: 'First.\n\nSecond.', points: ['a point', ' '] } };
    const mh = debriefModel(mini, withHistory);
    expect(mh.history!.summary).toEqual(['First.', 'Second.']);
    expect(mh.history!.points).toEqual(['a point']);
    expect(mh.history!.game).toHaveLength(mini.issues.length);
    expect(m.history).toBeNull();
  });

  it('labels every pair when nobody is the player', () => {
    const all = analyzeGame(mini, runGame(mini, { seed: 1 }));
    const ma = debriefModel(mini, all);
    expect(ma.player).toBeNull();
    expect(ma.dances).toHaveLength(3);
    expect(ma.dances[0].label).toBe(`${mini.parties[0].name} and ${mini.parties[1].name}`);
    expect(ma.playAgain).toHaveLength(3);
  });
});
