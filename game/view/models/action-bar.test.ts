// The action buttons: every action has one button with a distinct key, only legal actions are enabled, and
// keys map back to actions (letters in either case, Space and Enter pass).
import { describe, expect, it } from 'vitest';
import type { ActionType } from '../../engine/actions';
import { actionBar, actionForKey } from './action-bar';

describe('actionBar', () => {
  it('has one button per action type, each with its own key and a label', () => {
    const bar = actionBar([]);
    expect(new Set(bar.map((b) => b.type)).size).toBe(bar.length);
    expect(new Set(bar.map((b) => b.key)).size).toBe(bar.length);
    for (const b of bar) {
      expect(b.label).not.toBe('');
      expect(b.keyLabel).not.toBe('');
    }
    expect(bar.map((b) => b.type)).toContain('turn.pass');
  });

  it('enables exactly the legal actions, in a fixed order', () => {
    const legal: ActionType[] = ['turn.pass', 'offer.propose'];
    const bar = actionBar(legal);
    expect(bar.filter((b) => b.enabled).map((b) => b.type)).toEqual(['offer.propose', 'turn.pass']);
    expect(actionBar([]).every((b) => !b.enabled)).toBe(true);
    expect(bar.map((b) => b.type)).toEqual(actionBar([]).map((b) => b.type));
  });

  it('says which actions need an issue or a party chosen', () => {
    const needs = Object.fromEntries(actionBar([]).map((b) => [b.type, b.needs]));
    expect(needs['offer.reject']).toBe('issue');
    expect(needs['statement.insist']).toBe('issue');
    expect(needs['statement.threaten']).toBe('party');
    expect(needs['ask.whatWouldItTake']).toBe('party');
    expect(needs['offer.accept']).toBe('none');
  });
});

describe('actionForKey', () => {
  it('maps every button key back to its action', () => {
    for (const b of actionBar([])) expect(actionForKey(b.key)).toBe(b.type);
  });
  it('matches letters in either case; Space and Enter pass', () => {
    expect(actionForKey('A')).toBe('offer.accept');
    expect(actionForKey('p')).toBe('offer.propose');
    expect(actionForKey(' ')).toBe('turn.pass');
    expect(actionForKey('Enter')).toBe('turn.pass');
  });
  it('ignores other keys (M is the map, Escape the skip)', () => {
    for (const key of ['m', 'M', 'Escape', 'Tab', 'ArrowUp', 'z', '1', '']) expect(actionForKey(key)).toBeNull();
  });
});
