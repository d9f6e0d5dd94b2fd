// `npm run bench [-- --json]`: measures speed and size, prints a table or one JSON document. Figures are medians.
// Unit tests never assert times; this is where the figures quoted in issues come from.
import { benchDebrief } from './bench/debrief';
import { benchEngine } from './bench/engine';

const json = process.argv.includes('--json');
const log = (text: string) => {
  if (!json) process.stdout.write(`${text}\n`);
};

log('engine: compiling scenarios and playing AI-only games…');
const engine = benchEngine(500);
log('debrief: analysing finished Alaska games…');
const debrief = benchDebrief();
const figures = { node: process.version, engine, debrief };
if (json) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
else {
  log(
    `  largest scenario: ${engine.scenario} (${engine.parties} parties, ${engine.issues} issues, ${engine.phases} phases, ${engine.packages} packages)`,
  );
  log(
    `  full AI-only game: median ${engine.gameMedianMs} ms, p95 ${engine.gameP95Ms} ms, ${engine.gamesPerSecond} games/s, ${engine.meanTurns} turns`,
  );
  for (const [file, ms] of Object.entries(engine.compileMs)) log(`  load + compile ${file}: median ${ms} ms`);
  log(
    `  debrief of a full ${debrief.scenario} game: median ${debrief.analyzeMedianMs} ms (p95 ${debrief.analyzeP95Ms} ms), cold ${debrief.analyzeColdMedianMs} ms`,
  );
}
