/**
 * Cleaning on a live page: extract the Article on demand (cached until the page's content changes), then show it in
 * the reader view or hide the boilerplate in place; `off` puts the page back exactly as it was. A page without an
 * article is left untouched and the caller gets a clear message.
 */
import type { Article, ArticleWithSlogans, Block } from '../../core/article';
import type { ArticleReply, CleanMode, PopupArticleReply } from '../protocol';
import { domToPage } from '../../adapters/dom';
import { extractArticle } from '../../core/pipeline';
import { withSlogans } from '../../core/slogans';
import { elementsToHide, InPlaceCleaner } from './hide-in-place';
import { ReaderView, READER_HOST_TAG, readerItems } from './reader-view';
import { classifySubtrees, SubtreeObserver } from './observe';

export const NO_ARTICLE_MESSAGE =
  '没有在此页面找到正文，页面保持原样。 (No article was found on this page; it was left as it was.)';

/** Beyond this many elements extraction would hold the page up for tens of seconds: refuse and leave it as it is. */
export const MAX_PAGE_ELEMENTS = 200_000;

export class PageTooLargeError extends Error {
  constructor(elements: number) {
    super(
      `这个页面太大（${elements} 个元素），清读没有处理它，页面保持原样。 (This page is too large to clean (${elements} elements); it was left as it was.)`,
    );
  }
}

const failure = (error: unknown): string =>
  error instanceof PageTooLargeError ? error.message : `${NO_ARTICLE_MESSAGE} ${String(error)}`;

export interface Extraction {
  article: Article;
  blocks: readonly Block[];
  elements: readonly Element[];
  /** The article with its slogans, once the popup has asked for them. */
  articleWithSlogans?: ArticleWithSlogans;
}

export interface CleanControllerOptions {
  fontSize: () => number;
  onFontSize?: (size: number) => void;
}

export function hasArticle(article: Article): boolean {
  return article.paragraphs.length > 0 && !article.warnings.some((w) => w.kind === 'no-article');
}

export class CleanController {
  private cached: Extraction | null = null;
  private cacheWatch: MutationObserver | null = null;
  private reader: ReaderView | null = null;
  private readonly inPlace: InPlaceCleaner;
  private subtrees: SubtreeObserver | null = null;
  private current: CleanMode = 'off';

  constructor(
    private readonly doc: Document,
    private readonly options: CleanControllerOptions,
  ) {
    this.inPlace = new InPlaceCleaner(doc);
  }

  get mode(): CleanMode {
    return this.current;
  }

  /** The reader view's shadow root while it is open. */
  get readerRoot(): ShadowRoot | null {
    return this.reader?.isOpen ? this.reader.root : null;
  }

  /** The page's Article; computed on first use and again only after the page's content changed. */
  extract(): Extraction {
    if (this.cached) return this.cached;
    const size = this.doc.getElementsByTagName('*').length;
    if (size > MAX_PAGE_ELEMENTS) throw new PageTooLargeError(size);
    const { page, elements } = domToPage(this.doc, this.doc.URL, { computedVisibility: true });
    this.cached = { article: extractArticle(page), blocks: page.blocks, elements };
    this.watchForChanges();
    return this.cached;
  }

  /** What the popup shows: the article with its slogans (found on the first request only). */
  articleReply(): PopupArticleReply {
    try {
      const extraction = this.extract();
      extraction.articleWithSlogans ??= withSlogans(extraction.article);
      return { ok: true, article: extraction.articleWithSlogans, state: { clean: this.current, convert: 'off' } };
    } catch (error) {
      return { ok: false, error: failure(error) };
    }
  }

  /** Switch to a mode. Fails without touching the page when there is no article to show. */
  setMode(mode: CleanMode): ArticleReply {
    let extraction: Extraction;
    try {
      extraction = this.extract();
    } catch (error) {
      return { ok: false, error: failure(error) };
    }
    if (mode !== 'off' && !hasArticle(extraction.article)) return { ok: false, error: NO_ARTICLE_MESSAGE };
    if (mode !== this.current) {
      this.teardown();
      try {
        if (mode === 'reader') this.openReader(extraction);
        else if (mode === 'inplace') this.inPlace.hide(elementsToHide(extraction.elements, extraction.article.roles));
        this.current = mode;
        if (mode !== 'off') this.observeNewContent();
      } catch (error) {
        this.teardown();
        return { ok: false, error: `${NO_ARTICLE_MESSAGE} ${String(error)}` };
      }
    }
    return { ok: true, article: extraction.article, state: { clean: this.current, convert: 'off' } };
  }

  /** Rebuild the reader view from the page as it is now (after the page's script was switched), keeping the place. */
  refreshReader(): void {
    if (this.current !== 'reader' || !this.reader) return;
    const position = this.reader.scrollPosition;
    this.cached = null;
    this.teardown();
    const reply = this.setMode('reader');
    if (reply.ok && this.reader) (this.reader as ReaderView).scrollPosition = position;
  }

  private openReader(extraction: Extraction): void {
    this.reader = new ReaderView(this.doc, extraction.article, extraction.blocks, {
      fontSize: this.options.fontSize(),
      onFontSize: this.options.onFontSize,
      onClose: () => {
        if (this.current !== 'reader') return;
        this.reader = null;
        this.teardown();
      },
    });
  }

  /** Undo whatever the current mode did. */
  private teardown(): void {
    this.current = 'off';
    this.subtrees?.disconnect();
    this.subtrees = null;
    const reader = this.reader;
    this.reader = null;
    reader?.close();
    this.inPlace.restore();
  }

  /** Content the page adds while cleaning is on (infinite scroll, lazy bodies): classify the new subtrees only. */
  private observeNewContent(): void {
    this.subtrees = new SubtreeObserver(
      this.doc,
      (roots) => {
        const found = classifySubtrees(this.doc, roots);
        if (this.current === 'inplace') {
          this.inPlace.hide(
            found.flatMap(({ root, extraction }) =>
              elementsToHide(extraction.elements, extraction.article.roles, root),
            ),
          );
        } else if (this.current === 'reader' && this.reader) {
          for (const { extraction } of found) {
            if (hasArticle(extraction.article)) this.reader.append(readerItems(extraction.article, extraction.blocks));
          }
        }
      },
      (node) => this.isOwnNode(node),
    );
  }

  /** Forget the cached Article at the first change to the page's content (not to the marks cleaning leaves). */
  private watchForChanges(): void {
    if (this.cacheWatch || typeof MutationObserver === 'undefined') return;
    this.cacheWatch = new MutationObserver((records) => {
      if (records.every((r) => this.isOwnMutation(r))) return;
      this.cached = null;
      this.cacheWatch?.disconnect();
      this.cacheWatch = null;
    });
    this.cacheWatch.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private isOwnMutation(record: MutationRecord): boolean {
    if (record.type !== 'childList') return false;
    const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    return nodes.length > 0 && nodes.every((node) => this.isOwnNode(node));
  }

  private isOwnNode(node: Node): boolean {
    if (node.nodeType !== 1) return false;
    const element = node as Element;
    return element.localName === READER_HOST_TAG || element.hasAttribute('data-qingdu-style');
  }
}
