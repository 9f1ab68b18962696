/**
 * The reader view: an overlay in the page, isolated from the site's CSS in a shadow root, built from the article's
 * outline with text nodes only (page text never becomes markup): title, labelled fields, a notice when garbled text
 * was repaired, subheads, paragraphs, and pictures with their captions. Closing removes every node and sheet it added.
 */
import type { Article } from '../../core/article';
import type { OutlineItem } from '../../core/outline';
import type { Choice } from '../../convert/types';
import { READER_FONT_SIZE } from '../page-settings';
import { CHOICE_MARK_STYLE, choiceMarks } from './choice-marks';
import type { ReaderLabels } from './reader-labels';
import { appendMarked, type TextMark } from './text-marks';

export const READER_HOST_TAG = 'qingdu-reader';

interface ReaderOptions {
  fontSize: number;
  /** The view's words, in the reader's language and the article's script. */
  labels: ReaderLabels;
  /** Called after the font size changed by the buttons, to remember it. */
  onFontSize?: (size: number) => void;
  /** Called once the view has closed (button or Esc). */
  onClose?: () => void;
  /** Mark the characters whose form was decided by context (paragraphs that carry choices). */
  markChoices?: boolean;
}

/** Colours as custom properties, so the dark scheme changes every one of them; each pair meets WCAG AA. */
const STYLE = `
:host { all: initial; }
.overlay {
  --bg: #faf8f3; --fg: #1d1d1f; --muted: #5c584f; --line: #d6d1c4; --bar: #faf8f3ee; --notice-bg: #fff4d6;
  --notice-fg: #4d3800; --mark: #8a5a00; --focus: #1a5fd0;
  position: fixed; inset: 0; z-index: 2147483647; overflow-y: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg); color-scheme: light;
  font-family: "PingFang SC", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "PingFang TC",
    "Noto Serif CJK TC", "Source Han Serif TC", "WenQuanYi Zen Hei", "Microsoft YaHei", serif;
}
@media (prefers-color-scheme: dark) {
  .overlay {
    --bg: #1b1b1d; --fg: #e6e3dc; --muted: #b3aea4; --line: #4a4741; --bar: #1b1b1dee; --notice-bg: #3a3220;
    --notice-fg: #f3e2b3; --mark: #f0c36a; --focus: #8ab4f8;
    color-scheme: dark;
  }
}
.toolbar {
  position: sticky; top: 0; display: flex; gap: .5em; justify-content: flex-end; padding: .5em 1em;
  background: var(--bar); border-bottom: 1px solid var(--line); font-size: 14px;
}
.toolbar button {
  font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--line); border-radius: 4px;
  padding: .2em .7em; cursor: pointer;
}
.toolbar button:hover { border-color: var(--muted); }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.overlay:focus { outline: none; }
article { max-width: 38em; margin: 0 auto; padding: 2em 1.25em 4em; line-height: 1.8; }
h1 { font-size: 1.6em; line-height: 1.4; margin: 0 0 .6em; font-weight: 700; }
.subtitle { font-size: 1.15em; line-height: 1.5; margin: -.3em 0 .8em; color: var(--muted); }
h2 { font-size: 1.15em; line-height: 1.5; margin: 1.6em 0 .8em; font-weight: 700; }
.meta { font-size: .85em; color: var(--muted); margin: 0 0 1.6em; display: flex; flex-wrap: wrap; gap: .2em 1.2em; }
p { margin: 0 0 1em; text-indent: 2em; text-align: justify; }
figure { margin: 1.5em 0; text-align: center; }
img { max-width: 100%; height: auto; }
figcaption, p.caption { font-size: .85em; color: var(--muted); text-align: center; text-indent: 0; margin: .4em 0 0; }
.notice {
  font-size: .85em; line-height: 1.6; background: var(--notice-bg); color: var(--notice-fg); padding: .5em .8em;
  border-radius: 4px; margin: 0 0 1.6em;
}
.notice p { text-indent: 0; margin: 0; text-align: left; }
.notice ul { margin: .3em 0 0; padding-left: 1.2em; }
mark.repaired { background: transparent; color: inherit; text-decoration: underline dotted var(--mark) 2px; text-underline-offset: .25em; }
`;

/** What the reader view shows: the article's outline, a converted paragraph with the characters chosen by context. */
export type ReaderItem =
  | Exclude<OutlineItem, { kind: 'paragraph' }>
  | (Extract<OutlineItem, { kind: 'paragraph' }> & { choices?: Choice[] });

/** Characters of context shown around a repaired stretch in the notice. */
const REPAIR_CONTEXT = 8;
/** Repaired stretches the notice quotes; the rest are underlined in the text. */
const REPAIRS_QUOTED = 5;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.appendChild(doc.createTextNode(text));
  return node;
}

/** The date as the article's own language writes it, whatever the interface's: 2020年2月1日 07:55. */
function displayDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const day = `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  return m[4] ? `${day} ${m[4]}:${m[5]}` : day;
}

export class ReaderView {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  private readonly articleNode: HTMLElement;
  private readonly overlay: HTMLElement;
  private readonly scrollLock: CSSStyleSheet | HTMLStyleElement;
  private fontSize: number;
  private closed = false;
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close();
    }
  };

  /** `items`: what to show below the title and fields (the article's outline), in the article's script. */
  constructor(
    private readonly doc: Document,
    article: Article,
    items: readonly ReaderItem[],
    private readonly options: ReaderOptions,
  ) {
    const { labels } = options;
    this.fontSize = clampFontSize(options.fontSize);
    this.host = doc.createElement(READER_HOST_TAG);
    this.root = this.host.attachShadow({ mode: 'open' });

    const style = el(doc, 'style', undefined, STYLE + CHOICE_MARK_STYLE);
    const overlay = (this.overlay = el(doc, 'div', 'overlay'));
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-modal', 'true');
    overlay.tabIndex = -1;
    if (article.title) overlay.setAttribute('aria-label', article.title);

    const toolbar = el(doc, 'div', 'toolbar');
    toolbar.append(
      this.button(labels.smaller, 'A−', () => this.setFontSize(this.fontSize - 2)),
      this.button(labels.larger, 'A+', () => this.setFontSize(this.fontSize + 2)),
      this.button(labels.close, '×', () => this.close()),
    );

    this.articleNode = el(doc, 'article');
    this.articleNode.lang = article.script === 'hant' ? 'zh-Hant' : 'zh-Hans';
    if (article.title) this.articleNode.appendChild(el(doc, 'h1', undefined, article.title));
    if (article.title && article.subtitle) this.articleNode.appendChild(el(doc, 'p', 'subtitle', article.subtitle));
    const meta = el(doc, 'div', 'meta');
    const fields: [string, string | null][] = [
      [labels.date, article.date && displayDate(article.date)],
      [labels.source, article.source],
      [labels.editor, article.editor],
      [labels.author, article.author],
      [labels.reviewer, article.reviewer],
    ];
    for (const [label, value] of fields) {
      if (value) meta.appendChild(el(doc, 'span', undefined, `${label}${labels.colon}${value}`));
    }
    if (meta.childNodes.length > 0) this.articleNode.appendChild(meta);
    const notice = repairNotice(doc, article, items, labels);
    if (notice) this.articleNode.appendChild(notice);
    this.append(items);

    overlay.append(toolbar, this.articleNode);
    this.root.append(style, overlay);
    this.applyFontSize();

    this.scrollLock = lockScroll(doc);
    doc.documentElement.appendChild(this.host);
    doc.addEventListener('keydown', this.onKey, true);
    overlay.focus({ preventScroll: true });
  }

  /** Add items at the end (content the page loaded later). */
  append(items: readonly ReaderItem[]): void {
    const doc = this.doc;
    for (const item of items) {
      if (item.kind === 'heading') this.articleNode.appendChild(el(doc, 'h2', undefined, item.text));
      else if (item.kind === 'paragraph') {
        const paragraph = el(doc, 'p');
        appendMarked(paragraph, item.text, this.marksOf(item));
        this.articleNode.appendChild(paragraph);
      } else if (item.kind === 'caption') this.articleNode.appendChild(el(doc, 'p', 'caption', item.text));
      else {
        const figure = el(doc, 'figure');
        const img = el(doc, 'img');
        img.src = item.image.src;
        img.alt = item.image.alt || item.image.caption || '';
        img.loading = 'lazy';
        figure.appendChild(img);
        if (item.image.caption) figure.appendChild(el(doc, 'figcaption', undefined, item.image.caption));
        this.articleNode.appendChild(figure);
      }
    }
  }

  /** How far the reader has scrolled, to keep the place when the view is rebuilt. */
  get scrollPosition(): number {
    return this.overlay.scrollTop;
  }

  set scrollPosition(top: number) {
    this.overlay.scrollTop = top;
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  get currentFontSize(): number {
    return this.fontSize;
  }

  setFontSize(size: number): void {
    const next = clampFontSize(size);
    if (next === this.fontSize) return;
    this.fontSize = next;
    this.applyFontSize();
    this.options.onFontSize?.(next);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.host.remove();
    unlockScroll(this.doc, this.scrollLock);
    this.options.onClose?.();
  }

  private applyFontSize(): void {
    this.articleNode.style.fontSize = `${this.fontSize}px`;
  }

  private marksOf(item: Extract<ReaderItem, { kind: 'paragraph' }>): TextMark[] {
    const title = this.options.labels.repairedMark;
    const repaired = (item.repairs ?? []).map(
      ({ start, end }): TextMark => ({ start, end, tag: 'mark', className: 'repaired', title }),
    );
    if (!this.options.markChoices || !item.choices?.length) return repaired;
    return [...repaired, ...choiceMarks(item.text, item.choices)];
  }

  private button(label: string, text: string, action: () => void): HTMLButtonElement {
    const button = el(this.doc, 'button', undefined, text);
    button.type = 'button';
    button.title = label;
    // The name holds what the button shows (A−), as speech input expects, when that is more than a sign (×).
    button.setAttribute('aria-label', /[\p{L}\p{N}]/u.test(text) ? `${text} ${label}` : label);
    button.addEventListener('click', action);
    return button;
  }
}

/**
 * A small notice when the page's garbled text was repaired (or could not be): how many places, and the repaired
 * text of the first few, with a little of the sentence around each.
 */
function repairNotice(
  doc: Document,
  article: Article,
  items: readonly OutlineItem[],
  labels: ReaderLabels,
): HTMLElement | null {
  const found = article.warnings.filter((warning) => warning.kind === 'garbled').length;
  if (found === 0) return null;
  const quotes: string[] = [];
  for (const item of items) {
    if (item.kind !== 'paragraph') continue;
    for (const { start, end } of item.repairs ?? []) {
      const before =
        start > REPAIR_CONTEXT ? `…${item.text.slice(start - REPAIR_CONTEXT, start)}` : item.text.slice(0, start);
      const after =
        end + REPAIR_CONTEXT < item.text.length
          ? `${item.text.slice(end, end + REPAIR_CONTEXT)}…`
          : item.text.slice(end);
      quotes.push(`${before}${item.text.slice(start, end)}${after}`);
    }
  }
  const notice = el(doc, 'aside', 'notice');
  notice.setAttribute('role', 'note');
  notice.appendChild(el(doc, 'p', undefined, labels.repairNotice(found, Math.min(quotes.length, found))));
  if (quotes.length > 0) {
    const list = el(doc, 'ul');
    for (const quote of quotes.slice(0, REPAIRS_QUOTED)) list.appendChild(el(doc, 'li', undefined, quote));
    notice.appendChild(list);
  }
  return notice;
}

function clampFontSize(size: number): number {
  const { min, max, default: fallback } = READER_FONT_SIZE;
  return Math.min(max, Math.max(min, Math.round(Number.isFinite(size) ? size : fallback)));
}

const SCROLL_LOCK_CSS = 'html, body { overflow: hidden !important; }';

/** Lock page scrolling without touching the page's own attributes: an adopted sheet where supported. */
function lockScroll(doc: Document): CSSStyleSheet | HTMLStyleElement {
  try {
    const sheet = new (doc.defaultView ?? globalThis).CSSStyleSheet();
    sheet.replaceSync(SCROLL_LOCK_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    const style = doc.createElement('style');
    style.textContent = SCROLL_LOCK_CSS;
    (doc.head ?? doc.documentElement).appendChild(style);
    return style;
  }
}

function unlockScroll(doc: Document, lock: CSSStyleSheet | HTMLStyleElement): void {
  if ('remove' in lock) lock.remove();
  else doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => sheet !== lock);
}
