/** Plain text (a seed page, a saved .txt) → blocks: one block per non-empty line. */
import type { Block, Page } from '../core/article';

/** Bullets a text rendering puts before list items and flattened `<li>` paragraphs. */
const LEADING_BULLET = /^[•·▪●◦‣∙\-–*]\s+/u;

export function textToPage(text: string, url?: string): Page {
  const blocks: Block[] = [];
  let group = 0;
  let blankSinceLast = false;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = raw.replace(/[\t\u00a0\u3000]/g, ' ');
    if (line.trim() === '') {
      blankSinceLast = true;
      continue;
    }
    if (blankSinceLast && blocks.length > 0) group++;
    blankSinceLast = false;
    const indent = line.length - line.trimStart().length;
    const trimmed = line.trim().replace(/\s+/g, ' ');
    const bullet = LEADING_BULLET.exec(trimmed);
    blocks.push({
      index: blocks.length,
      text: bullet ? trimmed.slice(bullet[0].length) : trimmed,
      tag: 'line',
      heading: 0,
      listItem: bullet !== null,
      linkDensity: 0,
      hints: [],
      group,
      indent,
    });
  }
  return {
    blocks,
    meta: { url, documentTitle: blocks[0]?.text, meta: {}, jsonLd: [] },
  };
}
