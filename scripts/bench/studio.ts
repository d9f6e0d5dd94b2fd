// The studio's live check: how long the checks of `summit validate` + `summit lint` take on an Alaska-size file
// after a keystroke (the studio runs them 250 ms after the last one). Each sample is a different text (a comment
// line added), so no cache can answer for the previous one.
import { readFileSync } from 'node:fs';
import { checkScenarioText } from '../../game/session/studio/check';
import { time } from './stats';

export interface StudioFigures {
  scenario: string;
  bytes: number;
  checkMedianMs: number;
  checkP95Ms: number;
}

export function benchStudio(file = 'scenarios/alaska-2025.yaml', samples = 40): StudioFigures {
  const text = readFileSync(file, 'utf8');
  const t = time(
    (i) => {
      const edited = `${text}\n# edit ${i}\n`;
      if (checkScenarioText(edited, file).scenario === null) throw new Error(`${file} no longer checks`);
    },
    samples,
    5,
  );
  return { scenario: file, bytes: text.length, checkMedianMs: t.medianMs, checkP95Ms: t.p95Ms };
}
