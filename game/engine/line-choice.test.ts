// Lines that say what the offer says (rules revision 4): which lines fit which package, which one is picked, the
// plain sentence said when none fits, and that games of earlier revisions keep their lines.
import { describe, expect, it } from 'vitest';
import { mini } from './fixtures/mini';
import { lineFits, pickLine } from './line-choice';
import { plainLine, spokenLine } from './log-sentences';
import { newGame } from './newgame';
import { runGame } from './play';
import { applyAction } from './rules';
import type { CompiledScenario, Line } from './scenario';
import type { ActionEntry, GameState } from './state';

const generic: Line = { text: 'Let us talk.', simulated: true };
const open: Line = { text: 'Trade must be open.', simulated: true, about: { trade: ['open'] } };
const notOld: Line = { text: 'Not the old border.', simulated: true, about: { border: ['old'] } };
const twoIssues: Line = {
  text: 'The new border and some aid.',
  simulated: true,
  about: { border: ['new', 'shared'], aid: ['some'] },
};

describe('lineFits', () => {
  it('fits a proposal, acceptance or answer only when the package holds a named option on every named issue', () => {
    for (const kind of ['propose', 'accept', 'answer'] as const) {
      expect(lineFits(open, { kind, package: { trade: 'open' }, issue: null })).toBe(true);
      expect(lineFits(open, { kind, package: { trade: 'closed' }, issue: null })).toBe(false);
      expect(lineFits(open, { kind, package: { border: 'new' }, issue: null })).toBe(false); // not in the package
      expect(lineFits(twoIssues, { kind, package: { border: 'shared', aid: 'some' }, issue: null })).toBe(true);
      expect(lineFits(twoIssues, { kind, package: { border: 'shared', aid: 'lots' }, issue: null })).toBe(false);
    }
  });

  it('fits a rejection when the rejected package holds what the line refuses', () => {
    expect(lineFits(notOld, { kind: 'reject', package: { border: 'old' }, issue: 'border' })).toBe(true);
    expect(lineFits(notOld, { kind: 'reject', package: { border: 'new' }, issue: 'border' })).toBe(false);
    expect(lineFits(notOld, { kind: 'reject', package: null, issue: null })).toBe(false);
  });

  it('fits insisting and conceding by the issue named, and fits anything when it names nothing', () => {
    expect(lineFits(notOld, { kind: 'insist', package: null, issue: 'border' })).toBe(true);
    expect(lineFits(notOld, { kind: 'insist', package: null, issue: 'trade' })).toBe(false);
    expect(lineFits(notOld, { kind: 'threaten', package: { trade: 'open' }, issue: null })).toBe(true);
    for (const kind of ['propose', 'accept', 'reject', 'answer', 'insist'] as const) {
      expect(lineFits(generic, { kind, package: { trade: 'closed' }, issue: null })).toBe(true);
    }
  });
});

describe('pickLine', () => {
  it('prefers a fitting line that names something, then the rejection’s own issue, then lines naming nothing', () => {
    const ctx = { kind: 'propose' as const, package: { trade: 'open' }, issue: null };
    for (let turn = 0; turn < 4; turn++) expect(pickLine([generic, open], ctx, turn)).toBe(open);
    const closed = { ...ctx, package: { trade: 'closed' } };
    expect(pickLine([generic, open], closed, 0)).toBe(generic);
    expect(pickLine([open], closed, 0)).toBeNull();
    const reject = { kind: 'reject' as const, package: { border: 'old', aid: 'some' }, issue: 'border' };
    const aid: Line = { text: 'Some aid is not enough.', simulated: true, about: { aid: ['some'] } };
    for (let turn = 0; turn < 4; turn++) expect(pickLine([aid, notOld, generic], reject, turn)).toBe(notOld);
  });

  it('chooses among fitting lines by turn', () => {
    const a: Line = { ...open, text: 'A' };
    const b: Line = { ...open, text: 'B' };
    const ctx = { kind: 'accept' as const, package: { trade: 'open' }, issue: null };
    expect([0, 1, 2].map((t) => pickLine([a, notOld, b], ctx, t)?.text)).toEqual(['A', 'B', 'A']);
  });
});

/** Mini with every stance's propose lines naming one border option, and its answers one trade option. */
function declared(option: string, border = 'new'): CompiledScenario {
  return {
    ...mini,
    parties: mini.parties.map((p) => ({
      ...p,
      ai: {
        ...p.ai,
        states: Object.fromEntries(
          Object.entries(p.ai.states).map(([id, st]) => [
            id,
            {
              ...st,
              lines: {
                ...st.lines,
                propose: [{ text: `Border: ${border}.`, simulated: true, about: { border: [border] } }],
                answer: [{ text: `Trade must be ${option}.`, simulated: true, about: { trade: [option] } }],
              },
            },
          ]),
        ),
      },
    })),
  };
}

const proposals = (s: GameState) =>
  s.log.filter(
    (e): e is ActionEntry => e.kind === 'action' && e.action.type === 'offer.propose' && e.phase === 'summit',
  );

describe('the line said with a decision (revision 4)', () => {
  it('says a declared line only with a package it fits, and otherwise a plain sentence from the package', () => {
    let fitted = 0;
    let plain = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const sc = declared('partial');
      for (const e of proposals(runGame(sc, { seed }))) {
        if (e.action.type !== 'offer.propose') continue;
        if (e.action.package.border === 'new') {
          expect(e.line?.text).toBe('Border: new.');
          fitted++;
        } else {
          expect(e.line).toBeNull();
          expect(e.plainLine).toBe(true);
          const said = spokenLine(sc, e)!;
          expect(said.text).not.toContain('NEW');
          expect(said.text).toMatch(/^What matters most to us here: |^This is what we can offer\.$/);
          plain++;
        }
      }
    }
    expect(fitted).toBeGreaterThan(0);
    expect(plain).toBeGreaterThan(0);
  });

  it('answers "what would it take?" with a line that fits the package asked for, or in plain words', () => {
    const sc = declared('open');
    const start = newGame(sc, { seed: 3, seats: { north: 'human', south: 'ai', broker: 'ai' } });
    const r = applyAction(sc, start, { type: 'ask.whatWouldItTake', party: 'north', target: 'broker' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const e = r.value.log.at(-1) as ActionEntry;
    const wanted = e.answer!.package.trade;
    if (wanted === 'open') expect(e.line?.text).toBe('Trade must be open.');
    else {
      expect(e.line).toBeNull();
      expect(plainLine(sc, e)).toMatch(/^We would need Trade \(|^We could accept the offer as it stands\.$/);
    }
  });

  it('leaves games of revision 3 with the lines they always had (chosen by turn, whatever they say)', () => {
    const sc = declared('partial');
    const seats = { north: 'ai', south: 'ai', broker: 'ai' } as const;
    let s = newGame(sc, { seed: 2, seats, rules: 3 });
    const first = applyAction(sc, s, { type: 'offer.propose', party: 'north', package: { trade: 'closed' } });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    s = first.value;
    const e = s.log.filter((x) => x.kind === 'action').at(-1) as ActionEntry;
    expect(e.line?.text).toBe('Border: new.'); // about the border, with a package on trade alone
    expect(e.plainLine).toBeUndefined();
  });
});

describe('plainLine', () => {
  const base = { turn: 1, phase: 'summit', round: 1, kind: 'action' as const, broken: [], answer: null };
  const reason = {
    stance: 'probing',
    mood: 'probing' as const,
    perIssue: { border: 2000, aid: 3000, amnesty: 0 },
    value: 50,
    target: 60,
    reservation: 30,
    redLine: null,
    cause: null,
    summary: '',
  };
  it('names what matters most in a proposal, and the red line or issue of a rejection', () => {
    const pkg = { border: 'new', aid: 'some', amnesty: 'no' };
    const propose: ActionEntry = {
      ...base,
      party: 'south',
      action: { type: 'offer.propose', party: 'south', package: pkg },
      line: null,
      reason,
      plainLine: true,
    };
    expect(plainLine(mini, propose)).toBe('What matters most to us here: Aid (SOME) and Border (NEW).');
    const reject: ActionEntry = {
      ...propose,
      action: { type: 'offer.reject', party: 'south', issue: 'aid' },
      reason: { ...reason, redLine: { issue: 'border', option: 'old' } },
    };
    expect(plainLine(mini, reject)).toBe('We cannot accept Border (OLD): that is a red line for us.');
    expect(plainLine(mini, { ...reject, reason })).toBe('We cannot accept what this offer says on Aid.');
  });
});
