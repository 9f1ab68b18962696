/**
 * DOM → blocks. One pass over the document in page order: every run of text that sits directly in a block-level
 * element (a <p>, <li>, <td>, a heading, the text between a <div>'s child blocks, the lines between <br>s) becomes
 * one Block. Works on a live browser DOM, happy-dom and linkedom: it uses only firstChild / nextSibling /
 * parentNode, localName, getAttribute and nodeValue.
 *
 * `elements[i]` is the element block i's text sits in. Lines split by <br>, and text runs between a container's
 * child blocks, share their container: several blocks may name the same element, so hide an element only when
 * none of its blocks is kept.
 */
import type { Block, BlockImage, Page, PageMeta } from '../core/article';
import { DECLARED_VARIABLES, type DeclaredVariable, declaresInScripts } from '../core/declared';
import { isSpaceCode } from '../core/chars';
import { INLINE_IN_WALK as INLINE, NOT_SHOWN_AS_TEXT as SKIPPED } from './elements';

export interface DomToPageOptions {
  /**
   * Also skip elements the browser does not render (CSS display:none, visibility:hidden), via
   * Element.checkVisibility where the DOM has it. Only a live page has the layout to answer this.
   */
  computedVisibility?: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * Classes on <html>/<body> (and a CleanEval `<text>` wrapper) describe the whole page (`has-nav-bar`, `sticky`),
 * not the container a block sits in, so they are no hint.
 */
const PAGE_LEVEL = new Set(['html', 'body', 'text']);
/** Landmark elements whose tag says what the container is, like a class would. */
const LANDMARK = new Set(['nav', 'aside']);

const HEADING: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

const WHITESPACE = /\s+/g;
/** Whitespace that is not a lone space: only text holding some needs `WHITESPACE` replaced. */
const NEEDS_COLLAPSE = /[^\S ]| \s/;
const DISPLAY_NONE_STYLE = /(?:^|;)\s*display\s*:\s*none/i;
const VISIBILITY_HIDDEN_STYLE = /(?:^|;)\s*visibility\s*:\s*hidden/i;
/**
 * Text a container hidden only by `visibility` must hold to be read as an article its page's script has not revealed
 * yet (WeChat's `#js_content`): a menu or a dialog kept invisible holds far less.
 */
const PENDING_ARTICLE_CHARACTERS = 100;
/**
 * `visibilityProperty` is the current name of the option, `checkVisibilityCSS` the one older browsers know. Without a
 * prototype, the browser's lookups of the options left out end sooner (about a tenth of the check's cost).
 */
const VISIBILITY_OPTIONS = Object.assign(Object.create(null) as object, {
  visibilityProperty: true,
  checkVisibilityCSS: true,
});
const NO_TOKENS: string[] = [];
const NO_IMAGES: BlockImage[] = [];
const NOT_SPACE = /\S/;
/**
 * Element edges are kept for short blocks with a label's mark or a credit word only: bylines, where values end at them
 * and names part at them (`记者<span>张三</span><span>李四</span>`); and for headings, where a badge may follow the
 * headline in an element of its own (`<h1>标题<span>原创</span></h1>`).
 */
const BREAKS_MAX = 200;
const CREDIT_MARKS = /[:：|｜丨/／]|[记記]者|[来來]源|作者/;

type VisibilityCheckable = Element & { checkVisibility?: (options?: object) => boolean };

interface Frame {
  element: Element;
  /** Nearest block-level frame at or above this one: the owner of text found here (itself, when block-level). */
  owner: Frame;
  parent: Frame | null;
  /** Class, id and role tokens of this element and its ancestors; read only where a block or an image needs them. */
  hints: string[] | null;
  inLink: boolean;
  heading: number;
  /** Inside <b> or <strong>. */
  bold: boolean;
  /** The fields below are an owner's: only a block-level frame's are read. */
  tag: string;
  parentGroup: number;
  selfGroup: number;
  /** Set once the owner's content has been split (a block child or a <br> ended a run). */
  split: boolean;
  run: Run | null;
  /** Whether the page shows this element: unknown until something inside it is read (on a rendered page). */
  shown: boolean | undefined;
  /** An owner's block children not yet known to be shown: the first one that is splits its content. */
  pendingSplits: Frame[] | null;
  /** Elements not yet known to be shown whose whitespace would start the owner's run. */
  pendingSpace: Frame[] | null;
}

interface Run {
  text: string;
  /** Whether any of the text is not whitespace: a run of the spaces between tags is dropped unread. */
  visible: boolean;
  /** Where in the text a part from another element starts. */
  edges: number[] | null;
  lastElement: Element | null;
  /** Visible characters inside links; the run's total is counted only when this is not 0. */
  linked: number;
  /** Visible characters in bold; likewise. */
  bold: number;
  images: BlockImage[] | null;
}

export function domToPage(
  doc: Document,
  url?: string,
  options: DomToPageOptions = {},
): { page: Page; elements: Element[] } {
  const blocks: Block[] = [];
  const elements: Element[] = [];
  const root = (doc.body?.firstChild ? doc.body : doc.documentElement) as Element | null;
  let nextGroup = 0;
  let pendingImages: BlockImage[] = NO_IMAGES;
  const checkVisibility = options.computedVisibility === true;
  /**
   * On a rendered page an element is asked whether it is shown only when something inside it is read: the browser's
   * answer for an element covers its ancestors, so containers are not asked one by one.
   */
  const lazy = checkVisibility && typeof (root as VisibilityCheckable | null)?.checkVisibility === 'function';
  /**
   * Whether the page shows `frame`'s element. When the browser says it does not, the elements not yet asked above it
   * are asked top-down, as a walk that asks every element would, to find the one that hides it. An element a container
   * hidden only by `visibility` shows again (`visibility: visible`) is read, unless hidden text of the container came
   * first and the container was left.
   */
  const shown = (frame: Frame): boolean => {
    if (frame.shown !== undefined) return frame.shown;
    if ((frame.element as VisibilityCheckable).checkVisibility!(VISIBILITY_OPTIONS)) return (frame.shown = true);
    const unknown: Frame[] = [];
    let known: Frame | null = frame;
    for (; known && known.shown === undefined; known = known.parent) unknown.push(known);
    let hidden = known !== null && known.shown === false;
    for (let i = unknown.length - 1; i >= 0; i--) {
      const above = unknown[i]!;
      if (!hidden) hidden = isHidden(above.element, true);
      above.shown = !hidden;
    }
    return !hidden;
  };

  /** Whether the owner's content is split: by a <br> or a block child read, or by a block child the page shows. */
  const isSplit = (owner: Frame): boolean => {
    if (!owner.split && owner.pendingSplits?.some(shown)) owner.split = true;
    owner.pendingSplits = null;
    return owner.split;
  };

  /** Whether the owner has a run, or would have had the whitespace of an element shown started one. */
  const hasRun = (owner: Frame): boolean => owner.run !== null || owner.pendingSpace?.some(shown) === true;

  const emit = (owner: Frame, run: Run, whole: boolean): void => {
    const raw = run.text;
    const text = run.visible ? collapseWhitespace(raw) : '';
    const own = run.images ?? NO_IMAGES;
    const images = !pendingImages.length ? own : own.length ? pendingImages.concat(own) : pendingImages;
    if (!text) {
      if (own.length) pendingImages = images;
      return;
    }
    pendingImages = NO_IMAGES;
    const block: Block = {
      index: blocks.length,
      text,
      tag: owner.tag,
      heading: owner.heading,
      linkDensity: run.linked ? run.linked / countVisible(raw) : 0,
      hints: hintsOf(owner),
      group: whole && !isSplit(owner) ? owner.parentGroup : owner.selfGroup,
    };
    if (run.edges && raw.length <= BREAKS_MAX && (owner.heading > 0 || CREDIT_MARKS.test(raw)))
      block.breaks = breaksOf(raw, run.edges);
    if (run.bold && run.bold === countVisible(raw)) block.bold = true;
    if (images.length) {
      if (owner.tag === 'figcaption') for (const image of images) image.caption ??= text;
      block.images = images;
    }
    blocks.push(block);
    elements.push(owner.element);
  };

  /** Close the owner's current run, if any; `whole` only when nothing else will follow in this owner. */
  const flush = (owner: Frame, whole: boolean): void => {
    const run = owner.run;
    owner.pendingSpace = null;
    if (!run) return;
    owner.run = null;
    emit(owner, run, whole);
  };

  const splitAt = (owner: Frame): void => {
    owner.split = true;
    owner.pendingSplits = null;
    flush(owner, false);
  };

  if (root) {
    const rootFrame = makeFrame(root, null, ++nextGroup);
    rootFrame.shown = true;
    const stack: Frame[] = [rootFrame];
    let node: Node | null = root.firstChild;
    /** Leaves the outermost hidden element being read, unread: what follows it is read next. */
    const skipHidden = (): Node | null => {
      // The frame just found hidden is on the stack: `shown` marks it and the hidden elements above it.
      const at = stack.findIndex((frame) => frame.shown === false);
      for (let i = stack.length - 1; i >= at; i--) {
        const frame = stack[i]!;
        if (frame.owner === frame) {
          frame.run = null;
          frame.pendingSpace = null;
        }
      }
      const element = stack[at]!.element;
      stack.length = at;
      return element.nextSibling;
    };
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      if (node === null) {
        // Leaving frame.element.
        stack.pop();
        if (frame.owner.element === frame.element) flush(frame.owner, true);
        node = frame.element === root ? null : frame.element.nextSibling;
        continue;
      }
      const type = node.nodeType;
      if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
        const data = node.nodeValue ?? '';
        if (data) {
          const owner = frame.owner;
          if (lazy && frame.shown !== true) {
            if (frame.shown === false) {
              node = skipHidden();
              continue;
            }
            if (owner.run?.visible || NOT_SPACE.test(data)) {
              if (!shown(frame)) {
                node = skipHidden();
                continue;
              }
            } else if (!owner.run) {
              // Whitespace alone starts no text; whether it starts a run waits until that matters.
              (owner.pendingSpace ??= []).push(frame);
              node = node.nextSibling;
              continue;
            }
          }
          const run = (owner.run ??= newRun());
          owner.pendingSpace = null;
          if (run.lastElement !== null && run.lastElement !== frame.element) (run.edges ??= []).push(run.text.length);
          run.lastElement = frame.element;
          run.text += data;
          if (!run.visible) run.visible = NOT_SPACE.test(data);
          if (frame.inLink) run.linked += countVisible(data);
          if (frame.bold) run.bold += countVisible(data);
        }
        node = node.nextSibling;
        continue;
      }
      if (type !== ELEMENT_NODE) {
        node = node.nextSibling;
        continue;
      }
      const element = node as Element;
      const tag = element.localName;
      // A headline broken over two lines is one headline: its line break reads as a space.
      if (tag === 'br' && frame.heading > 0) {
        const run = frame.owner.run;
        if (run?.visible && lazy && !shown(frame)) {
          node = skipHidden();
          continue;
        }
        if (run) run.text += ' ';
        node = element.nextSibling;
        continue;
      }
      if (tag === 'br' || tag === 'hr') {
        const owner = frame.owner;
        if (hasRun(owner)) {
          if (lazy && !shown(frame)) {
            node = skipHidden();
            continue;
          }
          splitAt(owner);
        }
        node = element.nextSibling;
        continue;
      }
      if (tag === 'img') {
        const image = imageOf(element, hintsOf(frame));
        if (image) {
          if (lazy && !shown(frame)) {
            node = skipHidden();
            continue;
          }
          ((frame.owner.run ??= newRun()).images ??= []).push(image);
        }
        node = element.nextSibling;
        continue;
      }
      if (SKIPPED.has(tag) || (!lazy && isHidden(element, checkVisibility))) {
        node = element.nextSibling;
        continue;
      }
      const inline = INLINE.has(tag);
      let pendingSplit = false;
      let childShown = lazy ? undefined : true;
      if (!inline) {
        const owner = frame.owner;
        const run = owner.run;
        if (!lazy) {
          if (run) splitAt(owner);
          else owner.split = true;
        } else if (run && (run.visible || run.images)) {
          // The text so far ends here if the page shows this child.
          if (!shown(frame)) {
            node = skipHidden();
            continue;
          }
          if (isHidden(element, true)) {
            node = element.nextSibling;
            continue;
          }
          childShown = true;
          splitAt(owner);
        } else pendingSplit = !owner.split;
      }
      const child = makeFrame(element, inline ? frame : null, ++nextGroup, frame);
      child.shown = childShown;
      if (pendingSplit) (frame.owner.pendingSplits ??= []).push(child);
      stack.push(child);
      node = element.firstChild;
    }
    // Text after the last element at the root level.
    flush(rootFrame.owner, true);
  }

  return { page: { blocks, meta: readMeta(doc, url) }, elements };
}

function makeFrame(element: Element, inlineParent: Frame | null, selfGroup: number, parent?: Frame): Frame {
  const tag = element.localName;
  const heading = HEADING[tag] ?? (parent ? parent.heading : 0);
  const inLink = tag === 'a' ? element.hasAttribute('href') || (parent?.inLink ?? false) : (parent?.inLink ?? false);
  const bold = tag === 'b' || tag === 'strong' || (parent?.bold ?? false);
  const frame: Frame = {
    element,
    owner: null as unknown as Frame,
    parent: parent ?? null,
    hints: null,
    inLink,
    heading,
    bold,
    tag,
    parentGroup: parent ? parent.owner.selfGroup : 0,
    selfGroup,
    split: false,
    run: null,
    shown: undefined,
    pendingSplits: null,
    pendingSpace: null,
  };
  // A block-level frame owns its text; an inline one passes it to its owner.
  frame.owner = inlineParent ? inlineParent.owner : frame;
  return frame;
}

/** The hints of `frame`, and of each frame above it not yet asked: found top-down, without a call per level. */
function hintsOf(frame: Frame): string[] {
  if (frame.hints) return frame.hints;
  const unknown: Frame[] = [];
  let known: Frame | null = frame;
  for (; known && !known.hints; known = known.parent) unknown.push(known);
  let inherited = known?.hints ?? NO_TOKENS;
  for (let i = unknown.length - 1; i >= 0; i--) {
    const below = unknown[i]!;
    const tag = below.element.localName;
    const own = PAGE_LEVEL.has(tag) ? NO_TOKENS : hintTokens(below.element, tag);
    below.hints = own.length ? dedupe(inherited, own) : inherited;
    inherited = below.hints;
  }
  return inherited;
}

function newRun(): Run {
  return { text: '', visible: false, edges: null, lastElement: null, linked: 0, bold: 0, images: null };
}

/**
 * Where elements meet in a block's text, as offsets into the collapsed text: the collapsed length of the raw text
 * before each edge (whitespace at an edge collapses the same way whether or not the text goes on).
 */
function breaksOf(raw: string, edges: readonly number[]): number[] {
  const breaks: number[] = [];
  for (const edge of edges) {
    const at = collapseWhitespace(raw.slice(0, edge)).length;
    if (at > 0 && breaks.at(-1) !== at) breaks.push(at);
  }
  return breaks;
}

function hintTokens(element: Element, tag: string): string[] {
  if (!element.hasAttributes()) return LANDMARK.has(tag) ? [tag] : NO_TOKENS;
  const tokens: string[] = LANDMARK.has(tag) ? [tag] : [];
  const className = element.getAttribute('class');
  if (className) for (const token of className.toLowerCase().split(/\s+/)) if (token) tokens.push(token);
  const id = element.getAttribute('id');
  if (id && !id.includes('/')) tokens.push(id.trim().toLowerCase());
  const role = element.getAttribute('role');
  if (role) tokens.push(role.trim().toLowerCase());
  return tokens;
}

function dedupe(inherited: string[], own: string[]): string[] {
  const out = inherited.slice();
  for (const token of own) if (token && !out.includes(token)) out.push(token);
  return out;
}

/** Whitespace as a CJK layout shows it: line breaks between CJK characters vanish, other runs become one space. */
export function collapseWhitespace(raw: string): string {
  // Trimmed first: the spaces of the markup's indentation around a run are most of what there is to collapse.
  const trimmed = raw.trim();
  const text = trimmed.includes('\n') ? joinCjkLines(trimmed) : trimmed;
  return NEEDS_COLLAPSE.test(text) ? text.replace(WHITESPACE, ' ') : text;
}

/** The CJK characters and punctuation a line break between two of them vanishes beside. */
function isCjk(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x3000 && code <= 0x303f)
  );
}

/** Space a line may end with: space, tab, CR, form feed, ideographic space. */
function isLineEndSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0c || code === 0x3000;
}

/**
 * Drops each whitespace run holding a line break that sits between two CJK characters (a run that ends in
 * ideographic spaces keeps them when what follows is not CJK). Equivalent to replacing
 * `/([CJK])[ \t\r\f\u3000]*\n\s*(?=[CJK])/g` with `$1`, in one pass over the line breaks.
 */
export function joinCjkLines(text: string): string {
  let out = '';
  let copied = 0;
  let scanned = 0;
  for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', Math.max(newline + 1, scanned))) {
    let runStart = newline;
    while (runStart > scanned && isLineEndSpace(text.charCodeAt(runStart - 1))) runStart--;
    // The leftmost CJK character the run may hang on: the one before it, else an ideographic space in it.
    let anchor = -1;
    if (runStart > scanned && isCjk(text.charCodeAt(runStart - 1))) anchor = runStart - 1;
    else for (let i = runStart; i < newline && anchor === -1; i++) if (text.charCodeAt(i) === 0x3000) anchor = i;
    if (anchor === -1) continue;
    let end = newline + 1;
    while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
    if (end >= text.length || !isCjk(text.charCodeAt(end))) {
      // Only an ideographic space inside the run can still follow the break as a CJK character.
      let last = end - 1;
      while (last > newline && text.charCodeAt(last) !== 0x3000) last--;
      if (last === newline) continue;
      end = last;
    }
    out += text.slice(copied, anchor + 1);
    copied = end;
    scanned = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function countVisible(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code !== 0xa0 && code !== 0x3000) count++;
  }
  return count;
}

/**
 * Hidden as the page is rendered. `display: none` and the `hidden` attribute hide for good; an element hidden only by
 * `visibility: hidden` is read when it holds an article's worth of text, since pages hide their article that way
 * until a script has run (a saved page never runs it). Inside such a container, the visibility its children inherit
 * hides nothing more.
 */
function isHidden(element: Element, computed: boolean): boolean {
  // A rendered page's own answer covers the `hidden` attribute and the styles; other DOMs are read from the markup.
  if (computed && typeof (element as VisibilityCheckable).checkVisibility === 'function') {
    if ((element as VisibilityCheckable).checkVisibility!(VISIBILITY_OPTIONS)) return false;
    const view = element.ownerDocument.defaultView;
    const style = view?.getComputedStyle(element);
    if (!style || style.display === 'none' || style.visibility !== 'hidden') return true;
    const parent = element.parentElement;
    if (parent && view!.getComputedStyle(parent).visibility === 'hidden') return false;
    return !holdsPendingArticle(element);
  }
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  if (style === null) return false;
  if (DISPLAY_NONE_STYLE.test(style)) return true;
  return VISIBILITY_HIDDEN_STYLE.test(style) && !holdsPendingArticle(element);
}

function holdsPendingArticle(element: Element): boolean {
  return countVisible(element.textContent ?? '') >= PENDING_ARTICLE_CHARACTERS;
}

/** Where lazy-loading pages keep an image's address until a script moves it into `src`. */
const IMAGE_SOURCES = ['src', 'data-src', 'data-original'];

function imageSource(element: Element): string | null {
  for (const name of IMAGE_SOURCES) {
    const src = element.getAttribute(name);
    // A short data: URL is the placeholder a lazy loader shows until it swaps in the image.
    if (src && !(src.startsWith('data:') && src.length < 200)) return src;
  }
  return null;
}

function imageOf(element: Element, containerHints: string[]): BlockImage | null {
  const src = imageSource(element);
  if (!src) return null;
  const image: BlockImage = { src, alt: (element.getAttribute('alt') ?? '').trim() };
  // A live page knows the size of a picture it has loaded; saved pages only what the markup says.
  const loaded = element as Element & { naturalWidth?: number; naturalHeight?: number };
  const width = pixels(element.getAttribute('width')) ?? (loaded.naturalWidth || undefined);
  const height = pixels(element.getAttribute('height')) ?? (loaded.naturalHeight || undefined);
  if (width !== undefined) image.width = width;
  if (height !== undefined) image.height = height;
  const own = hintTokens(element, 'img');
  const hints = own.length ? dedupe(containerHints, own) : containerHints;
  if (hints.length) image.hints = hints;
  return image;
}

/** A size attribute in pixels (`120`, `120px`); undefined for percentages and nonsense. */
function pixels(value: string | null): number | undefined {
  const match = value ? /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value) : null;
  return match ? Number(match[1]) : undefined;
}

/** <meta> (lower-cased keys, first value wins), JSON-LD, values inline scripts declare, <title>, the root's lang. */
export function readMeta(doc: Document, url?: string): PageMeta {
  const meta: Record<string, string> = {};
  const jsonLd: unknown[] = [];
  const declared: Partial<Record<DeclaredVariable, string>> = {};
  const scripts: Element[] = [];
  // One query for all: every querySelectorAll walks the whole document in linkedom and happy-dom.
  for (const element of Array.from(doc.querySelectorAll('meta, script'))) {
    if (element.localName === 'script') {
      const type = (element.getAttribute('type') ?? '').trim().toLowerCase();
      if (type === 'application/ld+json') {
        try {
          collectJsonLd(JSON.parse(element.textContent ?? ''), jsonLd);
        } catch {
          // A malformed JSON-LD block is ignored, as browsers and search engines do.
        }
      } else if (SCRIPT_TYPES.has(type) && !element.hasAttribute('src')) {
        scripts.push(element);
      }
      continue;
    }
    const key =
      element.getAttribute('name') ??
      element.getAttribute('property') ??
      element.getAttribute('itemprop') ??
      element.getAttribute('http-equiv');
    const content = element.getAttribute('content');
    if (!key || content == null) continue;
    const name = key.trim().toLowerCase();
    if (name && !(name in meta)) meta[name] = content.trim();
  }
  const pageUrl = url ?? wrapperUrl(doc) ?? documentUrl(doc);
  // Script values are read only on the sites whose rules read them: most pages' scripts are large and say nothing.
  if (declaresInScripts(pageUrl) || declaresInScripts(meta['og:url'])) {
    for (const script of scripts) collectDeclared(script.textContent ?? '', declared);
  }
  const result: PageMeta = { meta, jsonLd };
  if (Object.keys(declared).length) result.declared = declared;
  const title = (doc.title || doc.querySelector('title')?.textContent || '').replace(WHITESPACE, ' ').trim();
  if (title) result.documentTitle = title;
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').trim();
  if (lang) result.lang = lang;
  if (pageUrl) result.url = pageUrl;
  return result;
}

/** `type` values of scripts a browser runs as JavaScript. */
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);
/**
 * What follows `var|let|const NAME`: `= "…"` (or '…', or a number), also when the literal is the first argument of a
 * call such as WeChat's `htmlDecode("…")`. Matched only where a declaration of a variable rules read starts.
 */
const DECLARED_VALUE =
  /\s*=\s*(?:[A-Za-z_$][\w$.]*\(\s*)?(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|(-?\d+(?:\.\d+)?)(?![\w.]))/y;
const DECLARING_WORD = /(?:^|[^\w$])(?:var|let|const)\s+$/;
const IDENTIFIER_UNIT = /[\w$]/;
/** Longer literals are data (templates, encoded images), not a value a page declares about itself. */
const MAX_DECLARED_LENGTH = 1000;

/** The declarations of DECLARED_VARIABLES in a script, found by name (a fast search) and then read in place. */
function collectDeclared(script: string, out: Partial<Record<DeclaredVariable, string>>): void {
  for (const name of DECLARED_VARIABLES) {
    if (name in out) continue;
    for (let at = script.indexOf(name); at !== -1; at = script.indexOf(name, at + name.length)) {
      const end = at + name.length;
      // Cheapest first: a declared name follows a space and ends where an identifier ends.
      if (!isSpaceCode(script.charCodeAt(at - 1)) || IDENTIFIER_UNIT.test(script[end] ?? '')) continue;
      if (!DECLARING_WORD.test(script.slice(Math.max(0, at - 8), at))) continue;
      DECLARED_VALUE.lastIndex = end;
      const match = DECLARED_VALUE.exec(script);
      if (!match) continue;
      const literal = match[1] ?? match[2];
      const value = literal !== undefined ? unescapeJs(literal) : match[3]!;
      if (value.length <= MAX_DECLARED_LENGTH) out[name] = value.trim();
      break;
    }
  }
}

const JS_ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]{1,6})\}|(.))/gs;
const SINGLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

function unescapeJs(literal: string): string {
  if (!literal.includes('\\')) return literal;
  return literal.replace(JS_ESCAPE, (sequence, hex?: string, unit?: string, point?: string, char?: string) => {
    const code = hex ?? unit ?? point;
    if (code === undefined) return SINGLE_ESCAPES[char!] ?? char!;
    const value = Number.parseInt(code, 16);
    return value <= 0x10ffff ? String.fromCodePoint(value) : sequence;
  });
}

function collectJsonLd(value: unknown, out: unknown[]): void {
  if (Array.isArray(value)) for (const item of value) collectJsonLd(item, out);
  else if (value && typeof value === 'object') {
    out.push(value);
    const graph = (value as { '@graph'?: unknown })['@graph'];
    if (Array.isArray(graph)) for (const item of graph) collectJsonLd(item, out);
  }
}

/** CleanEval-style archives wrap each page in `<text id=URL title=… encoding=…>`. */
function wrapperUrl(doc: Document): string | undefined {
  const wrapper = doc.querySelector('text[id]');
  const id = wrapper?.getAttribute('id')?.trim();
  return id && /^(?:https?:)?\/\/|^www\./i.test(id) ? id : undefined;
}

function documentUrl(doc: Document): string | undefined {
  const url = (doc as Document & { URL?: string }).URL;
  return url && /^https?:/i.test(url) ? url : undefined;
}
