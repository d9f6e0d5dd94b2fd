// The classroom's wire protocol: a class is one Colyseus room (the instructor's dashboard talks to it, with the
// instructor's key) and a table room per group of students (a summit room with a class's clock, pause and
// notices). The tables tell the class how they stand over the presence channel; the class room relays that to the
// dashboard. Shared by the server (game/server/class-*.ts) and the dashboard and players' browsers. Plain JSON.

/** The Colyseus room types: the class (the dashboard's room) and its tables. */
export const CLASS_ROOM_NAME = 'summit-class';
export const CLASS_TABLE_NAME = 'summit-table';

/** HTTP: the dashboard page, the new-class form's POST, past classes, a student's seat, the zip of replays. */
export const TEACH_PATH = '/teach';
export const CLASSES_PATH = '/classes';

export const MAX_TABLES = 30;
export const MAX_NOTICE_CHARS = 200;
export const MAX_MINUTES = 120;

/** Presence channels: commands from a class to its tables, summaries from the tables to the class. */
export const commandChannel = (code: string) => `summit:class:${code}:commands`;
export const tableChannel = (code: string) => `summit:class:${code}:tables`;

/** POST /classes: a new class. `scenario` is a bundled file's name or an uploaded scenario's `upload:` id. */
export interface NewClassRequest {
  scenario: string;
  tables: number;
  /** The parties students play; the AI plays the others, and any left empty. */
  humans: string[];
  /** The clock of each phase, in minutes (0: no clock). */
  minutes: number;
}

export type NewClassAnswer = { ok: true; code: string; key: string } | { ok: false; error: string };

/** A past or running class, as the dashboard lists it. */
export interface ClassListing {
  code: string;
  title: string;
  tables: number;
  createdAt: string;
  ended: boolean;
  finishedTables: number;
}

/** The clock and pause of a table, as its players and the dashboard see them. */
export interface ClockView {
  /** Server time (ms since the epoch) the phase ends at while the clock runs; null when paused or without one. */
  endsAt: number | null;
  /** What is left of the phase when paused (ms); null without a clock. */
  remainingMs: number | null;
  paused: boolean;
}

/** Table → its players: the class's clock, pause and the instructor's latest notice (plain text). */
export interface ClassTableMessage {
  clock: ClockView;
  notice: string | null;
}

/** One party at a table, as the dashboard shows it. */
export interface TablePartyView {
  id: string;
  name: string;
  seat: 'human' | 'ai';
  player: string | null; // the student's name
  stance: string;
  mood: string;
}

/** How a table stands: sent by the table after each change, at most a few times a second. */
export interface TableSummary {
  class: string;
  table: number; // 0-based
  code: string; // the table room's code
  started: boolean;
  finished: boolean;
  paused: boolean;
  clock: ClockView;
  turn: number;
  phase: string; // the phase's name
  round: number;
  speaker: string | null; // a party's name
  onTable: string | null; // the package on the table, in words, and who proposed it
  parties: TablePartyView[];
  deals: string[];
  outcome: string | null; // 'agreement' | 'no-deal' | 'walkout'
  walkout: string | null; // the party that walked out
  /** The dance: each proposal so far valued by the first two parties (0–100). */
  dance: { a: string; b: string; points: [number, number][] };
  fired: string[]; // world events fired so far
  sentAt: number; // server time, for the dashboard's latency figure
}

/** Class room → dashboard: what the class is. */
export interface ClassView {
  code: string;
  title: string;
  file: string;
  tables: number;
  humans: string[];
  minutes: number;
  started: boolean;
  ended: boolean;
  parties: { id: string; name: string }[];
  events: { id: string; headline: string }[];
}

/** Class room → dashboard: the class report so far (the finished tables), as `summit report` makes it. */
export interface ClassReport {
  finished: number;
  table: string;
  csv: string;
  html: string; // the self-contained page `summit report --html` writes
  /** The class scatter of each scenario: a complete SVG document (every scenario or replay string escaped). */
  plots: { title: string; svg: string }[];
}

/** Dashboard → class room messages (every one also carries nothing else: the key was checked at join). */
export type TeachCommand =
  | { type: 'start' }
  | { type: 'pause'; table: number | null }
  | { type: 'resume'; table: number | null }
  | { type: 'inject'; table: number | null; event: string }
  | { type: 'notice'; text: string }
  | { type: 'end' };

/** Class → tables, over the presence channel. */
export type TableCommand =
  | { type: 'start' }
  | { type: 'pause'; table: number | null }
  | { type: 'resume'; table: number | null }
  | { type: 'inject'; table: number | null; event: string }
  | { type: 'notice'; text: string }
  | { type: 'end' }
  | { type: 'hello' }; // every table sends its summary again (a dashboard just connected)

/**
 * GET /classes/<code>/seat: which table a student goes to; `table: null` when the code is no class's (an ordinary
 * room's code: the client joins it directly). Not a 404, which the browser would log as a failed resource.
 */
export type SeatAnswer = { ok: true; table: string | null } | { ok: false; error: string };

/** A notice is text: control characters go, whitespace collapses, at most MAX_NOTICE_CHARS. */
export function cleanNotice(raw: string): string {
  return raw
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NOTICE_CHARS);
}
