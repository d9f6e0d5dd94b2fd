// The version of Summit recorded in replays, from package.json.
import pkg from '../../package.json' with { type: 'json' };

export const GAME_VERSION: string = pkg.version;
