// The Summit game server: one port serves the built game (dist/) at `/`, the finished games' replays at
// `/replays/<CODE>` (replay-route.ts: from any process of a cluster), and the online rooms (Colyseus over WebSocket). On start it rebuilds every unfinished room
// from the room log, so players reconnect with their seat tokens after a crash. With a Redis URL, several server
// processes share matchmaking and presence (cluster.ts): a join code made on one resolves on every other.

import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { matchMaker, Server } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { CLASS_ROOM_NAME, CLASS_TABLE_NAME } from '../session/online/class-protocol';
import { classRoomType } from './class-room';
import { openClassStore } from './class-store';
import { type ClassContext, classTableRoomType } from './class-table';
import { type ClusterSetup, clusterOptions, listedElsewhere } from './cluster';
import { answerReplayAsks, replayRoute } from './replay-route';
import { scenarioShelf } from './scenarios';
import { staticFiles } from './static-files';
import { openStore, type RoomStore } from './store';
import { summitRoomType } from './summit-room';
import { teachRoutes } from './teach-routes';
import { scenarioLibrary, UPLOAD_MAX_AGE_MS, uploadHandler } from './uploads';

export { ROOM_NAME } from '../session/online/room-protocol';

import { ROOM_NAME } from '../session/online/room-protocol';

export interface ServerConfig {
  port: number; // 0: any free port
  host: string;
  dataDir: string;
  databaseUrl?: string | null;
  distDir: string;
  scenariosDir: string;
  aiDelayMs: number;
  graceMs: number;
  log: (line: string) => void;
  /** Several processes: Redis for matchmaking and presence, and the address clients reach this process at. */
  cluster?: ClusterSetup | null;
}

/**
 * A server on loopback for tests, benchmarks and the load tool's own checks: the built game in dist/, the bundled
 * scenarios, AI turns without pacing, a long grace period and no log lines.
 */
export function loopbackConfig(port: number, dataDir: string): ServerConfig {
  return {
    port,
    host: '127.0.0.1',
    dataDir,
    distDir: 'dist',
    scenariosDir: 'scenarios',
    aiDelayMs: 0,
    graceMs: 60_000,
    log: () => undefined,
  };
}

export interface RunningServer {
  port: number;
  store: RoomStore;
  /** Stops taking connections, closes the rooms and the database. */
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  const scenarios = scenarioLibrary(scenarioShelf(config.scenariosDir), store);
  const classes = await openClassStore(store.sql);
  const ctx: ClassContext = {
    store,
    classes,
    scenarios,
    aiDelayMs: config.aiDelayMs,
    graceMs: config.graceMs,
    log: config.log,
    restoring: new Set(),
  };
  const files = staticFiles(resolve(config.distDir));
  const replays = replayRoute(store, scenarios, !!config.cluster);
  const httpServer = createHttpServer();
  const cluster = config.cluster ? await clusterOptions(config.cluster, config.host, config.port) : {};
  const server = new Server({
    ...cluster,
    transport: new WebSocketTransport({ server: httpServer, maxPayload: 8 * 1024 }),
    greet: false,
    gracefullyShutdown: false,
    express: (app) => {
      // `/` must be a route of its own: Colyseus answers an unclaimed `/` with its banner.
      app.get('/', (req: IncomingMessage, res: ServerResponse, next: () => void) => files(req, res, next));
      app.use(uploadHandler(scenarios, { log: config.log }));
      app.use(teachRoutes({ store, classes, scenarios, distDir: resolve(config.distDir), log: config.log }));
      app.use(replays);
      app.use(files);
    },
  });
  server.define(ROOM_NAME, summitRoomType(ctx));
  server.define(CLASS_TABLE_NAME, classTableRoomType(ctx));
  server.define(CLASS_ROOM_NAME, classRoomType(ctx));
  await server.listen(config.port, config.host);
  // The other processes may ask this one for the replays in its database.
  const stopAnswering = config.cluster ? await answerReplayAsks(store, scenarios) : () => undefined;
  const address = httpServer.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;

  // Rebuild the unfinished rooms from the log, each under its own code.
  for (const record of await store.unfinished()) {
    // One PostgreSQL behind several processes: a room another live process runs is its own.
    if (config.cluster && (await listedElsewhere(record.code))) continue;
    ctx.restoring.add(record.code);
    try {
      const inClass = await classes.tableOfRoom(record.code);
      await matchMaker.createRoom(inClass ? CLASS_TABLE_NAME : ROOM_NAME, { restore: record.code });
    } catch (e) {
      config.log(`room ${record.code} could not be rebuilt: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  // Uploads no room needs any more go after a day: now, then every hour.
  const sweep = () =>
    scenarios.expire(UPLOAD_MAX_AGE_MS).then(
      (gone) => gone.length > 0 && config.log(`${gone.length} uploaded scenario(s) expired`),
      (e: unknown) => config.log(`could not expire uploads: ${String(e)}`),
    );
  void sweep();
  const sweeper = setInterval(sweep, 60 * 60 * 1000);
  sweeper.unref();
  // The classes still running get their class room back (their tables are rebuilt above).
  for (const c of await classes.classes()) {
    if (c.ended) continue;
    ctx.restoring.add(c.code);
    try {
      await matchMaker.createRoom(CLASS_ROOM_NAME, { restore: c.code });
    } catch (e) {
      ctx.restoring.delete(c.code);
      config.log(`class ${c.code} could not be reopened: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return {
    port,
    store,
    async close() {
      clearInterval(sweeper);
      stopAnswering();
      await server.gracefullyShutdown(false);
      await store.close();
    },
  };
}

/** The address students type: the first non-internal IPv4 address when listening on every interface. */
export function publicAddress(host: string, port: number): string {
  if (host === '0.0.0.0' || host === '::') {
    for (const list of Object.values(networkInterfaces())) {
      for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return `http://${a.address}:${port}/`;
    }
    return `http://127.0.0.1:${port}/`;
  }
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}
