/** What the three commands share in batch mode: when it applies, `--jobs`, the progress line, the run itself. */
import { statSync } from 'node:fs';
import { CliError } from './io';
import type { JobSpec } from './jobs';
import { isArchive, pageFilesUnder } from './page-files';
import { Progress } from './progress';

const MAX_JOBS = 64;

/** Several pages: more than one argument, `-`, a folder or a WARC archive. One file is the single-page command. */
export function isBatch(positional: readonly string[]): boolean {
  if (positional.length !== 1) return positional.length > 1;
  const [path] = positional as [string];
  return path === '-' || isArchive(path) || isDirectory(path);
}

/** Batch output is JSON Lines, so a batch asks for `--json`; without it, say how to get what was meant. */
export function requireJson(positional: readonly string[], json: boolean): void {
  if (json) return;
  const [first] = positional as [string];
  const advice = 'add --json to read every page as JSON Lines, one line a page';
  // A folder where a file was expected is the input's fault (exit 1, as before batch mode); the rest is usage.
  if (positional.length === 1 && isDirectory(first)) throw new CliError(`${first} is a directory: ${advice}`, 1);
  const what =
    positional.length > 1
      ? `one file at a time, got ${positional.length}`
      : first === '-'
        ? 'a list of paths on stdin'
        : `${first} is a WARC archive`;
  throw new CliError(`${what}: ${advice}`, 2);
}

export function parseJobs(value: string | true | undefined): number {
  if (value === undefined) return 1;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS)
    throw new CliError(`--jobs must be a whole number from 1 to ${MAX_JOBS}, not "${String(value)}"`, 2);
  return jobs;
}

export async function runBatchCommand(spec: JobSpec, positional: readonly string[], jobs: number): Promise<void> {
  // The pipeline loads only once the arguments are known to be good, so a mistyped command answers at once.
  const [{ runBatch }, { pageInputs }] = await Promise.all([import('./batch'), import('./inputs')]);
  const progress = process.stderr.isTTY ? new Progress(process.stderr) : null;
  // A folder that cannot be read is reported by the run itself; the count only goes without a total.
  if (progress)
    countPages(positional).then(
      (total) => (progress.total = total),
      () => {},
    );
  const result = await runBatch(spec, pageInputs(positional, process.stdin), {
    jobs,
    output: process.stdout,
    progress,
  });
  if (result.pages === 0) throw new CliError(`no pages found in ${positional.join(' ')}`);
}

/** Pages the arguments hold, when that is known before reading them: not for stdin, nor inside archives. */
async function countPages(positional: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const path of positional) {
    if (path === '-' || isArchive(path)) return null;
    if (!isDirectory(path)) total++;
    else
      for await (const file of pageFilesUnder(path)) {
        if (isArchive(file)) return null;
        total++;
      }
  }
  return total;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
