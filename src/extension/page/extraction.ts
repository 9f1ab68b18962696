/**
 * Extraction on a live page: the one pipeline over the DOM, with the blocks and elements the Article was made from,
 * and the limits and messages that go with it.
 */
import { domToPage } from '../../adapters/dom';
import type { Article, Block } from '../../core/article';
import { extractArticle } from '../../core/pipeline';

export interface Extraction {
  article: Article;
  blocks: readonly Block[];
  /** The element each block's text sits in, by block index. */
  elements: readonly Element[];
}

export const NO_ARTICLE_MESSAGE =
  '没有在此页面找到正文，页面保持原样。 (No article was found on this page; it was left as it was.)';

/** Beyond this many elements extraction would hold the page up for tens of seconds: refuse and leave it as it is. */
const MAX_PAGE_ELEMENTS = 200_000;

export class PageTooLargeError extends Error {
  constructor(elements: number) {
    super(
      `这个页面太大（${elements} 个元素），清读没有处理它，页面保持原样。 (This page is too large to clean (${elements} elements); it was left as it was.)`,
    );
  }
}

/** The page's Article; throws PageTooLargeError rather than hold up a huge page. */
export function extractPage(doc: Document): Extraction {
  const size = doc.getElementsByTagName('*').length;
  if (size > MAX_PAGE_ELEMENTS) throw new PageTooLargeError(size);
  const { page, elements } = domToPage(doc, doc.URL, { computedVisibility: true });
  return { article: extractArticle(page), blocks: page.blocks, elements };
}

/** What the reader is told when extraction failed. */
export function extractionFailure(error: unknown): string {
  return error instanceof PageTooLargeError ? error.message : `${NO_ARTICLE_MESSAGE} ${String(error)}`;
}

export function hasArticle(article: Article): boolean {
  return article.paragraphs.length > 0 && !article.warnings.some((w) => w.kind === 'no-article');
}
