// A progress bar on stderr for long commands, drawn only when stderr is a terminal (so pipes and --json stay clean).
export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = stream.isTTY === true;
  let last = -1;
  return {
    update(done, total) {
      if (!tty) return;
      const pct = Math.floor((done * 100) / total);
      if (pct === last) return;
      last = pct;
      const width = 30;
      const filled = Math.round((pct * width) / 100);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% (${done}/${total})`);
    },
    done() {
      if (tty && last >= 0) stream.write('\n');
    },
  };
}
