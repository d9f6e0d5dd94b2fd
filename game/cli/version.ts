// The version of Summit, from package.json (one module for the whole game: game/session/version.ts).
export { GAME_VERSION, VERSION } from '../session/match/index';
