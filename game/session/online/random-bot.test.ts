// The load bot against a fake seat: a local Match of the tutorial stands for the server (every party a bot), and
// the fake can lose views, refuse moves, cut intents off and end the game, as a real room under load may.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../content/index';
import { type Action, nextUint32, type PartyId, type Seat, seedState } from '../../engine/index';
import { createMatch, type Match } from '../match/index';
import { type BotSeat, newTally, playRandomBot } from './random-bot';
import type { RemoteEvent } from './remote-match';

const root = join(import.meta.dirname, '..', '..', '..');
const parsed = parseScenario(readFileSync(join(root, 'scenarios/tutorial.yaml'), 'utf8'), 'tutorial.yaml');
if (!parsed.ok) throw new Error('the tutorial does not parse');
const sc = parsed.value;

/** The bots' draws from the engine's own seeded PRNG, as numbers in [0, 1). */
function seeded(seed: number): () => number {
  let state = seedState(seed);
  return () => {
    const [v, next] = nextUint32(state);
    state = next;
    return v / 4294967296;
  };
}

interface Table {
  match: Match;
  seat(party: PartyId): BotSeat & { drops: number };
  /** Views not sent (the fake's network loses them): a bot must find its turn by itself. */
  loseViews: boolean;
  /** The next intent is answered as cut off by a drop. */
  cutNext: boolean;
}

/** A table whose every party is a bot's seat; each act applies to the Match and tells every seat. */
function table(): Table {
  const seats = Object.fromEntries(sc.parties.map((p) => [p.id, 'human' as Seat]));
  const match = createMatch({ scenario: sc, file: 'tutorial.yaml', seed: 3, seats, difficulty: 'normal' });
  const listeners = new Set<(e: RemoteEvent) => void>();
  let replay: string | null = null;
  const t: Table = {
    match,
    loseViews: false,
    cutNext: false,
    seat(party) {
      const seat = {
        drops: 0,
        replayFile: () => replay,
        party: () => party,
        toMove: () => match.toMove(),
        seats: () => match.seats(),
        state: () => match.state(),
        scenario: () => sc,
        legal: (p: PartyId) => (p === party ? match.legal(p) : []),
        dropForTest: () => {
          seat.drops++;
        },
        subscribe: (l: (e: RemoteEvent) => void) => {
          listeners.add(l);
          return () => listeners.delete(l);
        },
        act: async (action: Action) => {
          await Promise.resolve();
          if (t.cutNext) {
            t.cutNext = false;
            return { ok: false as const, error: { code: 'dropped', message: 'dropped' } };
          }
          if (match.toMove() !== party)
            return { ok: false as const, error: { code: 'not-your-turn', message: 'not yours' } };
          const r = match.act(action);
          if (!r.ok) return r;
          setTimeout(() => {
            if (match.state().outcome !== null) {
              replay = 'the replay';
              for (const l of [...listeners]) l({ type: 'end', replay });
            } else if (!t.loseViews) for (const l of [...listeners]) l({ type: 'view', view: {} as never });
          }, 0);
          return { ok: true as const, value: null };
        },
      };
      return seat as BotSeat & { drops: number };
    },
  };
  return t;
}

describe('the random load bot', () => {
  it('plays every seat of a game to its end, each acknowledged move once', async () => {
    const t = table();
    const tally = newTally();
    const acked: string[] = [];
    const latencies: number[] = [];
    await Promise.all(
      sc.parties.map((p) =>
        playRandomBot(t.seat(p.id), tally, {
          onAck: (turn, action) => acked.push(`${turn} ${action.type}`),
          onLatency: (ms) => latencies.push(ms),
        }),
      ),
    );
    expect(t.match.state().outcome).not.toBeNull();
    const moves = t.match.replay().actions;
    expect(tally.acked).toBe(moves.length);
    expect(acked).toEqual(moves.map((m) => `${m.turn} ${m.action.type}`));
    expect(latencies.length).toBeGreaterThanOrEqual(moves.length);
    expect(tally).toMatchObject({ errors: 0, cutOff: 0, drops: 0 });
  });

  it('thinks before each of its moves when told to: a wait of thinkMs on average, from the view to the intent', async () => {
    const t = table();
    const tally = newTally();
    const waits: number[] = [];
    const seats = sc.parties.map((p) => {
      const seat = t.seat(p.id);
      const act = seat.act;
      let since = performance.now();
      // The time from the bot's turn coming (the last move acknowledged, the view goes out at once) to its intent.
      seat.subscribe(() => {
        since = performance.now();
      });
      seat.act = (a) => {
        waits.push(performance.now() - since);
        return act(a);
      };
      return seat;
    });
    const rnds = seats.map((_, i) => seeded(i + 7));
    await Promise.all(seats.map((s, i) => playRandomBot(s, tally, { thinkMs: 20, rnd: rnds[i] })));
    expect(t.match.state().outcome).not.toBeNull();
    expect(tally.acked).toBe(t.match.replay().actions.length);
    const mean = waits.reduce((a, b) => a + b, 0) / waits.length;
    expect(mean).toBeGreaterThan(10); // uniform 0..40 ms: 20 on average (timers are never early)
    expect(Math.max(...waits)).toBeLessThan(400);
  });

  it('finds its turn without a view, by the nudge, when the views are lost', async () => {
    const t = table();
    t.loseViews = true;
    const tally = newTally();
    const t0 = Date.now();
    await Promise.all(sc.parties.map((p) => playRandomBot(t.seat(p.id), tally, { nudgeMs: 5 })));
    expect(t.match.state().outcome).not.toBeNull();
    expect(tally.acked).toBe(t.match.replay().actions.length);
    expect(Date.now() - t0).toBeLessThan(30_000);
  });

  it('counts an intent cut off by a drop, drops once when told to, and stops when the run is called off', async () => {
    const t = table();
    t.cutNext = true;
    const tally = newTally();
    const seats = sc.parties.map((p) => t.seat(p.id));
    // Seeded, so every run plays the same game and the dropping bot drops after its fourth move, which the game
    // gives it: with Math.random it could draw a sixth move the short game never reaches (a flaky failure).
    const rnds = seats.map((_, i) => seeded(i + 1));
    await Promise.all(seats.map((s, i) => playRandomBot(s, tally, { drops: i === 0, nudgeMs: 5, rnd: rnds[i] })));
    expect(tally.cutOff).toBe(1);
    expect(tally.drops).toBe(1);
    expect(seats[0]!.drops).toBe(1);
    expect(tally.acked).toBe(t.match.replay().actions.length);

    const idle = table();
    idle.loseViews = true;
    let stopped = false;
    const playing = playRandomBot(idle.seat(sc.parties[0]!.id), newTally(), { stopped: () => stopped, nudgeMs: 5 });
    stopped = true;
    await playing; // settles: a stopped bot does not wait for a game that will not end
  });
});
