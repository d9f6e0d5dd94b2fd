// What an online room sends its clients (game/server is the sender, remote-match.ts the receiver). Plain JSON.
// Message types: 'welcome' (WelcomeMessage, to one client), 'lobby' (LobbyView, to all), 'scenario' ({ file,
// scenario } redacted for the seat), 'view' (TableView), 'result' (ActResult), 'end' ({ replay }: the replay file's
// text), 'error' ({ message }).

export const ROOM_NAME = 'summit';

/** Room → client: the lobby as everybody sees it. */
export interface LobbyView {
  code: string;
  file: string;
  title: string;
  parties: { id: string; name: string }[];
  players: { id: string; name: string; party: string | null; here: boolean; host: boolean }[];
  started: boolean;
}

/** Room → one client: who they are. Tokens only ever go to their owner. */
export interface WelcomeMessage {
  code: string;
  playerId: string;
  seatToken: string;
  hostToken: string | null;
}

/** Room → one client: the game as their seat sees it. */
export interface TableView {
  party: string | null;
  state: unknown; // GameState, redacted for this seat (player-view.ts); its log holds the entries from `logFrom` on
  logFrom: number; // 0: the whole log; n: the entries before n are those the client already has
  /** true: `state` holds only the members that changed since this connection's last view (the others stand). */
  patch?: boolean;
  /**
   * The game's hash (game/server/table-hash.ts: the play hash chained with every transcript entry): the same game,
   * the same hash. The client cannot compute it from a redacted state; it compares it only with itself.
   */
  hash: string;
  toMove: string | null;
  legal: string[];
  seats: Record<string, 'human' | 'ai'>;
}

/** Room → one client: the answer to an `act`. */
export interface ActResult {
  n: number;
  ok: boolean;
  error?: { code: string; message: string };
  /** The turn the action was recorded at (a bot checks the final replay holds it there: "nothing lost"). */
  turn?: number;
}

/** Where a host sends a scenario file of their own (POST, the YAML text as the body, `?name=` its file name). */
export const SCENARIO_UPLOAD_PATH = '/scenarios';

/**
 * The server's answer to an upload: the id to create a room with (`upload:` and the file's content hash), or the
 * file's problems as "file:line:col: message" lines, exactly as `summit validate` prints them.
 */
export type UploadAnswer = { ok: true; id: string; title: string } | { ok: false; errors: string[] };
