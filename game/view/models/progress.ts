// Loading progress as plain data: the Preload scene draws it, tests check it. Tasks run one after another so
// the bar moves in honest steps (each step is a real asset finishing), never on a timer.

export interface LoadTask {
  label: string; // what the bar says while this task runs, e.g. "Fonts"
  run(): Promise<unknown>;
}

export interface ProgressView {
  fraction: number; // 0..1
  percent: number; // integer 0..100
  label: string; // e.g. "Loading fonts… 40%"
  barWidth: number; // filled pixels of a bar of the given width
}

export function progressView(done: number, total: number, current: string | null, width: number): ProgressView {
  const fraction = total <= 0 ? 1 : Math.min(1, Math.max(0, done / total));
  const percent = Math.floor(fraction * 100);
  const label =
    fraction >= 1 || current === null ? `Ready ${percent}%` : `Loading ${current.toLowerCase()}… ${percent}%`;
  return { fraction, percent, label, barWidth: Math.round(width * fraction) };
}

/**
 * Runs the tasks side by side and reports each one as it finishes (so the bar moves in completion order).
 * A failed task is reported and skipped, not fatal: a missing font must not keep the game from starting
 * (the CSS fallback fonts take over).
 */
export async function runTasks(
  tasks: readonly LoadTask[],
  onProgress: (done: number, total: number, current: string | null) => void,
): Promise<{ failed: string[] }> {
  const failed: string[] = [];
  const pending = new Set(tasks);
  const current = () => (pending.size === 0 ? null : pending.values().next().value!.label);
  onProgress(0, tasks.length, current());
  await Promise.all(
    tasks.map(async (task) => {
      try {
        await task.run();
      } catch {
        failed.push(task.label);
      }
      pending.delete(task);
      onProgress(tasks.length - pending.size, tasks.length, current());
    }),
  );
  return { failed };
}
