import cliProgress from 'cli-progress';

/** A progress bar on a terminal, a line every 25 % elsewhere (CI logs stay short). */
export function progressReporter(label: string) {
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `  ${label} [{bar}] {percentage}% {value}/{total}`, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done: number, total: number) {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastQuarter = -1;
  return {
    update(done: number, total: number) {
      const quarter = Math.floor((done / total) * 4);
      if (quarter > lastQuarter) {
        lastQuarter = quarter;
        console.log(`  ${label}: ${done}/${total}`);
      }
    },
    stop() {},
  };
}
