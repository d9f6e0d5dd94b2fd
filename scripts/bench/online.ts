// Online rooms under load: a Summit server in this process (AI turns unpaced, the worst case), `summit loadtest`
// in a child process (50 rooms × one bot per party, random legal moves, real WebSockets), and the server's heap
// sampled meanwhile: the loadtest's own figures (p95 of intent → result, errors, lost, verified) and the heap
// held per live room (peak over the idle server, divided by the rooms), and the same for the process's resident
// memory (the heap, the embedded database's thread and its WebAssembly memory, the sockets' buffers). `benchCapacity`: the same with more and more
// rooms, up to the first load whose p95 passes 100 ms (how many rooms one process holds).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadtestReport } from '../../game/cli/loadtest';
import { loopbackConfig, startServer } from '../../game/server/server';

export interface OnlineFigures extends LoadtestReport {
  heapPerRoomKb: number;
  heapIdleMb: number;
  /** Resident memory per live room (peak over the idle server, divided by the rooms): what a room costs in RAM. */
  rssPerRoomKb: number;
  rssIdleMb: number;
  loadAverage: number;
  /** The server's CPU time (user + system) per acknowledged action: unlike p95, not inflated by a busy machine. */
  serverCpuMsPerAction: number;
  /** The load tool's CPU per action (its own process: the bots, WebSockets and replay checks). */
  clientCpuMsPerAction: number;
}

export async function benchOnline(rooms = 50): Promise<OnlineFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'summit-bench-online-'));
  const server = await startServer(loopbackConfig(0, dataDir));
  const idle = process.memoryUsage().heapUsed;
  const idleRss = process.memoryUsage.rss();
  const cpu0 = process.cpuUsage();
  let peak = idle;
  let peakRss = idleRss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 50);
  try {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'game/cli/main.ts',
        'loadtest',
        '--url',
        `http://127.0.0.1:${server.port}`,
        '--rooms',
        String(rooms),
        '--json',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    await new Promise((resolve) => child.on('exit', resolve));
    const report = JSON.parse(out.trim().split('\n').pop() ?? '{}') as LoadtestReport;
    const cpu = process.cpuUsage(cpu0);
    return {
      serverCpuMsPerAction: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, report.actions)) * 100) / 100,
      ...report,
      clientCpuMsPerAction: report.clientCpuMsPerAction ?? 0,
      heapPerRoomKb: Math.round((peak - idle) / rooms / 1024),
      heapIdleMb: Math.round(idle / 1024 / 1024),
      rssPerRoomKb: Math.round((peakRss - idleRss) / rooms / 1024),
      rssIdleMb: Math.round(idleRss / 1024 / 1024),
      loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
    };
  } finally {
    clearInterval(sampler);
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Rooms per run, in steps, until the p95 passes `limitMs` (or a run has errors): the last load held, and the first
 * not, with the resident memory per room at the load held and the load average of the machine meanwhile (the p95 of
 * a busy machine is no measure of the server). Small steps first, so a machine that cannot hold 50 still says what
 * it holds.
 */
export async function benchCapacity(
  steps = [10, 25, 50, 100, 150, 200, 300],
  limitMs = 100,
): Promise<{
  heldRooms: number;
  heldP95Ms: number;
  heldRssPerRoomKb: number | null;
  brokenAt: number | null;
  brokenP95Ms: number | null;
  loadAverage: number;
}> {
  let held = { heldRooms: 0, heldP95Ms: 0, heldRssPerRoomKb: null as number | null };
  const loads: number[] = [];
  const load = () => Math.round((loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length)) * 10) / 10;
  for (const rooms of steps) {
    const r = await benchOnline(rooms);
    loads.push(r.loadAverage);
    if (r.p95Ms > limitMs || r.errors > 0)
      return { ...held, brokenAt: rooms, brokenP95Ms: r.p95Ms, loadAverage: load() };
    held = { heldRooms: rooms, heldP95Ms: r.p95Ms, heldRssPerRoomKb: r.rssPerRoomKb };
  }
  return { ...held, brokenAt: null, brokenP95Ms: null, loadAverage: load() };
}
