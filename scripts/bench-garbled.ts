/**
 * `npx tsx scripts/bench-garbled.ts`: what the garbled-text rule costs and how well it repairs.
 * - The garbled runs it reports in the article text of the 69 corpus pages.
 * - Cost: its share of extractArticle time over the 69 corpus pages (same pages, same run, best of 3 passes).
 * - Repair: clean sentences with one GBK lead byte dropped (and an ASCII comma after, which brings a decoder back
 *   in step), decoded as a browser would; how many come back exactly (lost characters as □ or as themselves),
 *   how many come back wrong, how many are left alone. Corpus sentences (the model's own source) and the
 *   traditional-script sentences of seeds 001/002 (held out from the model).
 * Prints ratios; asserts nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Role } from '../src/core/article';
import { loadFile } from '../src/cli/load';
import { repairGarbled } from '../src/core/garbled';
import { extractArticle } from '../src/core/pipeline';
import { garbledText } from '../src/core/rules/garbled';
import { stripPinyinRuby } from '../src/core/rules/pinyin';
import { lostByteScores, twoByteSentences } from '../tests/core/garbled/lost-byte';

const root = join(import.meta.dirname, '..');
const corpus = join(root, 'tests/corpus');
const ids = readdirSync(corpus)
  .filter((id) => id.startsWith('ia-'))
  .sort();

function best(run: () => void): number {
  let fastest = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const pages: Page[] = [];
for (const id of ids) pages.push((await loadFile(join(corpus, id, 'page.html'))).page);
const fields = { title: null, date: null, source: null, editor: null, author: null, reviewer: null, site: null };
const rule = best(() => {
  for (const page of pages) {
    garbledText.apply({
      page,
      roles: page.blocks.map((): Role => 'body'),
      texts: page.blocks.map((b) => b.text),
      views: page.blocks.map((b) => b.text),
      fields,
    });
  }
});
const pipeline = best(() => {
  for (const page of pages) extractArticle(page);
});
pages.forEach((page, i) => {
  for (const warning of extractArticle(page).warnings)
    if (warning.kind === 'garbled') console.log(`${ids[i]}: ${warning.message}`);
});
console.log(
  `garbled-text rule / whole pipeline, ${pages.length} corpus pages: ${(rule / pipeline).toFixed(3)} ` +
    `(${rule.toFixed(0)} ms / ${pipeline.toFixed(0)} ms this run)`,
);

const sentencesOf = (text: string) => twoByteSentences(text, /[\p{Script=Han}，、；：“”]{12,60}[。！？,，]/gu);

function score(label: string, sentences: string[]): void {
  const { exact, wrong } = lostByteScores(sentences);
  const n = sentences.length;
  console.log(
    `${label}: ${n} sentences, exact ${(exact / n).toFixed(3)}, wrong ${(wrong / n).toFixed(3)}, ` +
      `left alone ${((n - exact - wrong) / n).toFixed(3)}`,
  );
}

const fromCorpus = ids.flatMap((id) =>
  sentencesOf((JSON.parse(readFileSync(join(corpus, id, 'truth.json'), 'utf8')) as { body_text: string }).body_text),
);
score(
  'corpus sentences (model source), every 10th',
  fromCorpus.filter((_, i) => i % 10 === 0),
);
const heldOut = ['001_f44656cb4efbb886.txt', '002_5b15a6444413c614.txt'].flatMap((seed) =>
  stripPinyinRuby(readFileSync(join(root, 'seeds', seed), 'utf8'))
    .split('\n')
    .filter((line) => repairGarbled(line).spans.length === 0)
    .flatMap(sentencesOf),
);
score('seed 001/002 sentences (held out, traditional)', heldOut);
