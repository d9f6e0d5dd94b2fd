// The action buttons: label with its keyboard shortcut, and whether it can be used now (legalActionTypes).
// Plain data, so the shortcut table and the enabling rules are unit-tested without a browser.
import type { ActionType } from '../../engine/index';

export interface ActionButtonView {
  type: ActionType;
  key: string; // the shortcut as KeyboardEvent.key matches it (lower case letters, ' ')
  keyLabel: string; // what the button shows
  label: string;
  needs: 'issue' | 'party' | 'none';
  enabled: boolean;
}

const BUTTONS: readonly Omit<ActionButtonView, 'enabled'>[] = [
  { type: 'offer.propose', key: 'p', keyLabel: 'P', label: 'Propose', needs: 'none' },
  { type: 'offer.accept', key: 'a', keyLabel: 'A', label: 'Accept', needs: 'none' },
  { type: 'offer.reject', key: 'r', keyLabel: 'R', label: 'Reject', needs: 'issue' },
  { type: 'statement.insist', key: 'i', keyLabel: 'I', label: 'Insist', needs: 'issue' },
  { type: 'statement.concede', key: 'c', keyLabel: 'C', label: 'Concede', needs: 'issue' },
  { type: 'statement.threaten', key: 't', keyLabel: 'T', label: 'Threaten', needs: 'party' },
  { type: 'statement.assure', key: 's', keyLabel: 'S', label: 'Assure', needs: 'party' },
  { type: 'call.place', key: 'l', keyLabel: 'L', label: 'Call', needs: 'party' },
  { type: 'ask.whatWouldItTake', key: 'w', keyLabel: 'W', label: 'What would it take?', needs: 'party' },
  { type: 'party.walkOut', key: 'x', keyLabel: 'X', label: 'Walk out', needs: 'none' },
  { type: 'turn.pass', key: ' ', keyLabel: 'Space', label: 'Pass', needs: 'none' },
];

/** Every action button, enabled only when the action is legal for the viewer now. */
export function actionBar(legal: readonly ActionType[]): ActionButtonView[] {
  return BUTTONS.map((b) => ({ ...b, enabled: legal.includes(b.type) }));
}

/** The action a key press asks for (Enter also passes), or null. Letters are matched case-insensitively. */
export function actionForKey(key: string): ActionType | null {
  if (key === 'Enter') return 'turn.pass';
  const k = key.length === 1 ? key.toLowerCase() : key;
  return BUTTONS.find((b) => b.key === k)?.type ?? null;
}
