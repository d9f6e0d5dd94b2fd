// Rule: a line declares (`about`) an issue or an option that does not exist. The engine says a declared line only
// with a package holding the options it names (rules revision 4), so a line naming an unknown option is never
// said: almost always a typo, or an option renamed after the line was written.
import type { LintRule } from './types';
import { stancePath } from './walk';

export const lineAbout: LintRule = {
  id: 'line-about',
  summary: "a line's `about` names an issue or an option that does not exist, so the line is never said",
  check(ctx) {
    const issues = new Map(ctx.data.issues.map((i) => [i.id, new Set(i.options.map((o) => o.id))]));
    ctx.data.parties.forEach((party, pi) => {
      for (const [stance, st] of Object.entries(party.statechart.states)) {
        for (const [key, lines] of Object.entries(st.lines ?? {})) {
          (lines ?? []).forEach((line, li) => {
            const base = [...stancePath(pi, stance), 'lines', key, li, 'about'];
            for (const [issue, named] of Object.entries(line.about ?? {})) {
              const options = issues.get(issue);
              if (!options) {
                ctx.warn(
                  [...base, issue],
                  `a "${key}" line of "${party.id}" in stance "${stance}" is about "${issue}", which is not an issue`,
                  `issues: ${[...issues.keys()].join(', ')}`,
                  { key: true },
                );
                continue;
              }
              const list = Array.isArray(named) ? named : [named];
              list.forEach((option, oi) => {
                if (options.has(option)) return;
                ctx.warn(
                  Array.isArray(named) ? [...base, issue, oi] : [...base, issue],
                  `a "${key}" line of "${party.id}" in stance "${stance}" names "${option}", which is not an option of "${issue}"`,
                  `options: ${[...options].join(', ')}`,
                );
              });
            }
          });
        }
      }
    });
  },
};
