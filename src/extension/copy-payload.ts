/** What "copy with citation" puts on the clipboard: the body (article or selection), then its citation. */
import type { Article } from '../core/article';
import { articleToCsl, clipboardFlavours, type CitationStyle } from '../core/cite/index';

export interface ClipboardPayload {
  text: string;
  html: string;
}

/** A selection's paragraphs: one per non-blank line, trimmed. */
function selectionParagraphs(selection: string): string[] {
  return selection
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Both clipboard flavours for an article already in the shown script. With `selection`, the body is the
 * selection instead of the whole article; the citation is the same.
 */
export function citationPayload(
  article: Article,
  opts: { url: string; accessed: Date; style: CitationStyle; selection?: string },
): ClipboardPayload {
  const item = articleToCsl(article, { url: opts.url, accessed: opts.accessed });
  const body = opts.selection != null ? selectionParagraphs(opts.selection) : article.paragraphs.map((p) => p.text);
  return clipboardFlavours(body, item, opts.style);
}
