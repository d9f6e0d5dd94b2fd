// `npm run server -- [--port P] [--host H] [--data DIR] [--ai-delay MS] [--grace S]`: starts the Summit server
// (the built game and the online rooms on one port) and prints the address to open, with a QR code in the
// terminal. DATABASE_URL set: the room log goes to that PostgreSQL database instead of the embedded one. REDIS_URL
// set: this process shares matchmaking and presence with the others on that Redis (PUBLIC_ADDRESS: the `host:port`
// clients reach this process at, when not the listening one).

import { parseServerArgs, SERVER_USAGE } from './args';
import { publicAddress, startServer } from './server';

async function main(): Promise<number> {
  const parsed = parseServerArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`summit server: ${parsed.error}\n\n${SERVER_USAGE}`);
    return 2;
  }
  if (parsed.value === 'help') {
    process.stdout.write(SERVER_USAGE);
    return 0;
  }
  const args = parsed.value;
  const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    const redisUrl = process.env.REDIS_URL || null;
    const cluster = redisUrl ? { redisUrl, publicAddress: process.env.PUBLIC_ADDRESS || null } : null;
    running = await startServer({ ...args, databaseUrl: process.env.DATABASE_URL || null, cluster, log });
  } catch (e) {
    process.stderr.write(`summit server: could not start: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  const url = publicAddress(args.host, running.port);
  process.stdout.write(`Summit is running. Open ${url}\n`);
  if (args.host === '0.0.0.0' || args.host === '::') {
    process.stdout.write('Students on the same network can scan this:\n');
    const qr = (await import('qrcode-terminal')).default;
    qr.generate(url, { small: true }, (text: string) => process.stdout.write(`${text}\n`));
  }
  const stop = () => {
    running.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (e) => {
    process.stderr.write(`summit server: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  },
);
