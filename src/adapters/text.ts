/** Plain text (a seed page, a saved .txt) → blocks: one block per non-empty line. */
import type { Block, Page } from '../core/article';

/** Bullets a text rendering puts before list items and flattened `<li>` paragraphs. */
const LEADING_BULLET = /^[•·▪●◦‣∙\-–*]\s+/u;
/** A wide gap inside a line (two spaces or more, a tab): where a rendering separated two elements. */
const GAP = /[ \t\u00a0\u3000]{2,}|\t/gu;

export function textToPage(text: string, url?: string): Page {
  const blocks: Block[] = [];
  let group = 0;
  let blankSinceLast = false;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    if (raw.trim() === '') {
      blankSinceLast = true;
      continue;
    }
    if (blankSinceLast && blocks.length > 0) group++;
    blankSinceLast = false;
    const line = raw.trim();
    const bullet = LEADING_BULLET.exec(line);
    const content = bullet ? line.slice(bullet[0].length) : line;
    const block: Block = {
      index: blocks.length,
      text: collapse(content),
      tag: 'line',
      heading: 0,
      linkDensity: 0,
      hints: [],
      group,
    };
    const breaks = gapsOf(content);
    if (breaks.length) block.breaks = breaks;
    blocks.push(block);
  }
  return {
    blocks,
    meta: { url, documentTitle: blocks[0]?.text, meta: {}, jsonLd: [] },
  };
}

function collapse(line: string): string {
  return line.replace(/[\t\u00a0\u3000]/g, ' ').replace(/\s+/g, ' ');
}

/** Offsets in the collapsed line where a wide gap stood. */
function gapsOf(line: string): number[] {
  const breaks: number[] = [];
  for (const gap of line.matchAll(GAP)) breaks.push(collapse(line.slice(0, gap.index)).length);
  return breaks;
}
