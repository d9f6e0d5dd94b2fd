// The online client, public entry: a room on the Summit server seen as a Match (RemoteMatch, over @colyseus/sdk),
// the room's message protocol shared with the server, a host's scenario file sent to the server, and the bots of
// `summit loadtest`. The browser loads it lazily (the title carries no SDK); Node (the CLI, the server's tests)
// imports it directly.
export {
  ClassConnection,
  type ClassEvent,
  createClass,
  listClasses,
  replaysZipUrl,
  scenarioParties,
} from './class-client';
export * from './class-protocol';
export { type BotTally, newTally, playRandomBot, type RandomBotOptions } from './random-bot';
export { type BotStyle, botMove } from './remote-bot';
export { type RemoteEvent, RemoteMatch, type RemoteOptions, type TokenStore } from './remote-match';
export {
  type ActResult,
  type LobbyView,
  ROOM_NAME,
  type TableView,
  type UploadAnswer,
  type WelcomeMessage,
} from './room-protocol';
export { uploadScenario } from './upload-scenario';
