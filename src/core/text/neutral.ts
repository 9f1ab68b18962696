/**
 * The script-neutral view of a text: the same text with every traditional or variant character written in its
 * simplified form and full-width ASCII written as ASCII, character for character, so every offset still points at
 * the same character of the page's own text. Rules match their patterns — written once, in simplified characters and
 * ASCII punctuation — on this view and read values from the page's text at the same offsets: a traditional page gets
 * every rule a simplified one gets. The character pairs are data (neutral-table.json, built from OpenCC's dictionaries
 * by `npm run build:neutral-table`).
 */
import TABLE from './neutral-table.json';

/** UTF-16 unit → its neutral unit; 0 where the unit stays as it is. Built on first use. */
let table: Uint16Array | null = null;

function buildTable(): Uint16Array {
  const map = new Uint16Array(0x10000);
  const { pairs } = TABLE;
  for (let i = 0; i < pairs.length; i += 2) map[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
  // Full-width ASCII (！ to ～) and the ideographic space.
  for (let code = 0xff01; code <= 0xff5e; code++) map[code] = code - 0xfee0;
  map[0x3000] = 0x20;
  // The vertical bar of the CJK presentation forms separates credits as | does (`文︱张三`).
  map[0xfe31] = 0x7c;
  return map;
}

/** The neutral view of `text`: same length, same offsets; the very same string when nothing changes. */
export function neutral(text: string): string {
  table ??= buildTable();
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Below U+3000 nothing maps: most of a page's units are skipped on this test alone.
    if (code < 0x3000) continue;
    const mapped = table[code]!;
    if (mapped === 0) continue;
    out += text.slice(copied, i) + String.fromCharCode(mapped);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
