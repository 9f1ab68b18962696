/**
 * One page's session: how it is cleaned, which script it is shown in, the reader view's font size, and its article —
 * read once per version of the page, converted at most once per script. Every reply carries the state after the
 * request; every change of state, whoever made it, is announced.
 */
import type { Article, ArticleWithSlogans } from '../../core/article';
import { articleMarkdown } from '../../core/markdown';
import type { ConversionEngine } from '../../convert/engine';
import type { ScriptTarget } from '../../convert/targets';
import type { ArticleReply, CleanMode, PageReply, PageState, SlogansReply } from '../protocol';
import type { Translate } from '../ui/i18n';
import { READER_FONT_SIZE, type SiteRule } from '../page-settings';
import { CleanController } from './clean-controller';
import { PageConversion } from './conversion';
import { extractionFailure } from './extraction';
import { highlightText } from './highlight';
import { PageArticle, type ShownArticle } from './page-article';
import { hidePage, MAX_HIDDEN_MS } from './page-hiding';
import { readerLabels } from './reader-labels';

interface PageSessionOptions {
  /** Converts text where the dictionaries are. */
  engine: ConversionEngine;
  /** The extension's interface strings, for the reader view. */
  t: Translate;
  /** The reader view's font size to start with. */
  fontSize?: number;
  /** The reader changed the font size with A−/A+. */
  onFontSize?: (size: number) => void;
  /** The page's state changed. */
  onStateChange?: (state: PageState) => void;
}

export class PageSession {
  private readonly conversion: PageConversion;
  private readonly page: PageArticle;
  private readonly cleaning: CleanController;
  private fontSize: number;
  private markChoices = false;
  private announced: PageState;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly doc: Document,
    private readonly options: PageSessionOptions,
  ) {
    this.fontSize = options.fontSize ?? READER_FONT_SIZE.default;
    this.page = new PageArticle(doc, () => this.conversion.target, options.engine);
    this.conversion = new PageConversion(doc, {
      engine: options.engine,
      write: (apply) => this.page.ownChange(apply),
    });
    this.cleaning = new CleanController(doc, {
      fontSize: () => this.fontSize,
      markChoices: () => this.markChoices,
      labels: (script) => readerLabels(options.t, script),
      onFontSize: (size) => {
        this.fontSize = size;
        options.onFontSize?.(size);
      },
      onClosed: () => this.announce(),
    });
    this.announced = this.state;
  }

  get state(): PageState {
    return { clean: this.cleaning.mode, convert: this.conversion.target };
  }

  setFontSize(size: number): void {
    this.fontSize = size;
  }

  /** Whether the reader view, from its next opening, marks the characters decided by context. */
  setMarkChoices(mark: boolean): void {
    this.markChoices = mark;
  }

  /** The article as the page shows it, with its slogans. */
  article(): Promise<ArticleReply<ArticleWithSlogans>> {
    return this.serially(() => this.articleReply());
  }

  /** The article as the page shows it, without waiting for its slogans. */
  read(): Promise<ArticleReply> {
    return this.serially(async () => {
      const shown = await this.shown();
      return typeof shown === 'string'
        ? { ok: false, error: shown, state: this.state }
        : { ok: true, article: shown.article, state: this.state };
    });
  }

  /** The slogans of the article as the page shows it. */
  slogans(): Promise<SlogansReply> {
    return this.serially(async () => {
      const reply = await this.articleReply();
      return reply.ok
        ? { ok: true, slogans: reply.article.slogans, state: reply.state }
        : { ok: false, error: reply.error, state: reply.state };
    });
  }

  /** The article as the page shows it, as Markdown with front matter. */
  markdown(url: string, accessed: string): Promise<PageReply<'qingdu:markdown'>> {
    return this.serially(async () => {
      const shown = await this.shown();
      if (typeof shown === 'string') return { ok: false, error: shown };
      const { slogans } = this.page.withSlogans(shown);
      return {
        ok: true,
        text: articleMarkdown({ article: shown.article, outline: shown.items, slogans, url, accessed }),
      };
    });
  }

  /**
   * The article as published: what the library keeps. A page read only after it was converted (a script shortcut
   * before anything else asked for the article) gives its text in the script it was read in.
   */
  publishedArticle(): Promise<{ ok: true; article: Article } | { ok: false; error: string }> {
    return this.serially(async () => {
      if (!this.page.isRead) await this.conversion.idle();
      const shown = await this.shownIn('off');
      if (typeof shown === 'string') return { ok: false, error: shown };
      return { ok: true, article: shown.article };
    });
  }

  /** Clean the page in a mode, or put it back with 'off'. A page without an article is left as it is. */
  clean(mode: CleanMode): Promise<ArticleReply> {
    return this.serially(async () => {
      const shown = await this.shown();
      if (typeof shown === 'string') return { ok: false, error: shown, state: this.state };
      const error = this.cleaning.setMode(mode, shown);
      this.announce();
      return error ? { ok: false, error, state: this.state } : { ok: true, article: shown.article, state: this.state };
    });
  }

  /** Show the page in a script, or as published with 'off'; the reader view follows. */
  convert(target: ScriptTarget | 'off'): Promise<ArticleReply<ArticleWithSlogans>> {
    return this.serially(async () => {
      await this.conversion.set(target).finally(() => this.announce());
      await this.followInReader();
      return this.articleReply();
    });
  }

  highlight(text: string): boolean {
    return highlightText(this.cleaning.readerRoot ?? this.doc, text);
  }

  /**
   * Apply a site's rule: convert and clean as it says. A page still loading stays hidden until the part in view shows
   * converted and the cleaning is done.
   */
  async applySiteRule(rule: SiteRule): Promise<void> {
    const reveal = rule.convert ? hidePage(this.doc, MAX_HIDDEN_MS) : () => undefined;
    try {
      if (this.doc.readyState === 'loading')
        await new Promise((done) => this.doc.addEventListener('DOMContentLoaded', done, { once: true }));
      await this.serially(async () => {
        // Read before the page is converted: the article is converted once instead of read again, and the library
        // gets it as published. A page only saved is read later, once the browser is idle.
        const shown = rule.clean || (rule.save && rule.convert) ? this.shownIn(rule.convert ?? 'off') : null;
        const visible = rule.convert ? this.convertOnLoad(rule.convert) : Promise.resolve();
        if (rule.clean && shown) {
          const article = await shown;
          if (typeof article !== 'string') this.cleaning.setMode(rule.clean, article);
          this.announce();
        }
        await visible;
      });
    } finally {
      reveal();
    }
  }

  /** Convert the page as a site rule asks; resolves once the part in view shows converted, or converting failed. */
  private convertOnLoad(target: ScriptTarget): Promise<void> {
    return new Promise((visible) => {
      this.conversion.set(target, visible).then(
        () => this.announce(),
        (error: unknown) => {
          console.warn('Qingdu: the page could not be converted', error);
          this.announce();
          visible();
        },
      );
    });
  }

  /** The article as now shown, or why there is none. Reads the page only once it shows one script throughout. */
  private async shown(): Promise<ShownArticle | string> {
    if (!this.page.isRead) await this.conversion.idle();
    return this.shownIn(this.conversion.target);
  }

  /** The article shown in `target`; the page is read at once when it has not been. */
  private async shownIn(target: ScriptTarget | 'off'): Promise<ShownArticle | string> {
    try {
      return await this.page.shown(target);
    } catch (error) {
      return extractionFailure(error);
    }
  }

  private async articleReply(): Promise<ArticleReply<ArticleWithSlogans>> {
    const shown = await this.shown();
    if (typeof shown === 'string') return { ok: false, error: shown, state: this.state };
    return { ok: true, article: this.page.withSlogans(shown), state: this.state };
  }

  /** An open reader view is rebuilt in the script the page is now shown in. */
  private async followInReader(): Promise<void> {
    if (this.cleaning.mode !== 'reader') return;
    const shown = await this.shown();
    if (typeof shown !== 'string') this.cleaning.refreshReader(shown);
  }

  private announce(): void {
    const state = this.state;
    if (state.clean === this.announced.clean && state.convert === this.announced.convert) return;
    this.announced = state;
    this.options.onStateChange?.(state);
  }

  /** Requests run one after another, so none reads the page while another changes it. */
  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
