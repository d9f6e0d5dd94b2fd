// One seat played by a load bot: random legal moves (botMove 'random') on its own turns until the game ends, over
// a RemoteMatch. `summit loadtest` and the classroom's fault run (game/server/class-load.testkit.ts) both play
// with it. A move the rules refuse is replaced by a pass; an intent cut off by a drop or a restart is counted,
// never an error (it was not acknowledged). A dropping bot drops its connection once, a random few of its own
// moves in, and reconnects by itself. Besides every view it looks once a second (the nudge): a turn whose view
// came while the bot was busy or reconnecting, or was lost with a restarted server, is not left waiting for a
// view that will not come again. With `thinkMs` a bot waits before each of its moves, as a student would: a random
// time, uniform from 0 to twice the mean (the round trip is measured from the intent sent, the wait left out).

import type { Action, CompiledScenario, GameState, PartyId } from '../../engine/index';
import { botMove } from './remote-bot';
import type { RemoteMatch } from './remote-match';

/** What a run of bots counts, summed over its bots. */
export interface BotTally {
  /** Moves the server acknowledged. */
  acked: number;
  /** Intents cut off by a drop or a restart (never acknowledged, so nothing to lose). */
  cutOff: number;
  /** Intents the server answered with an error, and bots that lost their connection for good. */
  errors: number;
  /** Bots that dropped their connection on purpose. */
  drops: number;
}

export const newTally = (): BotTally => ({ acked: 0, cutOff: 0, errors: 0, drops: 0 });

export interface RandomBotOptions {
  /** Drop the connection once, after 1 to 6 of its own moves (the faults). */
  drops?: boolean;
  /** True once the run is called off (a deadline): the bot stops moving and its promise settles. */
  stopped?: () => boolean;
  /** A move acknowledged: the turn it was made at and the action (to be found in the replay later). */
  onAck?: (turn: number, action: Action) => void;
  /** The round trip of an intent that was answered (not of one cut off). */
  onLatency?: (ms: number) => void;
  /** The mean wait before each of the bot's moves (ms; uniform 0..2×, default 0: it answers at once). */
  thinkMs?: number;
  /** How often to look without a view (ms; default 1000). */
  nudgeMs?: number;
  rnd?: () => number;
}

/** What a bot reads and does of its RemoteMatch (a test gives a fake). */
export type BotSeat = Pick<
  RemoteMatch,
  'replayFile' | 'party' | 'toMove' | 'seats' | 'state' | 'scenario' | 'legal' | 'act' | 'dropForTest' | 'subscribe'
>;

/** Plays the bot's seat to the end; settles when the game is over (the replay came), the bot is lost or stopped. */
export function playRandomBot(bot: BotSeat, tally: BotTally, o: RandomBotOptions = {}): Promise<void> {
  const rnd = o.rnd ?? Math.random;
  let dropAfter = o.drops ? 1 + Math.floor(rnd() * 6) : -1;
  let busy = false;
  let thinking: ReturnType<typeof setTimeout> | null = null;
  return new Promise<void>((resolve) => {
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      clearInterval(nudge);
      if (thinking !== null) clearTimeout(thinking);
      off();
      resolve();
    };
    // Called on every view (four a move in a room of four): the cheap checks come first and are synchronous, since
    // most views are another party's move; state() (the merge) is read only on the bot's own turn.
    const move = (): void => {
      if (o.stopped?.()) {
        done();
        return;
      }
      if (busy || settled || bot.replayFile() !== null) return;
      const turn = myTurn();
      if (turn === null) return;
      busy = true;
      const think = o.thinkMs ?? 0;
      if (think <= 0) {
        void play(...turn);
        return;
      }
      thinking = setTimeout(
        () => {
          // After the wait the turn is read again: it may have passed meanwhile (a reseat, a restart).
          thinking = null;
          busy = false;
          if (o.stopped?.()) done();
          else if (!settled && bot.replayFile() === null) {
            const now = myTurn();
            if (now !== null) {
              busy = true;
              void play(...now);
            }
          }
        },
        rnd() * 2 * think,
      );
    };
    /** The bot's party, the state and the scenario when it is the bot's turn to move (null otherwise). */
    const myTurn = (): [PartyId, GameState, CompiledScenario] | null => {
      const party = bot.party();
      if (party === null || bot.toMove() !== party || bot.seats()[party] !== 'human') return null;
      const s = bot.state();
      const sc = bot.scenario();
      return s === null || sc === null || s.outcome ? null : [party, s, sc];
    };
    const play = async (party: PartyId, s: GameState, sc: CompiledScenario) => {
      let action = botMove(sc, s, party, bot.legal(party), 'random', rnd);
      // From the intent sent: choosing the move is the bot's own work, not the server's answer.
      const t0 = performance.now();
      let r = await bot.act(action);
      const cut = !r.ok && (r.error.code === 'timeout' || r.error.code === 'dropped');
      if (!cut && !o.stopped?.()) o.onLatency?.(performance.now() - t0);
      if (!r.ok && !cut && r.error.code !== 'error' && r.error.code !== 'not-your-turn') {
        action = { type: 'turn.pass', party }; // a random move the rules refuse (the referee at work): pass instead
        r = await bot.act(action);
      }
      if (r.ok) {
        if (!o.stopped?.()) {
          tally.acked++;
          o.onAck?.(r.value ?? s.turn, action); // the turn the server recorded it at (the bot's view may lag)
        }
      } else if (cut) tally.cutOff++;
      else if (r.error.code === 'error') tally.errors++;
      busy = false;
      if (dropAfter > 0 && --dropAfter === 0) {
        dropAfter = -1;
        tally.drops++;
        bot.dropForTest();
        return;
      }
      move();
    };
    const nudge = setInterval(move, o.nudgeMs ?? 1000);
    const off = bot.subscribe((e) => {
      if (e.type === 'view') move();
      else if (e.type === 'end') done();
      else if (e.type === 'connection' && e.status === 'lost') {
        tally.errors++;
        done();
      }
    });
    if (bot.replayFile() !== null) done();
    else move();
  });
}
