/**
 * Where Qingdu and opencc-js convert the same text differently: the article paragraphs Qingdu extracts from the
 * simplified pages of a corpus (tests/corpus by default; no hand truth for the conversion, so each difference is
 * printed with its context, to be read), simplified → Taiwan traditional, counted by the pair of forms.
 *
 *   npx tsx tests/tools/conversion-differences.ts [CORPUS_DIR]
 */
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { loadFile } from '../../src/cli/load';
import { convertPieces } from '../../src/convert/index';
import { extractArticle } from '../../src/core/pipeline';
import { CORPUS_DIR } from '../paths';
import { corpusIds } from './eval-corpus';

const CONTEXT = 6;

async function main(): Promise<void> {
  const dir = process.argv[2] ?? CORPUS_DIR;
  const paragraphs: string[] = [];
  for (const id of corpusIds(dir)) {
    const article = extractArticle((await loadFile(join(dir, id, 'page.html'))).page);
    if (article.script === 'hans') paragraphs.push(...article.paragraphs.map((p) => p.text));
  }
  const openccJs = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const ours = (
    await convertPieces(
      paragraphs.map((p) => [p]),
      'tw',
      'hans',
    )
  ).map(([text]) => text!);
  const byPair = new Map<string, number>();
  const lines: string[] = [];
  paragraphs.forEach((paragraph, i) => {
    const mine = ours[i]!;
    const theirs = openccJs(paragraph);
    if (mine.length !== theirs.length) return;
    for (let k = 0; k < mine.length; k++) {
      if (mine[k] === theirs[k]) continue;
      const pair = `Qingdu ${mine[k]}, opencc-js ${theirs[k]}`;
      byPair.set(pair, (byPair.get(pair) ?? 0) + 1);
      const from = Math.max(0, k - CONTEXT);
      lines.push(`${paragraph.slice(from, k + CONTEXT)}  →  ${mine.slice(from, k + CONTEXT)}  (${pair})`);
    }
  });
  const characters = paragraphs.reduce((sum, p) => sum + p.length, 0);
  console.log(lines.join('\n'));
  console.log(
    `\n${paragraphs.length} paragraphs, ${characters} characters: ${lines.length} characters converted differently`,
  );
  for (const [pair, count] of [...byPair].sort((a, b) => b[1] - a[1])) console.log(`  ${pair}: ${count}`);
}

await main();
