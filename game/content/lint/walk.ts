// Visits every transition and every guard of every statechart with its data path, so each rule about
// statecharts is a few lines about one transition or one guard.
import type { GuardFile, ScenarioFile, StanceFile } from '../schema';
import type { Path } from '../yaml-positions';

type PartyFile = ScenarioFile['parties'][number];
type TransitionFile = NonNullable<StanceFile['on']>[string][number];

export interface TransitionSite {
  party: PartyFile;
  partyIndex: number;
  stance: string;
  event: string;
  transition: TransitionFile;
  path: Path;
}

export function stancePath(partyIndex: number, stance: string): Path {
  return ['parties', partyIndex, 'statechart', 'states', stance];
}

export function eachTransition(data: ScenarioFile, visit: (t: TransitionSite) => void): void {
  data.parties.forEach((party, partyIndex) => {
    for (const [stance, st] of Object.entries(party.statechart.states)) {
      for (const [event, ts] of Object.entries(st.on ?? {})) {
        ts.forEach((transition, i) => {
          visit({
            party,
            partyIndex,
            stance,
            event,
            transition,
            path: [...stancePath(partyIndex, stance), 'on', event, i],
          });
        });
      }
    }
  });
}

/** Every guard below `g` (itself included), with its path. */
export function eachGuard(g: GuardFile, path: Path, visit: (g: GuardFile, path: Path) => void): void {
  visit(g, path);
  if (g.type === 'all' || g.type === 'any') {
    g.params.of.forEach((sub, i) => {
      eachGuard(sub, [...path, 'params', 'of', i], visit);
    });
  } else if (g.type === 'not') eachGuard(g.params.guard, [...path, 'params', 'guard'], visit);
}
