/**
 * The page's script, as the reader chose it: one DomConverter at a time, switched or turned off. Calls are serialised,
 * so rapid switching never leaves two converters on the page.
 */
import { convertPiecesWith, type ConversionEngine } from '../../convert/engine';
import type { ScriptTarget } from '../../convert/targets';
import { detectScript } from '../../core/script';
import { DomConverter } from './convert-dom';

/** How much of the page's text decides which script it is written in. */
const SAMPLE_LENGTH = 4000;

interface PageConversionOptions {
  engine: ConversionEngine;
  /** Runs the converter's writes to the page, so their owner can tell them from the site's (see DomConverter). */
  write?: (apply: () => void) => void;
}

export class PageConversion {
  private current: ScriptTarget | 'off' = 'off';
  private active: DomConverter | null = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly doc: Document,
    private readonly options: PageConversionOptions,
  ) {}

  /** The script the page is shown in, or 'off' when as published. */
  get target(): ScriptTarget | 'off' {
    return this.current;
  }

  /**
   * Convert the page to `next` (from its original text, whatever it shows now), or restore it with 'off'.
   * `onVisible` is called once the part of the page in view shows in the new script.
   */
  set(next: ScriptTarget | 'off', onVisible?: () => void): Promise<void> {
    const run = this.queue.then(() => this.switchTo(next, onVisible));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves once every switch asked for so far has finished. */
  async idle(): Promise<void> {
    for (let seen: Promise<void> | null = null; seen !== this.queue; ) {
      seen = this.queue;
      await seen;
    }
  }

  private async switchTo(next: ScriptTarget | 'off', onVisible?: () => void): Promise<void> {
    if (next === this.current) return;
    const stopping = this.active?.stop();
    this.active = null;
    this.current = next;
    await stopping;
    if (next === 'off') return;
    const from = pageSource(this.doc, next);
    const converter = new DomConverter(this.doc, {
      to: next,
      convert: (blocks) => convertPiecesWith(this.options.engine, blocks, next, from),
      onVisible,
      write: this.options.write,
    });
    this.active = converter;
    try {
      await converter.start();
    } catch (error) {
      await converter.stop();
      if (this.active === converter) {
        this.active = null;
        this.current = 'off';
      }
      throw error;
    }
  }
}

/** The traditional form the page's language tag names: Taiwan, Hong Kong (and Macau), else OpenCC standard. */
export function pageRegion(doc: Document): ScriptTarget {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  return /-(tw)\b|hant-tw/.test(lang) ? 'tw' : /-(hk|mo)\b/.test(lang) ? 'hk' : 'hant';
}

/**
 * What the page is written in. To simplified, text is always read as traditional (a simplified page passes through
 * unchanged), in its regional form when the page says so; to traditional, by what the text looks like.
 */
function pageSource(doc: Document, to: ScriptTarget): ScriptTarget {
  const region = pageRegion(doc);
  if (to === 'hans') return region;
  return detectScript((doc.body?.textContent ?? '').slice(0, SAMPLE_LENGTH)) === 'hans' ? 'hans' : region;
}
