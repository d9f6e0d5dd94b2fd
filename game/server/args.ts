// The server's command line options, checked: a bad option is one sentence and the usage, never a stack.

import type { Result } from '../engine/index';

export const SERVER_USAGE = `Usage: npm run server -- [--port P] [--host H] [--data DIR] [--ai-delay MS] [--grace S]
  --port P       port for the game and the rooms (default 4180; 0: any free port)
  --host H       address to listen on (default 127.0.0.1; 0.0.0.0: the whole local network)
  --data DIR     folder of the embedded database (default ./.summit-data); DATABASE_URL uses PostgreSQL instead
  --ai-delay MS  pause before each AI turn, so players can follow (default 700)
  --grace S      seconds an empty seat waits for its player before the AI takes it (default 30)
Environment: DATABASE_URL (one PostgreSQL for the room log), REDIS_URL (several processes share matchmaking and
presence; give each a fixed --port), PUBLIC_ADDRESS (host:port clients reach this process at, behind a proxy)
`;

export interface ServerArgs {
  port: number;
  host: string;
  dataDir: string;
  distDir: string;
  scenariosDir: string;
  aiDelayMs: number;
  graceMs: number;
}

export function parseServerArgs(argv: readonly string[]): Result<ServerArgs | 'help', string> {
  const args: ServerArgs = {
    port: 4180,
    host: '127.0.0.1',
    dataDir: './.summit-data',
    distDir: 'dist',
    scenariosDir: 'scenarios',
    aiDelayMs: 700,
    graceMs: 30_000,
  };
  const int = (flag: string, v: string | undefined, max: number): Result<number, string> => {
    const n = Number(v);
    return v !== undefined && /^\d+$/.test(v) && n <= max
      ? { ok: true, value: n }
      : { ok: false, error: `${flag} needs a whole number up to ${max}.` };
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') return { ok: true, value: 'help' };
    if (value === undefined) return { ok: false, error: `${flag} needs a value.` };
    i++;
    if (flag === '--port') {
      const n = int(flag, value, 65535);
      if (!n.ok) return n;
      args.port = n.value;
    } else if (flag === '--host') args.host = value;
    else if (flag === '--data') args.dataDir = value;
    else if (flag === '--dist') args.distDir = value;
    else if (flag === '--ai-delay') {
      const n = int(flag, value, 60_000);
      if (!n.ok) return n;
      args.aiDelayMs = n.value;
    } else if (flag === '--grace') {
      const n = int(flag, value, 86_400);
      if (!n.ok) return n;
      args.graceMs = n.value * 1000;
    } else return { ok: false, error: `unknown option ${flag}.` };
  }
  return { ok: true, value: args };
}
