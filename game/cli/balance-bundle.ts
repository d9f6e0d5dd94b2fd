// The balance worker as one plain ES module, so a worker thread starts in a fraction of the time it takes through
// tsx (whose loader a worker would have to load, then transpile and resolve every engine module through its hooks
// thread: ~1.3 s of CPU per worker, measured, on a 2-core machine where that CPU is taken from the games).
// The bundle is built by the esbuild that tsx itself runs on (no dependency of our own), and cached under
// node_modules/.cache/summit with a manifest of its inputs and their contents' hashes: a run whose inputs are
// unchanged reuses it, any edit to an input rebuilds it. Anything going wrong returns null and the caller starts the
// worker through tsx as before: the bundle only makes it faster, never decides whether balance works.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Manifest {
  /** sha1 of the build options and the Node major version: a change to either rebuilds. */
  recipe: string;
  /** Absolute path of each input → sha1 of its contents when the bundle was built. */
  inputs: Record<string, string>;
}

interface EsbuildLike {
  buildSync(options: Record<string, unknown>): {
    outputFiles?: { contents: Uint8Array }[];
    metafile?: { inputs: Record<string, unknown> };
  };
}

const sha1 = (data: string | Uint8Array): string => createHash('sha1').update(data).digest('hex');

function upToDate(manifestFile: string, bundle: string, recipe: string): boolean {
  if (!existsSync(manifestFile) || !existsSync(bundle)) return false;
  const m = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  if (m.recipe !== recipe || typeof m.inputs !== 'object' || m.inputs === null) return false;
  const inputs = Object.entries(m.inputs);
  return inputs.length > 0 && inputs.every(([file, hash]) => existsSync(file) && sha1(readFileSync(file)) === hash);
}

/** Writes through a temporary name and a rename, so a concurrent run never reads half a file. */
function writeAtomically(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/**
 * The path of a bundle of the TypeScript module at `entryUrl` (a file: URL), built or reused from the cache (by
 * default node_modules/.cache/summit); the module's own path when it is already JavaScript; null when no bundle can
 * be had.
 */
export function bundledWorker(entryUrl: string, cache?: string): string | null {
  try {
    const entry = fileURLToPath(entryUrl);
    if (/\.m?js$/.test(entry)) return entry;
    const tsxPackage = fileURLToPath(import.meta.resolve('tsx/package.json'));
    const cacheDir = cache ?? join(dirname(dirname(tsxPackage)), '.cache', 'summit');
    // One bundle per entry file, so worktrees and checkouts sharing a cache never use each other's.
    const base = join(cacheDir, `balance-worker-${sha1(entry).slice(0, 12)}`);
    const bundle = `${base}.mjs`;
    const manifestFile = `${base}.json`;
    const workDir = dirname(entry);
    const options = {
      entryPoints: [entry],
      absWorkingDir: workDir,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0]}`,
      outfile: bundle,
      write: false,
      metafile: true,
      logLevel: 'silent',
      // A CommonJS dependency bundled into an ES module calls require(): give it Node's.
      banner: {
        js: "import { createRequire as __summitRequire } from 'node:module';\nconst require = __summitRequire(import.meta.url);",
      },
    };
    const recipe = sha1(JSON.stringify(options));
    if (upToDate(manifestFile, bundle, recipe)) return bundle;
    const esbuild = createRequire(tsxPackage)('esbuild') as EsbuildLike;
    const built = esbuild.buildSync(options);
    const code = built.outputFiles?.[0]?.contents;
    if (!code || !built.metafile) return null;
    const inputs: Record<string, string> = {};
    for (const file of Object.keys(built.metafile.inputs)) {
      const abs = resolve(workDir, file);
      inputs[abs] = sha1(readFileSync(abs));
    }
    mkdirSync(cacheDir, { recursive: true });
    writeAtomically(bundle, code);
    writeAtomically(manifestFile, JSON.stringify({ recipe, inputs } satisfies Manifest));
    return bundle;
  } catch {
    return null;
  }
}
