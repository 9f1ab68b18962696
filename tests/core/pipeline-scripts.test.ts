/**
 * Rules match on the script-neutral view, so a page reads the same in either script: every corpus page, its blocks and
 * declared values written in Taiwan or Hong Kong traditional characters (opencc-js, character and phrase forms, no
 * vocabulary changes), gives every block the same role and every field the same value, in the new script.
 */
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFile } from '../../src/cli/load';
import type { Article, Page } from '../../src/core/article';
import { extractArticle } from '../../src/core/pipeline';
import { CORPUS_DIR } from '../paths';
import { corpusIds } from '../tools/eval-corpus';

const FIELDS = ['title', 'date', 'source', 'editor', 'author', 'reviewer', 'site'] as const;

function written(page: Page, convert: (text: string) => string): Page {
  return {
    blocks: page.blocks.map((block) => ({ ...block, text: convert(block.text) })),
    meta: {
      ...page.meta,
      meta: Object.fromEntries(Object.entries(page.meta.meta).map(([key, value]) => [key, convert(value)])),
      ...(page.meta.documentTitle === undefined ? {} : { documentTitle: convert(page.meta.documentTitle) }),
    },
  };
}

/** What differs between the page's own reading, converted, and the reading of the converted page. */
function differences(page: Page, original: Article, converted: Article, convert: (text: string) => string): string[] {
  const out: string[] = [];
  for (const field of FIELDS) {
    const expected = original[field] === null ? null : convert(original[field]);
    if (converted[field] !== expected) out.push(`${field}: ${expected} ≠ ${converted[field]}`);
  }
  original.roles.forEach((role, block) => {
    if (converted.roles[block] !== role) {
      out.push(`block ${block} ${role} ≠ ${converted.roles[block]}: ${page.blocks[block]!.text.slice(0, 30)}`);
    }
  });
  return out;
}

const pages: { id: string; page: Page }[] = [];

beforeAll(async () => {
  for (const id of corpusIds()) pages.push({ id, page: (await loadFile(join(CORPUS_DIR, id, 'page.html'))).page });
}, 120_000);

describe.each(['tw', 'hk'] as const)('the corpus written in %s traditional characters', (target) => {
  it('reads the same on every page', () => {
    const convert = OpenCC.Converter({ from: 'cn', to: target });
    const found: Record<string, string[]> = {};
    for (const { id, page } of pages) {
      const diff = differences(page, extractArticle(page), extractArticle(written(page, convert)), convert);
      if (diff.length) found[id] = diff;
    }
    expect(pages.length).toBe(69);
    expect(found).toEqual({});
  });
});
