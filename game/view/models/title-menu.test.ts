import { describe, expect, it } from 'vitest';
import { titleMenu } from './title-menu';

describe('titleMenu', () => {
  it('hides Continue when there is nothing to continue', () => {
    expect(titleMenu({ canContinue: false }).map((i) => i.id)).toEqual(['play', 'replay', 'studio', 'settings']);
  });

  it('puts Continue first when a game can be resumed', () => {
    expect(titleMenu({ canContinue: true }).map((i) => i.id)).toEqual([
      'continue',
      'play',
      'replay',
      'studio',
      'settings',
    ]);
  });

  it('offers online rooms only when served by a Summit server', () => {
    expect(titleMenu({ canContinue: false, online: true }).map((i) => i.id)).toEqual([
      'play',
      'host',
      'join',
      'replay',
      'studio',
      'settings',
    ]);
  });

  it('gives every entry a label and a description', () => {
    for (const item of titleMenu({ canContinue: true })) {
      expect(item.label.length).toBeGreaterThan(0);
      expect(item.description.length).toBeGreaterThan(0);
    }
  });
});
