// Authoring format 1 → format 2, when a file is compiled. Format 2 only adds to each statechart (its demand regions,
// its context, the actions and guards on them), so a format-1 file is a format-2 file with no regions and the default
// context: the migration says so explicitly, and the compiler reads format 2 alone. The file's text, and so its
// content hash (which replays record), is untouched.
import type { ScenarioFile } from './schema';

/** The file as format 2 (itself when it already is). */
export function migrateScenarioFile(s: ScenarioFile): ScenarioFile & { format: 2 } {
  if (s.format === 2) return s as ScenarioFile & { format: 2 };
  return {
    ...s,
    format: 2,
    parties: s.parties.map((p) => ({ ...p, statechart: { ...p.statechart, context: {}, regions: {} } })),
  };
}
