// Several server processes as one: with a Redis URL, Colyseus keeps its room listings in Redis (RedisDriver) and
// talks between processes through it (RedisPresence), so a join code made on one process resolves on every other,
// and `matchMaker.query` lists the rooms of all of them. A room always lives on the process that was asked to make
// it (its log is written there), and a client that joins through another process is sent on to it at its public
// address (`host:port`, as clients reach it; PUBLIC_ADDRESS overrides it behind a proxy).

import { networkInterfaces } from 'node:os';
import { matchMaker, type ServerOptions } from '@colyseus/core';

export interface ClusterSetup {
  redisUrl: string;
  /** How clients reach this very process (`host:port`); default: the listening host and port. */
  publicAddress?: string | null;
}

/** The first non-internal IPv4 address (what machines on the network reach a 0.0.0.0 listener at). */
function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

/** The Colyseus options of one process of a cluster. The port must be fixed: other processes send clients to it. */
export async function clusterOptions(setup: ClusterSetup, host: string, port: number): Promise<Partial<ServerOptions>> {
  if (port === 0 && !setup.publicAddress) throw new Error('with REDIS_URL, give the server a fixed --port');
  const { RedisPresence } = await import('@colyseus/redis-presence');
  const { RedisDriver } = await import('@colyseus/redis-driver');
  const reachable = host === '0.0.0.0' || host === '::' ? lanAddress() : host.includes(':') ? `[${host}]` : host;
  return {
    presence: new RedisPresence(setup.redisUrl),
    driver: new RedisDriver(setup.redisUrl),
    publicAddress: setup.publicAddress || `${reachable}:${port}`,
    // Rooms are made where they were asked for, never on the least busy process: the room log is written here.
    selectProcessIdToCreateRoom: async () => matchMaker.processId,
  };
}

/** Whether another live process lists a room under this code (its dead processes' listings were swept at start). */
export async function listedElsewhere(code: string): Promise<boolean> {
  const rooms = await matchMaker.query({ roomId: code });
  return rooms.some((r) => r.processId !== matchMaker.processId);
}
