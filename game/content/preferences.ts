// Each party's preferences: integer weights over every issue summing to 100, and an integer value for every
// option of every issue (ranges are checked by the schema). Values of a package are computed from these
// without guards in the engine, so a gap here would be a wrong number there. Ids are data: presence is an own
// property (an issue called "toString" is not in every map just because Object.prototype has a toString).

import { didYouMean } from './did-you-mean';
import type { Reporter } from './reporter';
import type { ScenarioIndex } from './scenario-index';
import type { ScenarioFile } from './schema';

export function checkPreferences(s: ScenarioFile, r: Reporter, ix: ScenarioIndex): void {
  const issueIds = [...ix.issues.keys()];
  s.parties.forEach((party, pi) => {
    const wp = ['parties', pi, 'weights'];
    let sum = 0;
    for (const [issue, w] of Object.entries(party.weights)) {
      if (!ix.issues.has(issue))
        r.error([...wp, issue], `weight for unknown issue "${issue}"`, didYouMean(issue, issueIds), { key: true });
      else sum += w;
    }
    const missingW = issueIds.filter((i) => !Object.hasOwn(party.weights, i));
    if (missingW.length)
      r.error(
        wp,
        `weights of "${party.id}" miss issue(s) ${missingW.map((i) => `"${i}"`).join(', ')}`,
        'give every issue a weight; 0 if it does not matter',
      );
    else if (sum !== 100) r.error(wp, `weights of "${party.id}" sum to ${sum}, not 100`);

    const vp = ['parties', pi, 'values'];
    for (const [issue, opts] of Object.entries(party.values)) {
      const options = ix.issues.get(issue);
      if (!options) {
        r.error([...vp, issue], `values for unknown issue "${issue}"`, didYouMean(issue, issueIds), { key: true });
        continue;
      }
      for (const opt of Object.keys(opts)) {
        if (!options.has(opt)) {
          r.error([...vp, issue, opt], `unknown option "${opt}" of issue "${issue}"`, didYouMean(opt, options), {
            key: true,
          });
        }
      }
      const missing = [...options].filter((o) => !Object.hasOwn(opts, o));
      if (missing.length)
        r.error(
          [...vp, issue],
          `values of "${party.id}" for "${issue}" miss option(s) ${missing.map((o) => `"${o}"`).join(', ')}`,
        );
    }
    const missingV = issueIds.filter((i) => !Object.hasOwn(party.values, i));
    if (missingV.length)
      r.error(vp, `values of "${party.id}" miss issue(s) ${missingV.map((i) => `"${i}"`).join(', ')}`);
  });
}
