/**
 * `npx tsx scripts/bench-slogans.ts [--repeat N]`: time of findSlogans per page in Node, on the seeds and the 69
 * corpus pages (article from loadFile + extractArticle), as the best of N runs; and its share of the whole
 * extraction (extractArticle, which calls it).
 * Prints numbers and ratios; asserts nothing.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFile } from '../src/cli/load';
import { parseArgs } from '../src/cli/io';
import { extractArticle } from '../src/core/pipeline';
import { findSlogans } from '../src/core/slogans';

const { options } = parseArgs(process.argv.slice(2));
const REPEAT = Number(options.repeat ?? 15);
const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

function best(run: () => void): number {
  let min = Infinity;
  for (let i = 0; i < REPEAT; i++) {
    const start = performance.now();
    run();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

const files = [
  ...readdirSync(join(root, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(root, 'seeds', f)),
  ...readdirSync(join(root, 'tests', 'corpus'))
    .filter((d) => d.startsWith('ia-'))
    .sort()
    .map((d) => join(root, 'tests', 'corpus', d, 'page.html')),
];

const rows: { file: string; chars: number; slogans: number; finder: number; extract: number }[] = [];
for (const file of files) {
  const { page } = await loadFile(file);
  const article = extractArticle(page);
  const input = { title: article.title, paragraphs: article.paragraphs, script: article.script };
  rows.push({
    file: file.slice(root.length + 1),
    chars: article.paragraphs.reduce((n, p) => n + p.text.length, 0),
    slogans: findSlogans(input).length,
    finder: best(() => findSlogans(input)),
    extract: best(() => extractArticle(page)),
  });
}

const sum = (key: 'finder' | 'extract') => rows.reduce((n, r) => n + r[key], 0);
const largest = rows.filter((r) => r.file.startsWith('seeds/')).sort((a, b) => b.chars - a.chars)[0]!;
const slowest = [...rows].sort((a, b) => b.finder - a.finder)[0]!;
console.log(
  `largest seed ${largest.file} (${largest.chars} chars): findSlogans ${largest.finder.toFixed(2)} ms, ${((100 * largest.finder) / largest.extract).toFixed(0)}% of extractArticle`,
);
console.log(
  `${rows.length} pages: findSlogans mean ${(sum('finder') / rows.length).toFixed(2)} ms/page, ${((100 * sum('finder')) / sum('extract')).toFixed(0)}% of extractArticle`,
);
console.log(`slowest: ${slowest.file} (${slowest.chars} chars) ${slowest.finder.toFixed(2)} ms`);
