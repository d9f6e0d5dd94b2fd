// The actions a party can take on its turn. Dotted names; every action is one log entry and ends the turn.
import type { IssueId, Package, PartyId } from './scenario';

export type Action =
  | { type: 'offer.propose'; party: PartyId; package: Package }
  | { type: 'offer.accept'; party: PartyId }
  | { type: 'offer.reject'; party: PartyId; issue?: IssueId } // issue: the reason, when one is given
  | { type: 'statement.insist'; party: PartyId; issue: IssueId }
  | { type: 'statement.concede'; party: PartyId; issue: IssueId }
  | { type: 'statement.threaten'; party: PartyId; target: PartyId }
  | { type: 'statement.assure'; party: PartyId; target: PartyId }
  | { type: 'ask.whatWouldItTake'; party: PartyId; target: PartyId }
  | { type: 'call.place'; party: PartyId; target: PartyId }
  | { type: 'party.walkOut'; party: PartyId }
  | { type: 'turn.pass'; party: PartyId };

export type ActionType = Action['type'];
export const ACTION_TYPES: readonly ActionType[] = [
  'offer.propose',
  'offer.accept',
  'offer.reject',
  'statement.insist',
  'statement.concede',
  'statement.threaten',
  'statement.assure',
  'ask.whatWouldItTake',
  'call.place',
  'party.walkOut',
  'turn.pass',
];
