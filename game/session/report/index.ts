// The class report (`summit report`, a class's dashboard): rows and summaries of many replays, as a text table,
// CSV and a self-contained HTML page with the class scatter; and the replays as one zip.
export { csvField, reportCsv } from './csv';
export { debriefOf, type LoadedDebrief } from './debrief';
export { CLASS_PLOT_LEGEND, classPlot, classPlotSvg, classPlotTitle, escapeHtml, reportHtml } from './html';
export { groupReport, type ReportRow, type ScenarioGroup } from './rows';
export { reportTable } from './table';
export { zipFiles } from './zip';
