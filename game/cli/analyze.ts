// `summit analyze <replay> [--json] [--scenario FILE]`: the debrief figures of one game — each party's value against
// its no-deal value, per issue who gained and who gave way, Pareto, Nash, ZOPA, joint value, the turning points and
// the historical outcome. --json prints the whole Debrief (plus the replay's file, seed and seats) as one document.
// Exit 0 · 1 invalid or diverged replay · 2 usage or IO.
import type { Debrief } from '../engine/index';
import { type LoadedDebrief, loadDebrief } from './analyze-load';
import { checkFlags, type ParsedArgs } from './args';
import { EXIT, type Io } from './io';

const USAGE = 'usage: summit analyze <file.summit.json> [--json] [--scenario FILE]';

export function analyzeCommand(args: ParsedArgs, io: Io): number {
  const flags = checkFlags(args, ['json', 'scenario']);
  const [file, ...extra] = args.positionals;
  const scenarioFlag = args.flags.scenario;
  if (!flags.ok || file === undefined || extra.length > 0 || scenarioFlag === true) {
    io.err(flags.ok ? USAGE : `${flags.error}\n${USAGE}`);
    return EXIT.usage;
  }
  const loaded = loadDebrief(file, scenarioFlag);
  if (!loaded.ok) {
    for (const line of loaded.lines) (loaded.code === 2 ? io.err : io.out)(line);
    return loaded.code;
  }
  const { replay, debrief } = loaded.value;
  if (args.flags.json === true) {
    io.out(JSON.stringify({ file, seed: replay.seed, seats: replay.seats, ...debrief }, null, 2));
  } else {
    io.out(formatDebrief(loaded.value));
  }
  return EXIT.ok;
}

const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
/** Weighted points as value points with one decimal (100 weighted points make one value point). */
const points = (weighted: number): string => signed(Math.round(weighted / 10) / 10);
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function outcomeLine(d: Debrief, name: (id: string) => string): string {
  const kind = d.outcome.kind === 'walkout' ? `walkout by ${name(d.outcome.by ?? '')}` : d.outcome.kind;
  return `Outcome: ${kind} after ${d.outcome.turns} turns`;
}

/** The readable debrief: plain text, one section per figure. */
export function formatDebrief({ file, replay, scenario: sc, humans, debrief: d }: LoadedDebrief): string {
  const name = (id: string) => sc.parties.find((p) => p.id === id)?.name ?? id;
  const out: string[] = [];
  out.push(`Debrief of ${file}`);
  out.push(
    `${sc.title} (${sc.id} ${sc.version}), seed ${replay.seed}; played by ${humans.map(name).join(', ') || 'AI only'}`,
  );
  out.push(outcomeLine(d, name), '');
  out.push(...d.summary, '');

  const w = Math.max(5, ...d.parties.map((p) => p.name.length));
  out.push(`${pad('Party', w)}  value  no deal  surplus  Nash`);
  for (const p of d.parties) {
    out.push(
      `${pad(p.name, w)}  ${lpad(String(p.value), 5)}  ${lpad(String(p.reservation), 7)}  ${lpad(signed(p.surplus), 7)}  ${lpad(p.nashValue === null ? '—' : String(p.nashValue), 4)}`,
    );
  }
  out.push('', 'Issues (value points gained or given up against the status quo):');
  for (const i of d.issues) {
    const head = i.moved ? `${i.outcome.label} (status quo: ${i.statusQuo.label})` : `${i.outcome.label} (status quo)`;
    const who = (ids: string[]) => ids.map((id) => `${name(id)} ${points(i.gains[id])}`).join(', ');
    const parts = [
      i.gained.length ? `gained: ${who(i.gained)}` : '',
      i.gaveWay.length ? `gave way: ${who(i.gaveWay)}` : '',
    ].filter(Boolean);
    out.push(`  ${i.name}: ${head}${parts.length ? ` — ${parts.join('; ')}` : ''}`);
  }
  out.push('');
  out.push(
    `Joint value: ${d.joint.value} of a best possible ${d.joint.best} (left on the table: ${d.joint.leftOnTable})`,
  );
  const zopaBest = d.zopa.best ? `, best joint ${Object.values(d.zopa.best.values).reduce((s, v) => s + v, 0)}` : '';
  out.push(`ZOPA: ${d.zopa.count} packages every party prefers to no deal${zopaBest}`);
  if (d.pareto.improvement) {
    const v = d.consent.map((p) => `${name(p)} ${d.pareto.improvement!.values[p]}`).join(', ');
    out.push(`Pareto: not optimal — a dominating package gives ${v} (+${d.pareto.improvement.gain} jointly)`);
  } else out.push('Pareto: optimal for the parties whose consent the deal needs');
  if (d.nash) {
    const v = d.consent.map((p) => `${name(p)} ${d.nash!.values[p]}`).join(', ');
    out.push(`Nash point: ${v}; distance ${d.nash.distance} (sum of the value differences)`);
  } else out.push('Nash point: none (no package beats every no-deal value)');
  out.push('', 'Turning points:');
  for (const t of d.turningPoints)
    out.push(`  turn ${lpad(String(t.turn), 3)} ${t.phase} r${t.round}  [${t.kind}] ${t.text}`);
  if (d.history) out.push('', 'What happened historically:', d.history.summary.trim());
  return out.join('\n');
}
