// Seed by seed, where one party's AI and another policy in its seat (the others AI) end differently:
// `npx tsx scripts/bench/margin-seeds.ts <scenario file> <party> [policy=pushover] [games=100]`. The bench's margin
// (domains.ts: benchMargins) is the mean of these differences over the same seeds; this lists the seeds behind it —
// each seed whose surplus differs, both outcomes' kinds and the party's temperament — and sums the gains and the
// losses by kind (a deal lost to no deal, a worse deal), so a margin short of the bar can be traced to games.
// What it showed for Alaska's Ukraine against pushover (rules revision 5 playing as 4, margin +3.0): the AI wins 4–18
// points in about half the seeds and ties in most of the rest; it loses 22–28 points in each of 4 seeds where it ends
// without a deal, all of them slow temperaments (pace 75–82), in the trilateral's last rounds: its late counter
// crosses a Russian demand Russia never named (ceasefire: immediate) or is worth less to Russia than no deal.
// Rules revision 6 (+4.9): Russia had named that demand in Anchorage, but the models forget red lines at a change of
// stance; the end game now keeps off the ones still named (ai-reading.ts), and one seed is left lost to no deal (24:
// Russia never leaves the stance that refuses the line of contact). The AI ties pushover in about 35 seeds where
// the others' package beats its target early, and 8 seeds end without a deal whoever plays Ukraine.
import { readFileSync } from 'node:fs';
import { type Policy, runGame } from '../../game/engine/index';
import { compileOrDie } from './engine';

export interface SeedDiff {
  seed: number;
  ai: number;
  other: number;
  aiEnd: string;
  otherEnd: string;
  temperament: string;
}

export interface MarginSeeds {
  games: number;
  margin: number;
  diffs: SeedDiff[];
  /** Sums of (ai − other) over the differing seeds, by how they differ. */
  lostToNoDeal: number;
  worseDeal: number;
  better: number;
}

export function marginSeeds(file: string, party: string, policy: Policy = 'pushover', games = 100): MarginSeeds {
  const sc = compileOrDie(file, readFileSync(file, 'utf8'));
  const diffs: SeedDiff[] = [];
  let total = 0;
  let lostToNoDeal = 0;
  let worseDeal = 0;
  let better = 0;
  for (let seed = 1; seed <= games; seed++) {
    const a = runGame(sc, { seed });
    const b = runGame(sc, { seed, policies: { [party]: policy } });
    const surplus = (s: typeof a) => s.outcome!.values[party]! - s.outcome!.reservations[party]!;
    const va = surplus(a);
    const vb = surplus(b);
    total += va - vb;
    if (va === vb) continue;
    const t = a.temperament?.[party];
    diffs.push({
      seed,
      ai: va,
      other: vb,
      aiEnd: a.outcome!.kind,
      otherEnd: b.outcome!.kind,
      temperament: t ? `pace ${t.pace}, opening ${t.opening}, patience ${t.patience}` : '',
    });
    if (va > vb) better += va - vb;
    else if (a.outcome!.kind !== 'agreement' && b.outcome!.kind === 'agreement') lostToNoDeal += va - vb;
    else worseDeal += va - vb;
  }
  return { games, margin: Math.round((total / games) * 10) / 10, diffs, lostToNoDeal, worseDeal, better };
}

if (process.argv[1]?.endsWith('margin-seeds.ts')) {
  const [file, party, policy, games] = process.argv.slice(2);
  if (!file || !party) {
    console.log('usage: npx tsx scripts/bench/margin-seeds.ts <scenario file> <party> [policy] [games]');
    process.exit(1);
  }
  const m = marginSeeds(file, party, (policy ?? 'pushover') as Policy, Number(games ?? 100));
  for (const d of m.diffs) {
    console.log(
      `seed ${d.seed}: ai ${d.ai} (${d.aiEnd}), ${policy ?? 'pushover'} ${d.other} (${d.otherEnd}); ${d.temperament}`,
    );
  }
  console.log(
    `${m.games} games: margin ${m.margin}; ${m.diffs.length} differ: better +${m.better}, worse deal ${m.worseDeal}, lost to no deal ${m.lostToNoDeal}`,
  );
}
