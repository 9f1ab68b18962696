import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleJson } from '../src/core/article-json';
import { loadFile } from '../src/cli/load';
import { extractArticle } from '../src/core/pipeline';
import { withSlogans } from '../src/core/slogans';
import { readSeedExpectation } from './seed-expectation';
import { SEEDS_DIR } from './paths';

const dir = SEEDS_DIR;
const seeds = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort();

describe('seed pages through the CLI path (loadFile → extractArticle → JSON)', () => {
  it('has an expected file for every seed', () => {
    expect(seeds.length).toBe(5);
    for (const seed of seeds) expect(readdirSync(dir)).toContain(seed.replace(/\.txt$/, '.expected.json'));
  });

  for (const seed of seeds) {
    describe(seed, async () => {
      const expected = readSeedExpectation(join(dir, seed.replace(/\.txt$/, '.expected.json')));
      const { page } = await loadFile(join(dir, seed));
      const article = extractArticle(page);
      const json = articleJson(withSlogans(article));

      it('finds the title, date, source, editor, reporter, reviewer, site and script the page shows', () => {
        const { paragraphs: _p, absent: _a, ...fields } = expected;
        expect({
          title: json.title,
          date: json.date,
          source: json.source,
          editor: json.editor,
          author: json.author,
          reviewer: json.reviewer,
          site: json.site,
          script: json.script,
        }).toEqual(fields);
      });

      it('keeps exactly the article paragraphs, once each', () => {
        expect(article.paragraphs.map((p) => p.text)).toEqual(expected.paragraphs);
        expect(json.text).toBe(expected.paragraphs.join('\n\n'));
      });

      it('leaves no page furniture in the title or text', () => {
        const all = `${json.title ?? ''}\n${json.text}`;
        for (const junk of expected.absent) expect(all).not.toContain(junk);
      });

      it('gives every block a role and says which rule removed each one', () => {
        expect(article.roles).toHaveLength(page.blocks.length);
        for (const removal of article.removed) expect(article.roles[removal.block]).toBe(removal.role);
        expect(article.removed.length).toBe(article.roles.filter((r) => r !== 'body').length);
        expect(article.warnings.filter((w) => w.kind === 'no-article')).toEqual([]);
      });
    });
  }
});
