/**
 * The reader view: an overlay in the page, isolated from the site's CSS in a shadow root, built from the Article
 * with text nodes only (page text never becomes markup). Closing removes every node and sheet it added.
 */
import type { Article, Block, BlockImage, Role } from '../../core/article';
import type { Choice } from '../../convert/types';
import { READER_FONT_SIZE } from '../page-settings';
import { appendMarked, CHOICE_MARK_STYLE } from './choice-marks';

export const READER_HOST_TAG = 'qingdu-reader';

/** The reader view's own words: Chinese, like the articles it shows. */
const LABELS = {
  date: '日期',
  source: '来源',
  editor: '编辑',
  author: '记者',
  reviewer: '审核',
  close: '关闭',
  smaller: '缩小字号',
  larger: '放大字号',
  warning: '提示',
} as const;

interface ReaderOptions {
  fontSize: number;
  /** Called after the font size changed by the buttons, to remember it. */
  onFontSize?: (size: number) => void;
  /** Called once the view has closed (button or Esc). */
  onClose?: () => void;
  /** Mark the characters whose form was decided by context (paragraphs that carry choices). */
  markChoices?: boolean;
}

const STYLE = `
:host { all: initial; }
.overlay {
  position: fixed; inset: 0; z-index: 2147483647; overflow-y: auto; overscroll-behavior: contain;
  background: #faf8f3; color: #1d1d1f; color-scheme: light;
  font-family: "PingFang SC", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "PingFang TC",
    "Noto Serif CJK TC", "Source Han Serif TC", "WenQuanYi Zen Hei", "Microsoft YaHei", serif;
}
@media (prefers-color-scheme: dark) {
  .overlay { background: #1b1b1d; color: #e6e3dc; color-scheme: dark; }
  .meta, .caption, figcaption, .toolbar button { color: #a9a59c; }
  .toolbar { background: #1b1b1dee; border-color: #333; }
  .toolbar button { border-color: #444; }
  .warning { background: #3a3220; }
}
.toolbar {
  position: sticky; top: 0; display: flex; gap: .5em; justify-content: flex-end; padding: .5em 1em;
  background: #faf8f3ee; border-bottom: 1px solid #e4e0d6; font-size: 14px;
}
.toolbar button {
  font: inherit; color: #5b5850; background: transparent; border: 1px solid #d6d1c4; border-radius: 4px;
  padding: .2em .7em; cursor: pointer;
}
article { max-width: 38em; margin: 0 auto; padding: 2em 1.25em 4em; line-height: 1.8; }
h1 { font-size: 1.6em; line-height: 1.4; margin: 0 0 .6em; font-weight: 700; }
.meta { font-size: .85em; color: #6b675e; margin: 0 0 1.6em; display: flex; flex-wrap: wrap; gap: .2em 1.2em; }
p { margin: 0 0 1em; text-indent: 2em; text-align: justify; }
p.caption { text-indent: 0; }
figure { margin: 1.5em 0; text-align: center; }
img { max-width: 100%; height: auto; }
figcaption, .caption { font-size: .85em; color: #6b675e; text-align: center; }
.warning { font-size: .85em; background: #fff4d6; padding: .5em .8em; border-radius: 4px; margin: 0 0 1.2em; }
`;

/** What the reader view shows, in order: paragraphs and the images and captions that belong to the article. */
export type ReaderItem =
  | { kind: 'paragraph'; text: string; block: number; choices?: Choice[] }
  | { kind: 'caption'; text: string; block: number }
  | { kind: 'image'; image: BlockImage; block: number };

const SHOWN_ROLES: ReadonlySet<Role> = new Set(['body', 'caption']);

/** Paragraphs of the article in order, with images of kept blocks placed before the block's text. */
export function readerItems(article: Article, blocks: readonly Block[]): ReaderItem[] {
  const paragraphs = new Map(article.paragraphs.map((p) => [p.block, p.text]));
  const first = article.paragraphs[0]?.block ?? 0;
  const last = article.paragraphs.at(-1)?.block ?? -1;
  const items: ReaderItem[] = [];
  for (const block of blocks) {
    const role = article.roles[block.index];
    const inArticle = block.index >= first && block.index <= last;
    if (inArticle && role && SHOWN_ROLES.has(role)) {
      for (const image of block.images ?? []) items.push({ kind: 'image', image, block: block.index });
    }
    const text = paragraphs.get(block.index);
    if (text !== undefined) items.push({ kind: 'paragraph', text, block: block.index });
    else if (inArticle && role === 'caption' && block.text)
      items.push({ kind: 'caption', text: block.text, block: block.index });
  }
  return items;
}

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

  /** `items`: what to show below the title and fields (readerItems), in the article's script. */
  constructor(
    private readonly doc: Document,
    article: Article,
    items: readonly ReaderItem[],
    private readonly options: ReaderOptions,
  ) {
    const labels = LABELS;
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
    const meta = el(doc, 'div', 'meta');
    const fields: [string, string | null][] = [
      [labels.date, article.date && displayDate(article.date)],
      [labels.source, article.source],
      [labels.editor, article.editor],
      [labels.author, article.author],
      [labels.reviewer, article.reviewer],
    ];
    for (const [label, value] of fields) if (value) meta.appendChild(el(doc, 'span', undefined, `${label}：${value}`));
    if (meta.childNodes.length > 0) this.articleNode.appendChild(meta);
    for (const warning of article.warnings.filter((w) => w.kind !== 'no-article')) {
      this.articleNode.appendChild(el(doc, 'div', 'warning', `${labels.warning}：${warning.message}`));
    }
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
    for (const item of items) {
      if (item.kind === 'paragraph' && this.options.markChoices && item.choices?.length) {
        const paragraph = el(this.doc, 'p');
        appendMarked(paragraph, item.text, item.choices);
        this.articleNode.appendChild(paragraph);
      } else if (item.kind === 'paragraph') this.articleNode.appendChild(el(this.doc, 'p', undefined, item.text));
      else if (item.kind === 'caption') this.articleNode.appendChild(el(this.doc, 'p', 'caption', item.text));
      else {
        const figure = el(this.doc, 'figure');
        const img = el(this.doc, 'img');
        img.src = item.image.src;
        img.alt = item.image.alt;
        img.loading = 'lazy';
        figure.appendChild(img);
        if (item.image.caption) figure.appendChild(el(this.doc, 'figcaption', undefined, item.image.caption));
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

  private button(label: string, text: string, action: () => void): HTMLButtonElement {
    const button = el(this.doc, 'button', undefined, text);
    button.type = 'button';
    button.title = label;
    button.setAttribute('aria-label', label);
    button.addEventListener('click', action);
    return button;
  }
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
