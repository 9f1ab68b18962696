/** Keeps a page hidden until its first view shows in the reader's script, so the other script never flashes. */
const HIDE_STYLE_ID = 'qingdu-convert-hide';

/** The page is never kept hidden longer than this, whatever happens to the conversion. */
export const MAX_HIDDEN_MS = 3000;

/**
 * Hide the page, reusing the style when the content script already hid it at document_start. Returns `reveal`;
 * the page is never kept hidden longer than `maxMs`, whatever happens to the conversion.
 */
export function hidePage(doc: Document, maxMs: number): () => void {
  let style = doc.getElementById(HIDE_STYLE_ID);
  if (!style) {
    style = doc.createElement('style');
    style.id = HIDE_STYLE_ID;
    style.textContent = 'html{visibility:hidden!important}';
    (doc.head ?? doc.documentElement).append(style);
  }
  const shown = style;
  const timer = setTimeout(() => shown.remove(), maxMs);
  return () => {
    clearTimeout(timer);
    shown.remove();
  };
}

/** Whether a node is the hiding style: no part of the page's content. */
export function isHidingStyle(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).id === HIDE_STYLE_ID;
}

/**
 * Read the page as it shows once revealed: the hiding style is out while `read` runs, synchronously, so nothing is
 * painted without it.
 */
export function readUnhidden<T>(doc: Document, read: () => T): T {
  const style = doc.getElementById(HIDE_STYLE_ID);
  const parent = style?.parentNode;
  if (!style || !parent) return read();
  const next = style.nextSibling;
  style.remove();
  try {
    return read();
  } finally {
    parent.insertBefore(style, next);
  }
}
