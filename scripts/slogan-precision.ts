/**
 * `npx tsx scripts/slogan-precision.ts [--modern DIR]`: the slogans the finder shows on every corpus page (tests/corpus,
 * through the whole pipeline, as the CLI reads them), on the seeds, and on the pages of DIR when given, each checked
 * against the hand judgements in tests/core/slogans/precision.json. Prints precision per group and every slogan not
 * judged yet; asserts nothing (tests/core/slogans/precision.test.ts does, for the pages in the repository).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from '../src/cli/io';
import { shownSlogans, type Judgements, judgements, score } from '../tests/core/slogans/precision';

const { options } = parseArgs(process.argv.slice(2));
const modern = typeof options.modern === 'string' ? options.modern : null;
const judged: Judgements = judgements();

const groups: [string, string[]][] = [
  [
    'corpus',
    readdirSync('tests/corpus')
      .filter((id) => id.startsWith('ia-'))
      .map((id) => `tests/corpus/${id}/page.html`),
  ],
  [
    'seeds',
    readdirSync('seeds')
      .filter((f) => f.endsWith('.txt'))
      .map((f) => `seeds/${f}`),
  ],
];
if (modern)
  groups.push([
    'modern',
    readdirSync(modern)
      .filter((id) => existsSync(join(modern, id, 'page.html')))
      .map((id) => join(modern, id, 'page.html')),
  ]);

for (const [group, files] of groups) {
  const found = await shownSlogans(files.sort());
  const { right, wrong, unjudged } = score(found, judged);
  const total = right + wrong;
  console.log(
    `${group}: ${found.length} slogans on ${new Set(found.map((f) => f.page)).size} of ${files.length} pages; judged ${total}, right ${right}, precision ${total ? ((100 * right) / total).toFixed(1) : '-'} %`,
  );
  for (const item of unjudged) console.log(`  not judged: ${item.page} ${item.kind} ×${item.count} ${item.text}`);
}
