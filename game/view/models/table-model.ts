// The summit table as plain data: who sits where, in which colours and mood, who speaks and what, the header and
// the world ticker. A pure function of (scenario, state, viewer, region size), so the scene only draws and the
// seating rules are unit-tested without a canvas or Phaser.

import type {
  ActionEntry,
  CompiledScenario,
  GameState,
  LogEntry,
  Mood,
  Package,
  Party,
  PartyId,
} from '../../engine/index';
import { logSentence, speaker, spokenLine } from '../../session/live';
import { NON_VOTING_MARK, nonVoting } from './party-role';
import { formatDate } from './scenario-card';
import { layoutTable, type Rect, type SeatLabel, seatAngles } from './table-layout';

export { seatAngles };

export interface CanvasInput {
  scenario: CompiledScenario;
  state: GameState;
  viewer: PartyId | null;
  preview: Package | null;
}

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface SeatModel {
  party: PartyId;
  short: string;
  name: string;
  leader: string;
  /** Up to two aides drawn behind the principal (more would crowd the table). */
  members: string[];
  colour: number;
  flag: string | null;
  /** Head position of the principal; members sit behind along `outward`. */
  x: number;
  y: number;
  /** Unit vector from the table's centre towards the seat: aides and the chair go that way. */
  outward: Point;
  /** 0.8–1.1: far seats are smaller, so the table reads as seen from above at an angle. */
  scale: number;
  /** The centre of the name plate. */
  plate: Point;
  /** The plate, desk flag, mood chip and "you" tag, placed so no two seats' labels overlap (table-layout.ts). */
  label: SeatLabel;
  /** null for human seats: a player's stance is their own business. */
  mood: Mood | null;
  moodLabel: string | null;
  isViewer: boolean;
  isHuman: boolean;
  /** The party whose action is the latest one in the log. */
  isSpeaker: boolean;
  /** The party the rules wait for now. */
  isNext: boolean;
  walkedOut: boolean;
  inRoom: boolean;
}

export interface RemoteModel {
  party: PartyId;
  short: string;
  leader: string;
  colour: number;
  flag: string | null;
  mood: Mood | null;
  moodLabel: string | null;
  isSpeaker: boolean;
  isNext: boolean;
  isViewer: boolean;
  walkedOut: boolean;
  /** In no issue's consent (a coordinator): its screen says "no vote", as a seat's plate does. */
  noVote: boolean;
  /** The "by call" screen's frame in region coordinates. */
  box: Rect;
}

export interface BubbleModel {
  party: PartyId;
  text: string;
  /** What the bubble points at: a seat's head or a remote screen. */
  anchor: Point;
  /** Key of the log entry, so the scene animates a bubble only when it is new. */
  key: number;
  quote: boolean;
  /** The widest the bubble may be (the text wraps inside, less its padding). */
  width: number;
}

export interface HeaderModel {
  phase: string;
  dateLine: string;
  round: string;
  status: string | null; // the outcome once the game is over
}

export interface TickerItem {
  key: number;
  text: string;
}

export interface TableModel {
  size: Size;
  table: { cx: number; cy: number; rx: number; ry: number };
  seats: SeatModel[]; // draw order: far to near
  remote: RemoteModel[];
  bubble: BubbleModel | null;
  header: HeaderModel;
  ticker: TickerItem[]; // newest first
  /** Bands the scene keeps free: the header on top, the ticker at the bottom. */
  headerHeight: number;
  tickerHeight: number;
  /** A short region (a phone): the header draws its title smaller. */
  compact: boolean;
}

export const DEFAULT_SIZE: Size = { width: 768, height: 720 };

// The line under a seat's name: its leader, and for a non-voting party (a coordinator) that it has no vote.
const leaderLine = (sc: CompiledScenario, p: Party): string =>
  nonVoting(sc, p.id) ? `${p.leader} · ${NON_VOTING_MARK}` : p.leader;

// Short, plain words for the chip under a seat (the transcript and "why?" use the longer MOOD_WORDS).
const MOOD_LABELS: Record<Mood, string> = {
  maximalist: 'Hard line',
  probing: 'Sounding out',
  bargaining: 'Bargaining',
  closing: 'Ready to close',
  walkout: 'Walking out',
};

export function moodLabel(mood: Mood): string {
  return MOOD_LABELS[mood];
}

/** "#2f5da8" → 0x2f5da8; anything malformed → a neutral slate, never a throw (scenarios come from users). */
export function colourNumber(hex: string): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  return m ? Number.parseInt(m[1], 16) : 0x5c6f8a;
}

// Dates read the same on the table as on the cards and the deal sheet.
export { formatDate };

export function moodOf(sc: CompiledScenario, state: GameState, party: PartyId): Mood | null {
  const spec = sc.parties.find((p) => p.id === party)?.ai;
  const stance = state.ai[party]?.value;
  if (!spec || stance === undefined) return null;
  return spec.states[stance]?.mood ?? null;
}

function latestAction(log: readonly LogEntry[]): { entry: ActionEntry; index: number } | null {
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log[i];
    if (entry.kind === 'action') return { entry, index: i };
    // A new phase clears the room: the previous speaker's words do not carry into it.
    if (entry.kind === 'phase') return null;
  }
  return null;
}

/** What the bubble says, cut at `max` characters (the latest line under the table and the transcript say it all). */
function bubbleText(sc: CompiledScenario, entry: ActionEntry, max: number): { text: string; quote: boolean } {
  const line = spokenLine(sc, entry)?.text?.trim();
  const cut = (t: string) => (t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t);
  if (line) return { text: cut(line), quote: true };
  return { text: cut(logSentence(sc, entry, { answer: false })), quote: false };
}

function outcomeStatus(sc: CompiledScenario, state: GameState): string | null {
  const o = state.outcome;
  if (!o) return null;
  if (o.kind === 'agreement') return 'Agreement reached';
  if (o.kind === 'walkout') {
    const who = sc.parties.find((p) => p.id === o.by)?.short;
    return who ? `${who} walked out` : 'Walk-out';
  }
  return 'No deal';
}

export function tickerItems(sc: CompiledScenario, log: readonly LogEntry[], max = 4): TickerItem[] {
  const items: TickerItem[] = [];
  for (let i = log.length - 1; i >= 0 && items.length < max; i--) {
    const entry = log[i];
    if (entry.kind !== 'world') continue;
    // The headline alone reads as a ticker; the body belongs in the transcript.
    const headline = sc.events.find((e) => e.id === entry.event)?.headline;
    items.push({ key: i, text: headline ?? logSentence(sc, entry) });
  }
  return items;
}

export function tableModel(input: CanvasInput, size: Size = DEFAULT_SIZE): TableModel {
  const { scenario: sc, state, viewer } = input;
  const phaseIndex = Math.min(state.phase, sc.phases.length - 1);
  const phase = sc.phases[phaseIndex];
  const inRoom = new Set(phase.inRoom);
  const present = sc.parties.filter((p) => inRoom.has(p.id));
  const absent = sc.parties.filter((p) => !inRoom.has(p.id));
  const last = latestAction(state.log);
  const speakerId = last?.entry.party ?? null;
  const nextId = speaker(sc, state);

  const mood = (p: Party) => (state.seats[p.id] === 'human' ? null : moodOf(sc, state, p.id));

  const seatFacts = present.map((p) => {
    const m = mood(p);
    const out = state.walkedOut.includes(p.id);
    return {
      short: p.short,
      leader: leaderLine(sc, p),
      chip: out ? 'Walked out' : m ? moodLabel(m) : null,
      face: !out && m !== null,
      isViewer: p.id === viewer,
    };
  });
  const g = layoutTable({
    size,
    seats: seatFacts,
    remote: absent.map((p) => ({ short: p.short, isViewer: p.id === viewer })),
  });
  const seats: SeatModel[] = present.map((p, i) => {
    const place = g.seats[i]!;
    const m = mood(p);
    const plate = place.label.plate;
    return {
      party: p.id,
      short: p.short,
      name: p.name,
      leader: leaderLine(sc, p),
      members: p.delegation.slice(0, 2),
      colour: colourNumber(p.colour),
      flag: p.flag ?? null,
      x: place.x,
      y: place.y,
      outward: place.outward,
      scale: place.scale,
      plate: { x: plate.x + plate.w / 2, y: plate.y + plate.h / 2 },
      label: place.label,
      mood: m,
      moodLabel: m ? moodLabel(m) : null,
      isViewer: p.id === viewer,
      isHuman: state.seats[p.id] === 'human',
      isSpeaker: p.id === speakerId,
      isNext: p.id === nextId,
      walkedOut: state.walkedOut.includes(p.id),
      inRoom: true,
    };
  });
  seats.sort((a, b) => a.y - b.y);

  const remote: RemoteModel[] = absent.map((p, i) => {
    return {
      party: p.id,
      short: p.short,
      leader: p.leader,
      colour: colourNumber(p.colour),
      flag: p.flag ?? null,
      // A party out of the room shows no mood: it is not at this table.
      mood: null,
      moodLabel: null,
      isSpeaker: p.id === speakerId,
      isNext: p.id === nextId,
      isViewer: p.id === viewer,
      walkedOut: state.walkedOut.includes(p.id),
      noVote: nonVoting(sc, p.id),
      box: g.remote[i]!,
    };
  });

  let bubble: BubbleModel | null = null;
  if (last && speakerId !== null) {
    const seat = seats.find((s) => s.party === speakerId);
    const screen = remote.find((r) => r.party === speakerId);
    const anchor = seat
      ? { x: seat.x, y: seat.y - 30 * seat.scale }
      : screen
        ? { x: screen.box.x, y: screen.box.y + screen.box.h * 0.4 }
        : null;
    if (anchor)
      bubble = {
        party: speakerId,
        ...bubbleText(sc, last.entry, g.bubbleChars),
        anchor,
        key: last.index,
        width: g.bubbleWidth,
      };
  }

  const totalRounds = phase.rounds;
  const header: HeaderModel = {
    phase: phase.name,
    dateLine: `${formatDate(phase.date)} · ${phase.place}`,
    round: `Round ${Math.min(state.round, totalRounds)} of ${totalRounds}`,
    status: outcomeStatus(sc, state),
  };

  return {
    size,
    table: g.table,
    seats,
    remote,
    bubble,
    header,
    ticker: tickerItems(sc, state.log),
    headerHeight: g.headerHeight,
    tickerHeight: g.tickerHeight,
    compact: g.compact,
  };
}

/** Log entries added since the previous update (for animation); a shorter or replaced log restarts. */
export function newEntries(prev: GameState | null, next: GameState): LogEntry[] {
  if (!prev || prev.log.length > next.log.length || prev.log[prev.log.length - 1] !== next.log[prev.log.length - 1]) {
    return [];
  }
  return next.log.slice(prev.log.length);
}
