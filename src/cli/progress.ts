import cliProgress from 'cli-progress';

/** Documents between two progress lines when stderr is not a terminal. */
const LINE_EVERY = 100;

const duration = (seconds: number) => {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
};

export interface Progress {
  update(done: number, total: number | null): void;
  stop(): void;
}

/**
 * Progress of a batch on stderr: a bar with rate and ETA on a terminal; one line every
 * LINE_EVERY documents when stderr is a pipe or a file, so logs stay readable.
 */
export function batchProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const t0 = performance.now();
  const rate = (done: number) => done / Math.max((performance.now() - t0) / 1000, 1e-3);
  if (!stream.isTTY) {
    return {
      update(done, total) {
        if (done % LINE_EVERY !== 0) return;
        const r = rate(done);
        const eta = total ? `, ETA ${duration((total - done) / r)}` : '';
        stream.write(`${label}: ${done}${total ? `/${total}` : ''} documents, ${r.toFixed(1)}/s${eta}\n`);
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar({
    stream, format: `${label} [{bar}] {value}/{total} documents | {rate}/s | ETA {eta_formatted}`, hideCursor: true, clearOnComplete: true, etaBuffer: 50,
  }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update(done, total) {
      if (!started) bar.start(total ?? done, 0, { rate: '0.0' }), (started = true);
      if (total === null && done > bar.getTotal()) bar.setTotal(done);
      bar.update(done, { rate: rate(done).toFixed(1) });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
