/**
 * `npm run eval:corpus [-- --verbose] [-- --only ID] [-- --fast] [-- --repeat N]`: extraction on the 69 corpus pages
 * against their hand truth, beside Mozilla Readability on the same decoded page. Pages load as the CLI loads them.
 * Prints a row per page and a summary; timing is a ratio of our DOM walk + rules to Readability's parse, both on
 * documents the CLI's HTML5 parser built from the same text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import type { Article } from '../../src/core/article';
import { domToPage } from '../../src/adapters/dom';
import { loadFile } from '../../src/cli/load';
import { decodeHtmlBytes } from '../../src/cli/decode';
import { parseHtmlDocument } from '../../src/cli/parse-html';
import { extractArticle } from '../../src/core/pipeline';
import { authorMatches, bigramF1, dateMatches, dateParts, hanF1, mean } from './corpus-score';
import { CORPUS_DIR } from '../paths';

export interface Truth {
  url: string;
  body_text: string;
  author?: string;
  date?: string;
}

export interface PageResult {
  id: string;
  hanF1: number;
  bigramF1: number;
  readabilityHanF1: number;
  date: boolean | null;
  author: boolean | null;
  predictedDate: string | null;
  predictedAuthor: string | null;
  truth: Truth;
  article: Article;
  oursMs: number;
  readabilityMs: number;
}

export const CORPUS = CORPUS_DIR;

export function corpusIds(): string[] {
  return readdirSync(CORPUS)
    .filter((name) => name.startsWith('ia-'))
    .sort();
}

function timed<T>(run: () => T, repeat: number): { value: T; ms: number } {
  let value!: T;
  const start = performance.now();
  for (let i = 0; i < repeat; i++) value = run();
  return { value, ms: (performance.now() - start) / repeat };
}

/** Score one page; `compare` also runs Readability on it and times both (`repeat` runs each). */
export async function evaluatePage(id: string, { compare = true, repeat = 1 } = {}): Promise<PageResult> {
  const dir = join(CORPUS, id);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Truth;
  const { page } = await loadFile(join(dir, 'page.html'), truth.url || undefined);
  const article = extractArticle(page);
  const body = article.paragraphs.map((p) => p.text).join('\n');

  const hasDate = truth.date !== undefined && dateParts(truth.date) !== null;
  const hasAuthor = truth.author !== undefined && truth.author.trim() !== '';
  const scores = {
    id,
    hanF1: hanF1(body, truth.body_text),
    bigramF1: bigramF1(body, truth.body_text),
    date: hasDate ? dateMatches(article.date, truth.date!) : null,
    author: hasAuthor ? authorMatches([article.author, article.editor, article.source], truth.author!) : null,
    predictedDate: article.date,
    predictedAuthor: [article.author, article.editor].filter(Boolean).join(' / ') || null,
    truth,
    article,
  };
  if (!compare) return { ...scores, readabilityHanF1: 0, oursMs: 0, readabilityMs: 0 };

  const { text } = decodeHtmlBytes(readFileSync(join(dir, 'page.html')));
  const ours = timed(() => extractArticle(domToPage(parseHtmlDocument(text), truth.url).page), repeat);
  const parseOnly = timed(() => parseHtmlDocument(text), repeat);
  const theirs = timed(() => new Readability(parseHtmlDocument(text)).parse(), repeat);

  return {
    ...scores,
    readabilityHanF1: hanF1(theirs.value?.textContent ?? '', truth.body_text),
    oursMs: Math.max(0, ours.ms - parseOnly.ms),
    readabilityMs: Math.max(0, theirs.ms - parseOnly.ms),
  };
}

export interface Summary {
  pages: number;
  hanF1: number;
  bigramF1: number;
  readabilityHanF1: number;
  below05: string[];
  dateAccuracy: number;
  datePages: number;
  authorAccuracy: number;
  authorPages: number;
  timeRatio: number;
}

export function summarise(results: PageResult[]): Summary {
  const dated = results.filter((r) => r.date !== null);
  const authored = results.filter((r) => r.author !== null);
  return {
    pages: results.length,
    hanF1: mean(results.map((r) => r.hanF1)),
    bigramF1: mean(results.map((r) => r.bigramF1)),
    readabilityHanF1: mean(results.map((r) => r.readabilityHanF1)),
    below05: results.filter((r) => r.hanF1 < 0.5).map((r) => r.id),
    dateAccuracy: dated.filter((r) => r.date).length / (dated.length || 1),
    datePages: dated.length,
    authorAccuracy: authored.filter((r) => r.author).length / (authored.length || 1),
    authorPages: authored.length,
    timeRatio: results.reduce((a, r) => a + r.oursMs, 0) / (results.reduce((a, r) => a + r.readabilityMs, 0) || 1),
  };
}

async function main(args: string[]): Promise<void> {
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const verbose = args.includes('--verbose');
  const repeat = Number(args.includes('--repeat') ? args[args.indexOf('--repeat') + 1] : 3);
  // --fast: scores only, without Readability and timing.
  const compare = !args.includes('--fast');
  const results: PageResult[] = [];
  const pad = (s: string, n: number) =>
    s + ' '.repeat(Math.max(0, n - [...s].length * (/[\u0080-\uffff]/.test(s) ? 2 : 1)));
  console.log(
    'page          hanF1  bigram  readab  date  author  ours/readability   predicted date | truth date | predicted author | truth author',
  );
  for (const id of corpusIds().filter((id) => !only || id === only)) {
    const r = await evaluatePage(id, { compare, repeat });
    results.push(r);
    const mark = (v: boolean | null) => (v === null ? '  - ' : v ? ' ok ' : ' NO ');
    console.log(
      `${id}  ${r.hanF1.toFixed(3)}  ${r.bigramF1.toFixed(3)}  ${r.readabilityHanF1.toFixed(3)}  ${mark(r.date)}  ${mark(r.author)}   ${(r.oursMs / (r.readabilityMs || 1)).toFixed(2)}   ` +
        `${pad(r.predictedDate ?? '∅', 24)} | ${r.truth.date ?? '∅'} | ${r.predictedAuthor ?? '∅'} | ${r.truth.author ?? '∅'}`,
    );
    if (verbose) {
      for (const p of r.article.paragraphs) console.log(`    [${p.block}] ${p.text.slice(0, 100)}`);
    }
  }
  const s = summarise(results);
  console.log('');
  console.log(`pages: ${s.pages}`);
  console.log(
    `body Han-character F1 (macro): ${s.hanF1.toFixed(3)}${compare ? `   Readability: ${s.readabilityHanF1.toFixed(3)}` : ''}`,
  );
  console.log(`body character-bigram F1 (macro): ${s.bigramF1.toFixed(3)}`);
  console.log(`pages with Han F1 < 0.5: ${s.below05.length}${s.below05.length ? ` (${s.below05.join(', ')})` : ''}`);
  console.log(`date accuracy: ${(100 * s.dateAccuracy).toFixed(1)} % of ${s.datePages} pages with a dated truth`);
  console.log(
    `author accuracy: ${(100 * s.authorAccuracy).toFixed(1)} % of ${s.authorPages} pages with an author truth`,
  );
  if (compare)
    console.log(
      `time, DOM walk + rules ÷ Readability.parse (same documents, parse excluded): ${s.timeRatio.toFixed(2)}`,
    );
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
