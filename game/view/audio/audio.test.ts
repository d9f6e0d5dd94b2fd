// Every sound the game names has a generated file, small enough for the budget (mono 22 kHz WAV, < 400 KB total).
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOUND_NAMES, soundUrl } from './audio';

describe('sounds', () => {
  it('has a file per sound name within the size budget', () => {
    let total = 0;
    for (const name of SOUND_NAMES) {
      expect(soundUrl(name)).not.toBeNull();
      total += statSync(`assets/sounds/${name}.wav`).size;
    }
    expect(total).toBeLessThan(400 * 1024);
  });
});
