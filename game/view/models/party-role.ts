// A non-voting party (a coordinator, a mediator): one named in no issue's `consent` list. It speaks, proposes and
// accepts, but no deal waits for it (docs/scenario-guide.md §11). The role screen and the table mark it as such.
import type { CompiledScenario, PartyId } from '../../session/live';

/** Whether no deal on any issue of the scenario needs this party's consent. */
export function nonVoting(sc: CompiledScenario, party: PartyId): boolean {
  return !sc.issues.some((i) => i.consent.includes(party));
}

/** The short mark beside a non-voting party's name (role screen) and under its plate (the table). */
export const NON_VOTING_MARK = 'no vote';

/** The sentence the role screen's brief gives a player who takes a non-voting seat. */
export const NON_VOTING_BRIEF =
  'You coordinate: you speak, propose and accept like every delegation, but no deal needs your consent.';
