import { describe, expect, it } from 'vitest';
import { starterScenario } from '../../content/index';
import { idKeysAt, issueIds } from './issue-ids';

const starter = starterScenario('s', '../assets/schema/scenario.schema.json', '2026-01-01');

describe('issue and option ids for completion', () => {
  it('reads the starter’s issues and their options', () => {
    expect(issueIds(starter)).toEqual([
      { id: 'border', options: ['east', 'split', 'west'] },
      { id: 'trade', options: ['open', 'closed'] },
    ]);
  });

  it('keys weights and values by issue, an issue’s values by option; nothing elsewhere', () => {
    expect(idKeysAt(starter, ['parties', 0, 'weights'])).toEqual(['border', 'trade']);
    expect(idKeysAt(starter, ['parties', 1, 'values'])).toEqual(['border', 'trade']);
    expect(idKeysAt(starter, ['parties', 1, 'values', 'trade'])).toEqual(['open', 'closed']);
    expect(idKeysAt(starter, ['parties', 1])).toEqual([]);
    expect(idKeysAt(starter, ['issues', 0])).toEqual([]);
  });
});
