/**
 * The pipeline on generated pages (see arbitraries.ts): it never throws, cleaning its own output changes nothing,
 * it invents no text beyond the repairs it marks, and every credit it shows is printed on the page. Runs: 3000 + 2500
 * text/HTML documents, 1500 + 1500 for the two text properties, 1000 + 1000 for the credits (11500 in all).
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Article, Page, Paragraph } from '../../src/core/article';
import { domToPage } from '../../src/adapters/dom';
import { textToPage } from '../../src/adapters/text';
import { extractArticle } from '../../src/core/pipeline';
import { htmlDocument, textDocument } from './arbitraries';

const SEED = Number(process.env.QINGDU_PROPERTY_SEED ?? 20260101);

function htmlToPage(html: string): Page {
  const { document } = parseHTML(html);
  return domToPage(document as unknown as Document, 'https://example.cn/a.html').page;
}

/** The paragraph as it was in the page: repaired spans put back to what the bytes said. */
function unrepaired(paragraph: Paragraph): string {
  let text = paragraph.text;
  for (const repair of [...(paragraph.repairs ?? [])].sort((a, b) => b.start - a.start)) {
    text = text.slice(0, repair.start) + repair.original + text.slice(repair.end);
  }
  return text;
}

/** `needle`'s characters occur in `haystack` in order (whitespace ignored): taken from it, nothing added. */
function isSubsequence(needle: string, haystack: string): boolean {
  const want = [...needle.replace(/\s+/g, '')];
  let i = 0;
  for (const char of haystack.replace(/\s+/g, '')) if (char === want[i]) i++;
  return i >= want.length;
}

const CREDIT_FIELDS = ['source', 'editor', 'author', 'reviewer'] as const;
const PINYIN_RUBY = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+\)/giu;

/**
 * The credits shown that the page does not print: each name of a field (a list joins them with 、) must stand in the
 * page's text, its document title or its declarations, spaces aside (and the pinyin of ruby, which the text repair
 * takes out).
 */
function creditsNotOnPage(page: Page, article: Article): string[] {
  const printed = [...page.blocks.map((b) => b.text), page.meta.documentTitle ?? '', ...Object.values(page.meta.meta)]
    .join('\n')
    .replace(/\s+/gu, '');
  const forms = [printed, printed.replace(PINYIN_RUBY, '')];
  return CREDIT_FIELDS.flatMap((field) =>
    (article[field] ?? '')
      .split('、')
      .map((name) => name.replace(/\s+/gu, ''))
      .filter((name) => name && !forms.some((form) => form.includes(name)))
      .map((name) => `${field}: ${name}`),
  );
}

/** clean(x) as text: the title line (a placeholder when there is none, as the CLI prints), then the paragraphs. */
function asText(article: Article): string {
  return [article.title ?? '(无标题)', ...article.paragraphs.map((p) => p.text)].join('\n');
}

describe('pipeline properties', () => {
  it('never throws on generated text pages (3000 runs)', () => {
    fc.assert(
      fc.property(textDocument, (text) => {
        const article = extractArticle(textToPage(text, 'https://example.cn/a.html'));
        expect(article.roles).toHaveLength(textToPage(text).blocks.length);
      }),
      { numRuns: 3000, seed: SEED },
    );
  });

  it('never throws on generated HTML pages (2500 runs)', () => {
    fc.assert(
      fc.property(htmlDocument, (html) => {
        const page = htmlToPage(html);
        const article = extractArticle(page);
        expect(article.roles).toHaveLength(page.blocks.length);
      }),
      { numRuns: 2500, seed: SEED },
    );
  });

  it('invents no text: every paragraph comes from the page, repairs aside (1500 runs)', () => {
    fc.assert(
      fc.property(textDocument, (text) => {
        const page = textToPage(text);
        const article = extractArticle(page);
        for (const paragraph of article.paragraphs) {
          const source = page.blocks
            .slice(paragraph.block)
            .map((b) => b.text)
            .join('\n');
          expect(
            isSubsequence(unrepaired(paragraph), source),
            `${JSON.stringify(paragraph)} not in ${JSON.stringify(source.slice(0, 200))}`,
          ).toBe(true);
        }
      }),
      { numRuns: 1500, seed: SEED },
    );
  });

  it('shows no credit the page does not print, on text and HTML pages (1000 + 1000 runs)', () => {
    fc.assert(
      fc.property(textDocument, (text) => {
        const page = textToPage(text);
        expect(creditsNotOnPage(page, extractArticle(page))).toEqual([]);
      }),
      { numRuns: 1000, seed: SEED },
    );
    fc.assert(
      fc.property(htmlDocument, (html) => {
        const page = htmlToPage(html);
        expect(creditsNotOnPage(page, extractArticle(page))).toEqual([]);
      }),
      { numRuns: 1000, seed: SEED },
    );
  });

  it('is idempotent: cleaning the article’s own text gives the same paragraphs (1500 runs)', () => {
    fc.assert(
      fc.property(textDocument, (text) => {
        const once = extractArticle(textToPage(text));
        if (once.paragraphs.length === 0) return;
        const twice = extractArticle(textToPage(asText(once)));
        expect(twice.paragraphs.map((p) => p.text)).toEqual(once.paragraphs.map((p) => p.text));
      }),
      { numRuns: 1500, seed: SEED },
    );
  });
});
