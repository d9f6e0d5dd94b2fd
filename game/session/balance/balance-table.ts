// The balance table as `summit balance` prints it (and the studio shows it): one line per party and policy, then
// the all-AI figures. Plain text lines, so the terminal and the browser show the same words.
import type { BalanceReport } from './tournament';

export function formatBalance(r: BalanceReport): string[] {
  const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(5);
  const num = (x: number) => x.toFixed(1).padStart(7);
  const lines = [
    `Balance of ${r.scenario} ${r.version}: ${r.runs} runs per cell, seeds ${r.seed}…${r.seed + r.runs - 1}`,
    '',
  ];
  lines.push(
    `${'party'.padEnd(10)} ${'policy'.padEnd(10)} ${'deals'.padStart(5)} ${'walkout'.padStart(7)} ${'surplus'.padStart(7)}`,
  );
  for (const [party, byPolicy] of Object.entries(r.byParty)) {
    for (const [policy, f] of Object.entries(byPolicy)) {
      lines.push(
        `${party.padEnd(10)} ${policy.padEnd(10)} ${pct(f.dealRate)} ${pct(f.walkoutRate).padStart(7)} ${num(f.meanSurplus)}`,
      );
    }
  }
  const a = r.allAi;
  lines.push(
    '',
    `All AI: deals ${pct(a.dealRate).trim()}, walk-outs ${pct(a.walkoutRate).trim()}, mean turns ${a.meanTurns.toFixed(1)}`,
  );
  lines.push(
    `  deals by phase: ${Object.entries(a.phaseDealRate)
      .map(([k, v]) => `${k} ${pct(v).trim()}`)
      .join(', ')}`,
  );
  lines.push(
    `  mean surplus: ${Object.entries(a.meanSurplus)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ')}`,
  );
  lines.push('  most common deals:');
  if (a.commonDeals.length === 0) lines.push('    none');
  for (const d of a.commonDeals) {
    lines.push(
      `    ${String(d.count).padStart(4)}× ${Object.entries(d.package)
        .map(([i, o]) => `${i}=${o}`)
        .join(' ')}`,
    );
  }
  lines.push(
    `  deadlocks (at status quo in games without a deal): ${
      a.deadlocks.length ? a.deadlocks.map((d) => `${d.issue} ${pct(d.rate).trim()}`).join(', ') : 'none'
    }`,
  );
  lines.push(
    `  distinct outcomes: ${a.distinctOutcomes} (the most common in ${pct(a.topOutcomeRate).trim()} of games)`,
  );
  if (a.neverAgreed.length) lines.push(`  never agreed: ${a.neverAgreed.join(', ')}`);
  return lines;
}
