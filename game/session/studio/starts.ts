// What a new draft starts from: the starter scenario of `summit new` or a copy of a bundled scenario.

import { starterScenario } from '../../content/index';
import { scenarioSources } from '../scenario-files';

export interface StartChoice {
  /** 'starter', or the bundled file name (e.g. alaska-2025.yaml). */
  id: string;
  label: string;
}

/** The starter first, then every bundled scenario file. */
export function startChoices(): StartChoice[] {
  const files = Object.keys(scenarioSources)
    .map((k) => k.slice(k.lastIndexOf('/') + 1))
    .sort();
  return [{ id: 'starter', label: 'the starter scenario' }, ...files.map((f) => ({ id: f, label: `a copy of ${f}` }))];
}

/**
 * The text of a start choice. The starter's schema line is the one `summit new` writes into scenarios/; `today` is the
 * date written into it (YYYY-MM-DD).
 */
export async function startText(id: string, today: string): Promise<string | null> {
  if (id === 'starter') return starterScenario('my-summit', '../assets/schema/scenario.schema.json', today);
  const key = Object.keys(scenarioSources).find((k) => k.endsWith(`/${id}`));
  return key ? await scenarioSources[key]() : null;
}
