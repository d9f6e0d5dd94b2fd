// The log in words: every entry kind renders to its sentence from data alone; plural party names take plural verbs
// and pronouns; the causes read as plain words; and a whole game's log renders without a raw id or "null" in it.
import { describe, expect, it } from 'vitest';
import type { Action } from './actions';
import { mini } from './fixtures/mini';
import {
  answerItems,
  answerSentence,
  causeWords,
  entryParty,
  logSentence,
  partyPlural,
  partyPossessive,
  pluralName,
  possessive,
} from './log-sentences';
import { runGame } from './play';
import type { CompiledScenario } from './scenario';
import type { ActionEntry, LogEntry, Reason } from './state';

const at = { turn: 3, phase: 'talks', round: 2 };
const reason: Reason = {
  stance: 'probing',
  mood: 'probing',
  perIssue: {},
  value: 40,
  target: 60,
  reservation: 30,
  redLine: null,
  cause: null,
  summary: 'It would take Trade: OPEN. Worth 40 to us.',
};
const act = (action: Action, extra: Partial<ActionEntry> = {}): ActionEntry => ({
  ...at,
  kind: 'action',
  party: action.party,
  action,
  line: null,
  reason: null,
  broken: [],
  answer: null,
  ...extra,
});

/** The mini scenario with Brokerland renamed to a plural name. */
const plural: CompiledScenario = {
  ...mini,
  parties: mini.parties.map((p) => (p.id === 'broker' ? { ...p, name: 'The Allies' } : p)),
};

describe('logSentence: actions', () => {
  it.each<[Action, string]>([
    [{ type: 'offer.accept', party: 'north' }, 'Northland accepts the offer on the table.'],
    [{ type: 'offer.reject', party: 'north' }, 'Northland rejects the offer on the table.'],
    [{ type: 'offer.reject', party: 'north', issue: 'aid' }, 'Northland rejects the offer on the table (over Aid).'],
    [{ type: 'statement.insist', party: 'south', issue: 'border' }, 'Southland insists on Border.'],
    [{ type: 'statement.concede', party: 'south', issue: 'trade' }, 'Southland concedes Trade.'],
    [{ type: 'statement.threaten', party: 'north', target: 'south' }, 'Northland threatens Southland.'],
    [{ type: 'statement.assure', party: 'north', target: 'broker' }, 'Northland reassures Brokerland.'],
    [{ type: 'call.place', party: 'broker', target: 'south' }, 'Brokerland calls Southland.'],
    [{ type: 'party.walkOut', party: 'south' }, 'Southland walks out of the talks.'],
    [{ type: 'turn.pass', party: 'north' }, 'Northland passes.'],
  ])('%j', (action, sentence) => {
    expect(logSentence(mini, act(action))).toBe(sentence);
  });

  it('a proposal lists its package in the order given, and the commitments it breaks', () => {
    const propose: Action = { type: 'offer.propose', party: 'north', package: { border: 'new', trade: 'open' } };
    expect(logSentence(mini, act(propose))).toBe('Northland proposes: Border: NEW; Trade: OPEN.');
    expect(logSentence(mini, act(propose, { broken: ['trade'] }))).toBe(
      'Northland proposes: Border: NEW; Trade: OPEN. This breaks an earlier commitment (Trade).',
    );
  });

  it('a question, with and without its answer, which is rendered from the answer data', () => {
    const ask: Action = { type: 'ask.whatWouldItTake', party: 'south', target: 'north' };
    const answer = { issues: ['trade', 'aid'], package: { trade: 'open', aid: 'lots', border: 'old' }, reason };
    const e = act(ask, { answer });
    expect(logSentence(mini, e, { answer: false })).toBe('Southland asks Northland what it would take.');
    expect(logSentence(mini, e)).toBe(
      'Southland asks Northland what it would take. It would take Trade: OPEN; Aid: LOTS.',
    );
    expect(answerItems(mini, answer)).toEqual(['Trade: OPEN', 'Aid: LOTS']);
    expect(answerSentence(mini, { ...answer, issues: [] })).toBe('It would take the offer as it stands.');
  });
});

describe('logSentence: other kinds', () => {
  it.each<[LogEntry, string]>([
    [
      {
        ...at,
        kind: 'stance',
        party: 'north',
        from: 'maximalist',
        to: 'bargaining',
        mood: 'bargaining',
        cause: 'offer.received',
      },
      'Northland is now ready to bargain (stance: bargaining, was maximalist), after an offer.',
    ],
    [
      { ...at, kind: 'stance', party: 'north', from: 'maximalist', to: 'bargaining', mood: 'bargaining', cause: null },
      'Northland is now ready to bargain (stance: bargaining, was maximalist).',
    ],
    [
      { ...at, kind: 'stance', party: 'south', from: 'probing', to: 'closing', mood: 'closing', cause: 'world.crisis' },
      'Southland is now ready to close a deal (stance: closing, was probing), after the news: Border crisis.',
    ],
    [
      { ...at, kind: 'said', party: 'south', line: { text: 'We will not move.', simulated: true } },
      'Southland: "We will not move."',
    ],
    [{ ...at, kind: 'world', event: 'crisis' }, 'Border crisis. Shots are fired at the border.'],
    [{ ...at, kind: 'phase', change: 'started' }, 'Talks: Harbour, 2025-01-01. 3 rounds.'],
    [{ ...at, kind: 'phase', change: 'ended' }, 'Talks ends without a deal.'],
    [
      { ...at, kind: 'deal', package: { trade: 'partial', aid: 'some' } },
      'Deal struck in Talks: Trade: PARTIAL; Aid: SOME.',
    ],
    [{ ...at, kind: 'end', outcome: 'agreement', party: null }, 'The talks end in an agreement.'],
    [{ ...at, kind: 'end', outcome: 'no-deal', party: null }, 'Time has run out. The talks end without a deal.'],
    [{ ...at, kind: 'end', outcome: 'walkout', party: 'south' }, 'Southland walks out. The talks are over.'],
  ])('%j', (entry, sentence) => {
    expect(logSentence(mini, entry)).toBe(sentence);
  });

  it('says who an entry is about', () => {
    expect(entryParty(act({ type: 'turn.pass', party: 'north' }))).toBe('north');
    expect(entryParty({ ...at, kind: 'world', event: 'crisis' })).toBeNull();
    expect(entryParty({ ...at, kind: 'end', outcome: 'walkout', party: 'south' })).toBe('south');
  });
});

describe('plural party names', () => {
  it('tells plural names from singular ones, states included', () => {
    expect(['European allies', 'The Allies', 'Great Powers (observers)'].map(pluralName)).toEqual([true, true, true]);
    const singular = ['Ukraine', 'United States', 'United States (mediator)', 'Russian Federation', 'Congress'];
    expect(singular.map(pluralName)).toEqual([false, false, false, false, false]);
  });

  it('takes plural verbs and pronouns', () => {
    expect(logSentence(plural, act({ type: 'turn.pass', party: 'broker' }))).toBe('The Allies pass.');
    expect(logSentence(plural, act({ type: 'statement.insist', party: 'broker', issue: 'aid' }))).toBe(
      'The Allies insist on Aid.',
    );
    expect(logSentence(plural, act({ type: 'offer.accept', party: 'broker' }))).toBe(
      'The Allies accept the offer on the table.',
    );
    expect(logSentence(plural, { ...at, kind: 'end', outcome: 'walkout', party: 'broker' })).toBe(
      'The Allies walk out. The talks are over.',
    );
    expect(
      logSentence(plural, {
        ...at,
        kind: 'stance',
        party: 'broker',
        from: 'probing',
        to: 'closing',
        mood: 'closing',
        cause: 'offer.rejected',
      }),
    ).toBe('The Allies are now ready to close a deal (stance: closing, was probing), after their offer was rejected.');
    expect(causeWords(mini, 'offer.rejected', 'broker')).toBe('after its offer was rejected');
  });

  it('forms possessives', () => {
    expect(possessive('Ukraine')).toBe("Ukraine's");
    expect(possessive('European allies')).toBe("European allies'");
    expect(possessive('United States')).toBe("United States'");
    expect(partyPossessive(plural, 'broker')).toBe("The Allies'");
  });

  it("takes the scenario's word over the guess from the name", () => {
    const said = (sc: CompiledScenario) => logSentence(sc, act({ type: 'turn.pass', party: 'broker' }));
    const withPlural = (name: string, plural: boolean): CompiledScenario => ({
      ...mini,
      parties: mini.parties.map((p) => (p.id === 'broker' ? { ...p, name, plural } : p)),
    });
    expect(said(withPlural('The Quartet', true))).toBe('The Quartet pass.');
    expect(said(withPlural('The Allies', false))).toBe('The Allies passes.');
    expect(partyPlural(withPlural('Congress', true), 'broker')).toBe(true);
    expect(partyPlural(plural, 'broker')).toBe(true); // no field: the guess
  });
});

describe('causes in plain words', () => {
  it('names the start of the talks and of a later phase, and time running short', () => {
    expect(causeWords(mini, 'phase.started', 'north', 'talks')).toBe('when the talks began');
    expect(causeWords(mini, 'phase.started', 'north', 'summit')).toBe('when Summit began');
    expect(causeWords(mini, 'round.elapsed', 'north')).toBe('as time ran short');
    for (const c of ['offer.received', 'threat.received', 'call.received', 'phase.started', 'round.elapsed', 'x.y']) {
      expect(causeWords(mini, c, 'north', 'talks')).not.toMatch(/\.(received|elapsed|started)|x\.y/);
    }
  });
});

describe('a whole game in words', () => {
  it('every entry of AI games renders to a sentence with no raw event id, "null" or "undefined"', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const s = runGame(mini, { seed });
      for (const e of s.log) {
        const sentence = logSentence(mini, e);
        expect(sentence).not.toMatch(/null|undefined|\.received|\.elapsed|\.started|world\./);
        expect(sentence.length).toBeGreaterThan(5);
      }
    }
  });
});
