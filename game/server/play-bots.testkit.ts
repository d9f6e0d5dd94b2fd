// Test support (Node only): players driven by the quick bot over real WebSockets, for the server tests that play a
// game to a point (restart after a crash, rooms on uploaded scenarios).
import { expect } from 'vitest';
import { botMove, type RemoteMatch } from '../session/online/index';

/** Waits until `ok()` holds, polling; throws naming `what` after `ms`. */
export async function until(what: string, ok: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Plays each player's own turns with the quick bot until `stop` says so; every move must be accepted. */
export async function playUntil(players: RemoteMatch[], stop: () => boolean): Promise<void> {
  while (!stop()) {
    const mover = players.find(
      (p) => p.party() !== null && p.toMove() === p.party() && p.seats()[p.party()!] === 'human',
    );
    if (mover === undefined) {
      await new Promise((r) => setTimeout(r, 10));
      continue;
    }
    const party = mover.party()!;
    const before = mover.state()!.turn;
    const r = await mover.act(botMove(mover.scenario()!, mover.state()!, party, mover.legal(party), 'quick'));
    expect(r.ok, JSON.stringify(r)).toBe(true);
    await until('the view after an action', () => (mover.state()?.turn ?? 0) > before || mover.over());
  }
}
