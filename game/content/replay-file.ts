// parseReplay: the text of a `*.summit.json` file → a Replay whose shape is checked, or errors with
// file:line:column. Which scenario it needs and whether its turns still match are the engine's playback's job
// (verifyReplay); this module only makes sure the data is a well-formed replay of a version this build reads.
// JSON is read with JSON.parse (fast); positions for errors come from the yaml parser, which reads JSON too.
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { err, fnv1a64, ok, REPLAY_FORMAT, REPLAY_VERSION, type Replay, type Result } from '../engine/index';
import { actionSchema } from './action-schema';
import type { ScenarioError } from './errors';
import { MAX_SEED, MIN_SEED } from './limits';
import { MAX_SCENARIO_BYTES } from './safety';
import { RESERVED_KEYS } from './schema';
import { invalidUtf8, jsonTooDeep, positionAt, withoutBom } from './text-checks';
import { PositionIndex } from './yaml-positions';

/** A full game's replay is a few kilobytes; anything over this is refused before parsing. */
export const MAX_REPLAY_BYTES = 2 * 1024 * 1024;

const id = z.string().min(1).max(64);
/**
 * The scenario a replay names: a slug, by the same rule as a scenario file's `id`. The command line looks it up
 * among the bundled scenarios, so it must name one and can never be a path ("package.json", "/etc/hostname").
 */
const scenarioId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/, 'a scenario id uses a-z, 0-9 and "-" only: it names a scenario, never a file');
const action = actionSchema();
const hex = (n: number) => z.string().regex(new RegExp(`^[0-9a-f]{${n}}$`), `must be ${n} hexadecimal characters`);

export const ReplaySchema = z.strictObject({
  format: z.literal(REPLAY_FORMAT),
  version: z.literal(REPLAY_VERSION),
  game: z.string().max(64),
  scenario: z.strictObject({
    id: scenarioId,
    version: z.string().min(1).max(32),
    contentHash: z.string().min(1).max(64),
  }),
  seed: z.number().int().min(MIN_SEED).max(MAX_SEED),
  seats: z.record(id, z.enum(['human', 'ai'])),
  actions: z.array(z.strictObject({ turn: z.number().int().min(0), action })).max(10000),
  hashes: z.array(hex(8)).max(10000),
  finalHash: hex(16),
  outcome: z
    .strictObject({ kind: z.enum(['agreement', 'no-deal', 'walkout']), values: z.record(id, z.number().int()) })
    .nullable(),
  rules: z.number().int().min(1).max(1000).optional(),
  parent: z.strictObject({ finalHash: hex(16), turn: z.number().int().min(0) }).nullable(),
  reseat: z
    .strictObject({ turn: z.number().int().min(0), seats: z.record(id, z.enum(['human', 'ai'])) })
    .nullable()
    .optional(),
  reseats: z
    .array(z.strictObject({ turn: z.number().int().min(0), seats: z.record(id, z.enum(['human', 'ai'])) }))
    .max(10000)
    .optional(),
  chair: z
    .array(
      z.strictObject({
        turn: z.number().int().min(0),
        chair: z.union([
          z.strictObject({ type: z.literal('world.event'), event: id }),
          z.strictObject({ type: z.literal('phase.end') }),
        ]),
      }),
    )
    .max(10000)
    .optional(),
  /** The scenario's YAML, carried for a scenario the game does not bundle (see Replay.scenarioText). */
  scenarioText: z.string().min(1).max(MAX_SCENARIO_BYTES).optional(),
});

function error(file: string, line: number, column: number, message: string, path = ''): ScenarioError {
  return { file, line, column, path, message };
}

function positionsOf(text: string): PositionIndex {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  return new PositionIndex(doc.contents, lines, text);
}

/** Where JSON.parse stopped: V8 names a position in most messages; a truncated file ends at its last character. */
function syntaxPosition(text: string, message: string): { line: number; column: number } {
  const m = /position (\d+)/.exec(message);
  const offset = m ? Number(m[1]) : /end of JSON/i.test(message) ? text.length : 0;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function parseReplay(fileText: string, file: string): Result<Replay, ScenarioError[]> {
  try {
    const text = withoutBom(fileText); // a byte-order mark is no part of the JSON
    if (text.length > MAX_REPLAY_BYTES) {
      return err([error(file, 1, 1, `the file is too big for a replay (over ${MAX_REPLAY_BYTES / 1024 / 1024} MB)`)]);
    }
    if (text.trim() === '') return err([error(file, 1, 1, 'the file is empty: it is not a Summit replay')]);
    // JSON allows any line ends, so only the encoding and the depth are checked before parsing.
    const unreadable = invalidUtf8(text) ?? jsonTooDeep(text);
    if (unreadable) {
      const p = positionAt(text, unreadable.offset);
      return err([error(file, p.line, p.column, unreadable.message)]);
    }
    let data: unknown;
    let reserved: string | null = null;
    try {
      data = JSON.parse(text, (key, value) => {
        if (RESERVED_KEYS.has(key)) reserved = key;
        return value;
      });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const p = syntaxPosition(text, message);
      const truncated = /end of JSON/i.test(message) || /position (\d+)/.exec(message)?.[1] === String(text.length);
      return err([
        error(
          file,
          p.line,
          p.column,
          truncated ? 'the file ends too early: it looks truncated' : 'this is not valid JSON',
        ),
      ]);
    }
    if (reserved !== null) return err([error(file, 1, 1, `the key "${reserved}" is not allowed in a replay`)]);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return err([
        error(file, 1, 1, 'this JSON is not a Summit replay (expected an object with "format": "summit-replay")'),
      ]);
    }
    const obj = data as Record<string, unknown>;
    const at = (path: (string | number)[]) => positionsOf(text).find(path);
    if (obj.format !== REPLAY_FORMAT) {
      const p = at(['format']);
      return err([
        error(file, p.line, p.column, 'this JSON is not a Summit replay (no "format": "summit-replay")', 'format'),
      ]);
    }
    if (obj.version !== REPLAY_VERSION) {
      const p = at(['version']);
      return err([
        error(
          file,
          p.line,
          p.column,
          `replay version ${JSON.stringify(obj.version)} is not supported; this build reads version ${REPLAY_VERSION}`,
          'version',
        ),
      ]);
    }
    const shape = ReplaySchema.safeParse(data);
    if (!shape.success) {
      const positions = positionsOf(text);
      return err(
        shape.error.issues.slice(0, 10).map((i) => {
          const path = i.path.filter((s): s is string | number => typeof s !== 'symbol');
          const p = positions.find(path);
          return error(file, p.line, p.column, `${path.join('.') || 'replay'}: ${i.message}`, path.join('.'));
        }),
      );
    }
    const replay = shape.data as Replay;
    // A carried scenario must be the very text the game was played on: its hash is the replay's content hash.
    if (replay.scenarioText !== undefined && fnv1a64(replay.scenarioText) !== replay.scenario.contentHash) {
      const p = at(['scenarioText']);
      return err([
        error(
          file,
          p.line,
          p.column,
          'the scenario this replay carries has been changed since the game was recorded: its content hash does not match',
          'scenarioText',
        ),
      ]);
    }
    return ok(replay);
  } catch (e) {
    return err([
      error(file, 1, 1, `internal error while reading the replay: ${e instanceof Error ? e.message : String(e)}`),
    ]);
  }
}

/** The replay as the file Summit writes: pretty JSON, so a teacher can read it. */
export function makeReplayFile(r: Replay): string {
  return `${JSON.stringify(r, null, 1)}\n`;
}
