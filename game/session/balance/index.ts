// The AI tournament behind `summit balance`, pure (no Node, no DOM): the jobs, one game's summary, the fold into a
// report, the printed table and the HTML report. The CLI plays it on worker threads, the studio in Web Workers;
// both fold the same summaries in job order, so they print the same figures.
export { balanceHtml, barChart, esc } from './balance-report';
export { formatBalance } from './balance-table';
export {
  type AllAiFigures,
  type BalanceReport,
  distinctGames,
  type GameSummary,
  type Job,
  jobResults,
  type PolicyFigures,
  playJob,
  runTournament,
  summariseTournament,
  tournamentJobs,
} from './tournament';
