// A game's id: random, written into its saves so Continue can tell the game last played from an older one. Not
// part of the replay or any hash (two games from the same seed are still the same game to the engine).
export function newGameId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  // Only uniqueness matters here, never determinism.
  return `g-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
