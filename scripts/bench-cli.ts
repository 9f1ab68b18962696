/**
 * `npx tsx scripts/bench-cli.ts [--repeat N] [--memory-pages N]`: the CLI's batch mode, each run its own process
 * (`node bin/qingdu.mjs`, what `npx qingdu` runs), timed from start to exit, start-up included:
 * - `qingdu extract --json [--jobs 2] tests/corpus`: the 69 corpus pages;
 * - `qingdu extract --json [--jobs 2] -` on the corpus pages read N times over (paths on stdin), beside Mozilla
 *   Readability on jsdom (decode, `new JSDOM`, `Readability.parse`) over the same pages in this process, warmed up;
 * - memory: `qingdu extract --json --jobs 2 -` on `--memory-pages` paths (the corpus repeated), its peak resident
 *   set so far (VmHWM in /proc, so Linux only) at each tenth of the pages.
 * Prints the numbers; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtmlBytes } from '../src/cli/decode';
import { parseArgs } from '../src/cli/io';
import { CORPUS_DIR, REPO_ROOT } from '../tests/paths';

const BIN = join(REPO_ROOT, 'bin', 'qingdu.mjs');

const { options } = parseArgs(process.argv.slice(2));
const REPEAT = Number(options.repeat ?? 5);
const MEMORY_PAGES = Number(options['memory-pages'] ?? 10_000);

const corpusPages = readdirSync(CORPUS_DIR)
  .filter((name) => name.startsWith('ia-'))
  .sort()
  .map((id) => join(CORPUS_DIR, id, 'page.html'));

/** `count` page paths, the corpus over and over. */
const repeated = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => corpusPages[i % corpusPages.length]!);

async function readabilityOnJsdom(paths: string[]): Promise<{ seconds: number; pages: number }> {
  const start = performance.now();
  let pages = 0;
  for (const path of paths) {
    const { text } = decodeHtmlBytes(readFileSync(path));
    // A console that prints nothing: jsdom reports every stylesheet it cannot parse.
    const { window } = new JSDOM(text, { virtualConsole: new VirtualConsole() });
    try {
      new Readability(window.document).parse();
    } catch {
      // A page Readability cannot parse still took its time.
    }
    window.close();
    pages++;
    // jsdom finishes closing a window on the event loop.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { seconds: (performance.now() - start) / 1000, pages };
}

interface Run {
  seconds: number;
  lines: number;
  /** Peak resident set (kB) so far, when each tenth of the expected lines was out. */
  peakByTenthKb: number[];
}

/** The CLI as a separate process, fed `stdin`; its output lines counted, its peak memory read from /proc. */
function runCli(args: string[], stdin: string, expectedLines: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
    let lines = 0;
    const peakByTenthKb: number[] = [];
    const sample = async (): Promise<void> => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const tenth = Math.min(9, Math.floor((lines * 10) / expectedLines));
      peakByTenthKb[tenth] = Math.max(peakByTenthKb[tenth] ?? 0, hwm);
    };
    const sampler = setInterval(() => void sample(), 100);
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 10) lines++;
    });
    child.on('error', reject);
    child.on('exit', () => {
      clearInterval(sampler);
      resolve({ seconds: (performance.now() - start) / 1000, lines, peakByTenthKb });
    });
    child.stdin.end(stdin);
  });
}

async function main(): Promise<void> {
  console.log(
    `${corpusPages.length} corpus pages × ${REPEAT}; ${availableParallelism()} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const paths = repeated(corpusPages.length * REPEAT);
  const rate = (r: { seconds: number; pages: number }) => r.pages / r.seconds;
  for (const jobs of ['1', '2']) {
    const run = await runCli(['extract', '--json', '--jobs', jobs, CORPUS_DIR], '', corpusPages.length);
    console.log(
      `qingdu extract --json --jobs ${jobs} tests/corpus: ${run.seconds.toFixed(2)} s, ${(run.lines / run.seconds).toFixed(1)} pages/s (${run.lines} lines)`,
    );
  }
  const ours: Record<string, number> = {};
  for (const jobs of ['1', '2']) {
    const run = await runCli(['extract', '--json', '--jobs', jobs, '-'], paths.join('\n'), paths.length);
    ours[jobs] = run.lines / run.seconds;
    console.log(
      `qingdu extract --json --jobs ${jobs} - (${paths.length} paths): ${run.seconds.toFixed(2)} s, ${ours[jobs]!.toFixed(1)} pages/s (${run.lines} lines)`,
    );
  }
  await readabilityOnJsdom(corpusPages.slice(0, 10));
  const theirs = await readabilityOnJsdom(paths);
  console.log(
    `Readability 0.6 on jsdom 26, the same ${theirs.pages} pages, 1 thread: ${rate(theirs).toFixed(1)} pages/s`,
  );
  console.log(
    `ratio to Readability: ${(ours['1']! / rate(theirs)).toFixed(1)}× with 1 thread, ${(ours['2']! / rate(theirs)).toFixed(1)}× with 2`,
  );
  if (MEMORY_PAGES > 0) {
    const run = await runCli(
      ['extract', '--json', '--jobs', '2', '-'],
      repeated(MEMORY_PAGES).join('\n'),
      MEMORY_PAGES,
    );
    const mb = (kb: number | undefined) => (kb === undefined ? '-' : `${(kb / 1024).toFixed(0)}`);
    console.log(
      `memory: ${run.lines} pages in ${run.seconds.toFixed(0)} s (${(run.lines / run.seconds).toFixed(1)} pages/s), 2 worker threads; peak RSS (MB) by each tenth of the run: ${Array.from(run.peakByTenthKb, mb).join(', ')}`,
    );
  }
}

await main();
