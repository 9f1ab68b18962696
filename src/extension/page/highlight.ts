/**
 * Scroll to and highlight a slogan on the live page without touching the page's markup: the match is a Range over
 * the existing text nodes (it may span inline tags), shown with the CSS Custom Highlight API and a constructed
 * stylesheet, or as the selection where that API is missing. Matching ignores whitespace and script (a slogan
 * taken before the page was converted is still found after), because the text is compared in simplified form with
 * the same offsets.
 */
import { NOT_SHOWN_AS_TEXT } from '../../adapters/elements';
import { toSimplifiedSameLength } from '../../core/slogans/simplify';

const HIGHLIGHT_NAME = 'qingdu-slogan';
const STYLE_ID = 'qingdu-highlight-style';
const STYLE_TEXT = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe066; color: #000; }`;

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

function highlightApi(): { registry: HighlightRegistry; Highlight: HighlightConstructor } | null {
  const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  const Highlight = (globalThis as { Highlight?: HighlightConstructor }).Highlight;
  return registry && typeof Highlight === 'function' ? { registry, Highlight } : null;
}

function isDocument(root: Document | ShadowRoot): root is Document {
  return root.nodeType === 9;
}

function documentOf(root: Document | ShadowRoot): Document {
  return isDocument(root) ? root : root.ownerDocument;
}

/** One comparable character per UTF-16 unit: simplified, list separators made alike. */
function comparable(text: string): string {
  return toSimplifiedSameLength(text).replace(/[，,]/g, '、');
}

interface TextIndex {
  /** The visible text, whitespace removed, in comparable form. */
  text: string;
  nodes: Text[];
  /** For each character of `text`: which node and where in it. */
  node: number[];
  offset: number[];
}

function indexText(root: Document | ShadowRoot): TextIndex {
  const doc = documentOf(root);
  const container: Node = isDocument(root) ? (root.body ?? root.documentElement) : root;
  const index: TextIndex = { text: '', nodes: [], node: [], offset: [] };
  if (!container) return index;
  const walker = doc.createTreeWalker(container, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode(node) {
      for (let element = node.parentElement; element && element !== container; element = element.parentElement) {
        if (NOT_SHOWN_AS_TEXT.has(element.localName)) return 2; /* NodeFilter.FILTER_REJECT */
      }
      return 1; /* NodeFilter.FILTER_ACCEPT */
    },
  });
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const value = comparable(text.data);
    const nodeNumber = index.nodes.push(text) - 1;
    for (let i = 0; i < value.length; i++) {
      if (/\s/.test(value[i]!)) continue;
      parts.push(value[i]!);
      index.node.push(nodeNumber);
      index.offset.push(i);
    }
  }
  index.text = parts.join('');
  return index;
}

function rangeAt(doc: Document, index: TextIndex, start: number, length: number): Range {
  const end = start + length - 1;
  const range = doc.createRange();
  range.setStart(index.nodes[index.node[start]!]!, index.offset[start]!);
  range.setEnd(index.nodes[index.node[end]!]!, index.offset[end]! + 1);
  return range;
}

/** Shown on screen, where the browser can tell (a page cleaned in place hides what it removed). */
function visible(range: Range): boolean {
  const element = range.startContainer.parentElement as (Element & { checkVisibility?: () => boolean }) | null;
  return !element?.checkVisibility || element.checkVisibility();
}

/** Roots given the highlight's sheet. */
const styled = new WeakSet<Document | ShadowRoot>();

function addStyle(root: Document | ShadowRoot): void {
  const doc = documentOf(root);
  if (styled.has(root) || doc.getElementById(STYLE_ID)) return;
  const view = doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  const Sheet = view?.CSSStyleSheet;
  // A constructed sheet leaves the page's markup as it was; a <style> element is the fallback.
  if (Sheet && 'replaceSync' in Sheet.prototype && Array.isArray(root.adoptedStyleSheets)) {
    const sheet = new Sheet();
    sheet.replaceSync(STYLE_TEXT);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    styled.add(root);
    return;
  }
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLE_TEXT;
  (isDocument(root) ? (root.head ?? root.documentElement) : root).appendChild(style);
}

/**
 * Find the first visible occurrence of `text` under `root`, scroll it into view and highlight it.
 * Returns false (and changes nothing) when the text is not on the page.
 */
export function highlightText(root: Document | ShadowRoot, text: string): boolean {
  const needle = comparable(text).replace(/\s+/g, '');
  if (!needle) return false;
  const doc = documentOf(root);
  const index = indexText(root);
  let range: Range | null = null;
  for (let at = index.text.indexOf(needle); at !== -1; at = index.text.indexOf(needle, at + 1)) {
    const candidate = rangeAt(doc, index, at, needle.length);
    range ??= candidate;
    if (visible(candidate)) {
      range = candidate;
      break;
    }
  }
  if (!range) return false;

  const api = highlightApi();
  if (api) {
    api.registry.set(HIGHLIGHT_NAME, new api.Highlight(range));
    addStyle(root);
  } else {
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  range.startContainer.parentElement?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  return true;
}
