/**
 * Rules match on the script-neutral view, so a page reads the same in either script and with either width of ASCII:
 * every corpus page, its blocks and declared values written in Taiwan or Hong Kong traditional characters (opencc-js,
 * character and phrase forms, no vocabulary changes), or its blocks with full-width letters, digits and marks, gives
 * every block the same role and every field the same value, as the new text writes it.
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
function differences(
  page: Page,
  original: Article,
  converted: Article,
  convert: (text: string) => string,
  keeps: (field: (typeof FIELDS)[number]) => boolean = () => false,
): string[] {
  const out: string[] = [];
  for (const field of FIELDS) {
    const value = original[field];
    const expected = value === null || keeps(field) ? value : convert(value);
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

describe('the corpus written with full-width letters, digits and marks', () => {
  it('reads the same on every page', () => {
    const wide = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const found: Record<string, string[]> = {};
    for (const { id, page } of pages) {
      const original = extractArticle(page);
      const widened = extractArticle({
        ...page,
        blocks: page.blocks.map((block) => ({ ...block, text: wide(block.text) })),
      });
      // Dates are read into ISO form; declared values come from the <meta> left as it was.
      const keeps = (field: (typeof FIELDS)[number]) =>
        field === 'date' || original.evidence[field]?.from === 'declared';
      const diff = differences(page, original, widened, wide, keeps);
      if (diff.length) found[id] = diff;
    }
    expect(found).toEqual({});
  });
});
