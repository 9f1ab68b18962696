/** What goes on the clipboard: the clean paragraphs followed by the citation, as plain text and as HTML. */
import type { CslItem } from './csl';
import { escapeHtml } from './format';
import { formatCitation, formatCitationHtml, type CitationStyle } from './styles';

export function clipboardFlavours(body: string[], item: CslItem, style: CitationStyle): { text: string; html: string } {
  const paragraphs = body.map((paragraph) => paragraph.trim()).filter(Boolean);
  const text = [...paragraphs, formatCitation(item, style)].join('\n\n');
  const citation = formatCitationHtml(item, style);
  const html = [
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    citation.startsWith('<pre>') ? citation : `<p>${citation}</p>`,
  ].join('\n');
  return { text, html };
}
