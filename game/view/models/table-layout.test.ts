// Tables of 2 to 8 delegations at the three screen sizes the game is checked at (issue 15 §5, 16 §7): the name
// plates, desk flags, mood chips, "you" tags, "by call" screens and the speech bubble of every speaker in turn lay
// out without any two boxes intersecting, inside the canvas region, and names are never cut.
import { describe, expect, it } from 'vitest';
import { hardObstacles, placeBubble } from './bubble-place';
import { intersects, labelBoxes, layoutTable, NAME_PX, type Rect, type SeatFacts } from './table-layout';
import { textWidth, wrappedLines } from './text-width';

// The canvas region beside (or, on a phone, above) the panel: styles.css's --side at each viewport.
const REGIONS = [
  { name: '1366×768', width: 792, height: 768 },
  { name: '1024×768', width: 594, height: 768 },
  { name: 'phone 390×844', width: 390, height: 371 },
  // Large text: the canvas lays out in a region 16/19 the size and draws it scaled up (summit-canvas.ts).
  { name: '1366×768, large text', width: 667, height: 647 },
  { name: '1024×768, large text', width: 500, height: 647 },
  { name: 'phone 390×844, large text', width: 328, height: 312 },
];

// Long real names and the longest mood label: the worst case for the plates.
const PARTIES: SeatFacts[] = [
  ['Ukraine', 'Volodymyr Zelenskiy'],
  ['Germany', 'Friedrich Merz'],
  ['Britain', 'Keir Starmer'],
  ['Türkiye', 'Recep Tayyip Erdoğan'],
  ['Poland', 'Donald Tusk'],
  ['France', 'Emmanuel Macron'],
  ['Russia', 'Vladimir Putin'],
  ['Europe', 'Ursula von der Leyen'],
].map(([short, leader], i) => ({
  short: short!,
  leader: leader!,
  chip: i === 0 ? null : i === 3 ? 'Walked out' : 'Ready to close',
  face: i !== 3,
  isViewer: i === 0,
}));

const BUBBLE_TEXT =
  'We came here in good faith, and we will leave in good faith, but not with a piece of paper that freezes the war where it stands and calls it peace; the guarantees come first, the lines after, and nobody at this table should expect otherwise.';

const inside = (r: Rect, w: number, top: number, bottom: number) =>
  r.x >= 0 && r.x + r.w <= w && r.y >= top && r.y + r.h <= bottom;

describe('layoutTable', () => {
  for (const region of REGIONS) {
    for (let n = 2; n <= 8; n++) {
      // Two on screens besides n at the table, up to eight parties in all.
      for (const byCall of n <= 6 ? [0, 2] : [0]) {
        it(`${n} parties at the table${byCall ? `, ${byCall} by call` : ''} at ${region.name}: nothing overlaps`, () => {
          const seats = PARTIES.slice(0, n);
          const remote = byCall
            ? [
                { short: 'Russia', isViewer: false },
                { short: 'Ukraine', isViewer: true },
              ]
            : [];
          const size = { width: region.width, height: region.height };
          const g = layoutTable({ size, seats, remote });
          const bottom = size.height - g.tickerHeight;
          const boxes = g.seats.map((s) => labelBoxes(s.label));
          for (const [i, own] of boxes.entries()) {
            // The plate holds the whole short name (never "Rus…").
            expect(g.seats[i]!.label.plate.w).toBeGreaterThanOrEqual(textWidth(seats[i]!.short, NAME_PX, true) + 12);
            for (const b of own) expect(inside(b, size.width, g.headerHeight, bottom), JSON.stringify(b)).toBe(true);
            for (const r of g.remote) for (const b of own) expect(intersects(b, r)).toBe(false);
            for (let j = i + 1; j < boxes.length; j++)
              for (const a of own)
                for (const b of boxes[j]!) expect(intersects(a, b), `seat ${i} and ${j}`).toBe(false);
          }
          // The end chairs stay clear of the screens.
          for (const s of g.seats) for (const r of g.remote) expect(s.x + 45 * s.scale).toBeLessThan(r.x);
          // Every speaker's bubble, at its longest, covers no label and no screen.
          const scene = {
            size,
            headerHeight: g.headerHeight,
            tickerHeight: g.tickerHeight,
            seats: g.seats.map((s, i) => ({ ...s, party: `p${i}` })),
            remote: g.remote.map((box, i) => ({ party: `r${i}`, box })),
          };
          const text = BUBBLE_TEXT.slice(0, g.bubbleChars);
          const w = g.bubbleWidth;
          const h = wrappedLines(`“${text}”`, 15, w - 28) * 20 + 20;
          const obstacles = hardObstacles(scene);
          const speakers = [
            ...scene.seats.map((s) => ({ party: s.party, anchor: { x: s.x, y: s.y - 30 * s.scale } })),
            ...scene.remote.map((r) => ({ party: r.party, anchor: { x: r.box.x, y: r.box.y + r.box.h * 0.4 } })),
          ];
          for (const sp of speakers) {
            const p = placeBubble(scene, sp.party, sp.anchor, w, h);
            const box = { x: p.x, y: p.y, w, h };
            expect(inside(box, size.width, g.headerHeight, bottom), `${sp.party}'s bubble on the canvas`).toBe(true);
            // A bubble with no free place says so (and is not drawn); that happens only on the most crowded
            // table, a phone with large text and seven or eight delegations, where the latest line carries it.
            expect(p.covers).toBe(obstacles.some((o) => intersects(box, o)));
            if (p.covers) {
              expect(
                region.name === 'phone 390×844, large text' && n + byCall >= 7,
                `${sp.party} at ${n}+${byCall}`,
              ).toBe(true);
              continue;
            }
            for (const o of obstacles)
              expect(intersects(box, o), `${sp.party}'s bubble covers ${JSON.stringify(o)}`).toBe(false);
          }
        });
      }
    }
  }
});
