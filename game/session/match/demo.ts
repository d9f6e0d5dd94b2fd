// The demo table's game: a scenario played by its AI with one seat passing, so the table moves on by itself. The
// view draws the states it yields; it never runs the rules itself.
import { parseScenario } from '../../content/index';
import { type CompiledScenario, err, type GameState, ok, type PartyId, type Result } from '../../engine/index';
import { createMatch } from './match';

export interface DemoGame {
  readonly scenario: CompiledScenario;
  state(): GameState;
  /** One more turn (the AI's move, or the watched seat's pass); false once the game is over. */
  step(): boolean;
}

/** A demo game of the scenario text: `viewer` sits in the one human seat and always passes. */
export function demoGame(text: string, file: string, o: { seed: number; viewer: PartyId }): Result<DemoGame, string> {
  const parsed = parseScenario(text, file);
  if (!parsed.ok) return err(`${file} does not compile: ${parsed.error[0]?.message ?? 'unknown error'}`);
  const sc = parsed.value;
  const seats = Object.fromEntries(sc.parties.map((p) => [p.id, p.id === o.viewer ? 'human' : 'ai'] as const));
  const match = createMatch({ scenario: sc, file, seed: o.seed, seats, difficulty: 'normal' });
  return ok({
    scenario: sc,
    state: () => match.state(),
    step() {
      if (match.step()) return true;
      const p = match.toMove();
      return p !== null && match.act({ type: 'turn.pass', party: p }).ok;
    },
  });
}
