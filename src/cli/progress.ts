/**
 * The batch progress line on stderr, shown only when stderr is a terminal: pages done, errors, pages per second,
 * and a bar with the time left when the number of pages is known beforehand.
 */

/** Pages done so far in a batch, and how many of them failed. */
export interface BatchCounts {
  pages: number;
  errors: number;
}

const REDRAW_MS = 100;
const BAR_WIDTH = 30;

export class Progress {
  private readonly started = Date.now();
  private drawn = 0;
  /** Pages expected in all, once known. */
  total: number | null = null;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(result: BatchCounts): void {
    const now = Date.now();
    if (now - this.drawn < REDRAW_MS) return;
    this.drawn = now;
    this.stream.write(`\r\x1b[K${this.line(result, now)}`);
  }

  finish(result: BatchCounts): void {
    this.stream.write(`\r\x1b[K${this.line(result, Date.now())}\n`);
  }

  line({ pages, errors }: BatchCounts, now: number): string {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = pages / seconds;
    const counts = `${pages}${this.total !== null ? `/${this.total}` : ''} pages, ${errors} errors, ${rate.toFixed(1)} pages/s`;
    if (this.total === null || this.total === 0) return counts;
    const share = Math.min(pages / this.total, 1);
    const filled = Math.round(share * BAR_WIDTH);
    const left = rate > 0 ? Math.max(0, (this.total - pages) / rate) : 0;
    return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${(share * 100).toFixed(0)}% ${counts}, ${formatDuration(left)} left`;
  }
}

function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
