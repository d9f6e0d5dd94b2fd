// `summit new <id> [--dir scenarios]`: writes a commented starter scenario to <dir>/<id>.yaml. Never overwrites
// a file (exit 2), so running it twice cannot destroy an afternoon's work. 0 written, 2 usage or IO.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { starterScenario } from '../content/index';
import { checkFlags, type ParsedArgs } from './args';
import { EXIT, type Io } from './io';

const USAGE = 'usage: summit new <id> [--dir scenarios]';
const SCHEMA = fileURLToPath(new URL('../../assets/schema/scenario.schema.json', import.meta.url));

export function newCommand(args: ParsedArgs, io: Io, today = new Date().toISOString().slice(0, 10)): number {
  const checked = checkFlags(args, ['dir']);
  const dir = args.flags.dir ?? 'scenarios';
  if (!checked.ok || args.positionals.length !== 1 || dir === true) {
    io.err(checked.ok ? USAGE : `${checked.error}\n${USAGE}`);
    return EXIT.usage;
  }
  const id = args.positionals[0];
  if (!/^[a-z0-9-]+$/.test(id)) {
    io.err(`'${id}': scenario ids use a-z, 0-9 and "-" only\n${USAGE}`);
    return EXIT.usage;
  }
  const file = join(dir, `${id}.yaml`);
  if (existsSync(file)) {
    io.err(`${file} already exists; not overwriting it (pick another id or --dir)`);
    return EXIT.usage;
  }
  // The schema line is relative to the new file, as yaml-language-server resolves it.
  const schemaPath = relative(resolve(dir), SCHEMA).split('\\').join('/');
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, starterScenario(id, schemaPath, today), { flag: 'wx' });
  } catch (e) {
    io.err(`${file}: cannot write (${e instanceof Error ? e.message : String(e)})`);
    return EXIT.usage;
  }
  io.out(`wrote ${file}`);
  io.out(`next: npm run -s summit -- validate ${file} && npm run -s summit -- lint ${file}`);
  return EXIT.ok;
}
