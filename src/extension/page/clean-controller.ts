/**
 * Cleaning on a live page: show the article in the reader view or hide the boilerplate in place; `off` puts the page
 * back exactly as it was. Content the page adds while cleaning is on is classified on its own and followed.
 */
import type { Script } from '../../core/article';
import { articleOutline } from '../../core/outline';
import type { CleanMode } from '../protocol';
import { hasArticle, NO_ARTICLE_MESSAGE } from './extraction';
import { elementsToHide, InPlaceCleaner } from './hide-in-place';
import { classifySubtrees, SubtreeObserver } from './observe';
import { isOwnNode } from './own-nodes';
import type { ShownArticle } from './page-article';
import type { ReaderLabels } from './reader-labels';
import { ReaderView } from './reader-view';

interface CleanControllerOptions {
  fontSize: () => number;
  /** Whether the reader view marks the characters decided by context. */
  markChoices?: () => boolean;
  /** The reader view's words for an article in `script`. */
  labels: (script: Script) => ReaderLabels;
  onFontSize?: (size: number) => void;
  /** Called when the reader closed the reader view itself (× or Esc). */
  onClosed?: () => void;
}

export class CleanController {
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

  /**
   * Switch to a mode with the page's article as shown. Returns the error, touching nothing, when there is no article
   * to show; switching back to `off` always works.
   */
  setMode(mode: CleanMode, shown: ShownArticle): string | null {
    if (mode !== 'off' && !hasArticle(shown.article)) return NO_ARTICLE_MESSAGE;
    if (mode === this.current) return null;
    this.teardown();
    try {
      if (mode === 'reader') this.openReader(shown);
      else if (mode === 'inplace') this.inPlace.hide(elementsToHide(shown.elements, shown.article.roles));
      this.current = mode;
      if (mode !== 'off') this.observeNewContent();
      return null;
    } catch (error) {
      this.teardown();
      return `${NO_ARTICLE_MESSAGE} ${String(error)}`;
    }
  }

  /** Rebuild an open reader view from the article as now shown (in another script), keeping the place. */
  refreshReader(shown: ShownArticle): void {
    if (this.current !== 'reader' || !this.reader) return;
    const position = this.reader.scrollPosition;
    this.teardown();
    this.setMode('reader', shown);
    if (this.reader) this.reader.scrollPosition = position;
  }

  private openReader(shown: ShownArticle): void {
    this.reader = new ReaderView(this.doc, shown.article, shown.items, {
      fontSize: this.options.fontSize(),
      markChoices: this.options.markChoices?.() ?? false,
      labels: this.options.labels(shown.article.script),
      onFontSize: this.options.onFontSize,
      onClose: () => {
        if (this.current !== 'reader') return;
        this.reader = null;
        this.teardown();
        this.options.onClosed?.();
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
            if (hasArticle(extraction.article))
              this.reader.append(articleOutline(extraction.article, extraction.blocks));
          }
        }
      },
      isOwnNode,
    );
  }
}
