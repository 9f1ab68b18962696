/**
 * The page's article: extracted once per version of the page's content, and converted at most once per script it is
 * shown in. What Qingdu writes to the page itself — cleaning's marks, the converter's text — is no change to the
 * content, so switching scripts reuses the article of the page as published.
 */
import type { Article, ArticleWithSlogans } from '../../core/article';
import { articleOutline, type OutlineItem } from '../../core/outline';
import { withSlogans } from '../../core/slogans';
import { mayConvert } from '../../convert/convertible';
import { convertBlocksWith, type ConversionEngine } from '../../convert/engine';
import type { ScriptTarget } from '../../convert/targets';
import type { Choice } from '../../convert/types';
import { pageRegion } from './conversion';
import { type Extraction, extractPage } from './extraction';
import { isOwnNode } from './own-nodes';
import { readUnhidden } from './page-hiding';
import type { ReaderItem } from './reader-view';

/** The article as the page shows it, in one script. */
export interface ShownArticle {
  article: Article;
  /** What the reader view shows (the article's outline), in the same script. */
  items: ReaderItem[];
  /** The element each block's text sits in, by block index (in-place cleaning hides by them). */
  elements: readonly Element[];
}

interface Cached {
  extraction: Extraction;
  /** The script the page was shown in when it was read: its text is in that script. */
  readIn: ScriptTarget | 'off';
  shown: Map<ScriptTarget | 'off', Promise<ShownArticle>>;
}

export class PageArticle {
  private cached: Cached | null = null;
  private watch: MutationObserver | null = null;
  private readonly slogans = new WeakMap<ShownArticle, ArticleWithSlogans>();

  /**
   * `shownIn`: the script the page is shown in now. `engine` converts where the dictionaries are.
   */
  constructor(
    private readonly doc: Document,
    private readonly shownIn: () => ScriptTarget | 'off',
    private readonly engine: ConversionEngine,
  ) {}

  /** Whether the article of the page as it is now is at hand, without reading the page. */
  get isRead(): boolean {
    return this.current() !== null;
  }

  /**
   * The page's extraction: read on first use and again only after the page's content changed, or after the page was
   * switched away from the script it was read in. Throws PageTooLargeError.
   */
  extraction(): Extraction {
    return this.read().extraction;
  }

  /** The article as shown in `target`: converted on the first request for that script, the same copy after. */
  shown(target: ScriptTarget | 'off'): Promise<ShownArticle> {
    const cached = this.read();
    let shown = cached.shown.get(target);
    if (!shown) {
      shown = this.convert(cached, target);
      cached.shown.set(target, shown);
      shown.catch(() => cached.shown.delete(target));
    }
    return shown;
  }

  /** The shown article with its slogans, found in its own text on the first request. */
  withSlogans(shown: ShownArticle): ArticleWithSlogans {
    let article = this.slogans.get(shown);
    if (!article) {
      article = withSlogans(shown.article);
      this.slogans.set(shown, article);
    }
    return article;
  }

  /** Make a change to the page that is no change to its content (the converter's writes); `apply` runs now. */
  ownChange(apply: () => void): void {
    this.noteChanges(this.watch?.takeRecords() ?? []);
    apply();
    this.watch?.takeRecords();
  }

  private current(): Cached | null {
    const cached = this.cached;
    if (cached && cached.readIn !== 'off' && cached.readIn !== this.shownIn()) this.forget();
    return this.cached;
  }

  private read(): Cached {
    const current = this.current();
    if (current) return current;
    const cached: Cached = {
      // A page kept hidden until it shows converted is read as it will show.
      extraction: readUnhidden(this.doc, () => extractPage(this.doc)),
      readIn: this.shownIn(),
      shown: new Map(),
    };
    this.cached = cached;
    this.watchForChanges();
    return cached;
  }

  private async convert(cached: Cached, target: ScriptTarget | 'off'): Promise<ShownArticle> {
    const { article, blocks, elements } = cached.extraction;
    const items = articleOutline(article, blocks);
    const from = cached.readIn !== 'off' ? cached.readIn : sourceOf(article, this.doc);
    const to = target === 'off' ? from : target;
    if (to === from) return { article, items, elements };

    const texts = [
      ...[article.title, article.source, article.editor, article.author, article.reviewer, article.site],
      ...article.paragraphs.map((p) => p.text),
      ...items.flatMap((item) => (item.kind === 'image' ? [item.image.alt, item.image.caption] : [item.text])),
    ].filter((text): text is string => !!text && mayConvert(text));
    const unique = [...new Set(texts)];
    const converted = await convertBlocksWith(
      this.engine,
      unique.map((text) => [text]),
      to,
      from,
    );
    const table = new Map(unique.map((text, i) => [text, converted[i]?.pieces[0] ?? text]));
    const choices = new Map(unique.map((text, i) => [text, converted[i]?.choices ?? []]));
    const shown = <T extends string | null | undefined>(text: T): T => (text ? (table.get(text) ?? text) : text) as T;
    return {
      article: {
        ...article,
        script: to === 'hans' ? 'hans' : 'hant',
        title: shown(article.title),
        source: shown(article.source),
        editor: shown(article.editor),
        author: shown(article.author),
        reviewer: shown(article.reviewer),
        site: shown(article.site),
        paragraphs: article.paragraphs.map((p) => ({ ...p, text: shown(p.text) })),
      },
      items: items.map((item) => convertedItem(item, shown, choices)),
      elements,
    };
  }

  private forget(): void {
    this.cached = null;
    this.watch?.disconnect();
    this.watch = null;
  }

  /** Forget the article at the first change to the page's content. */
  private watchForChanges(): void {
    if (this.watch || typeof MutationObserver === 'undefined') return;
    this.watch = new MutationObserver((records) => this.noteChanges(records));
    this.watch.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  private noteChanges(records: MutationRecord[]): void {
    if (records.some((record) => !isOwnMutation(record))) this.forget();
  }
}

/** An outline item in another script; repaired stretches stay marked where the conversion kept every offset. */
/** An outline item in the shown script; a paragraph also carries the characters its conversion chose by context. */
function convertedItem(
  item: OutlineItem,
  shown: <T extends string | undefined>(text: T) => T,
  choices: ReadonlyMap<string, Choice[]>,
): ReaderItem {
  if (item.kind === 'image') {
    return { ...item, image: { ...item.image, alt: shown(item.image.alt), caption: shown(item.image.caption) } };
  }
  const text = shown(item.text);
  if (item.kind !== 'paragraph') return { ...item, text };
  const { repairs, ...rest } = item;
  // Repairs point into the text by offset; they stay only where the conversion kept every offset.
  const kept = repairs && text.length === item.text.length ? { repairs } : {};
  return { ...rest, ...kept, text, choices: choices.get(item.text) ?? [] };
}

function isOwnMutation(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every(isOwnNode);
}

/**
 * The script an article read from the page as published is written in: simplified, or traditional in the form the
 * page's language tag names.
 */
function sourceOf(article: Article, doc: Document): ScriptTarget {
  return article.script === 'hans' ? 'hans' : pageRegion(doc);
}
