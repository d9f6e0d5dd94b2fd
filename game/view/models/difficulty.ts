// Difficulty is about how much help the player sees, not about the AI: the AI's preferences and curves are the
// scenario's, so a game on any difficulty is the same game and replays stay comparable.
//   easy   — your value of every option, your no-deal line on the meter, each AI's mood, and a standing hint of
//            what each AI would accept now (its "what would it take?", computed without spending a turn);
//   normal — your no-deal line on the meter and each AI's mood; ask "what would it take?" yourself;
//   hard   — only your value of the package: no no-deal line, no moods of others, no hints.
export type Difficulty = 'easy' | 'normal' | 'hard';

export interface HelpLevel {
  optionValues: boolean;
  reservationLine: boolean;
  moods: boolean;
  hints: boolean;
}

export const DIFFICULTIES: readonly { id: Difficulty; label: string; description: string }[] = [
  { id: 'easy', label: 'Easy', description: 'Hints of what each delegation would accept, your value of every option.' },
  {
    id: 'normal',
    label: 'Normal',
    description: 'Your value meter with your no-deal line, and each delegation’s mood.',
  },
  { id: 'hard', label: 'Hard', description: 'Only your own value of a package. Read the room yourself.' },
];

export function helpLevel(difficulty: Difficulty): HelpLevel {
  return {
    optionValues: difficulty === 'easy',
    reservationLine: difficulty !== 'hard',
    moods: difficulty !== 'hard',
    hints: difficulty === 'easy',
  };
}
