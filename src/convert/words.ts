/**
 * Where the words of a simplified Chinese text begin and end, from the browser's (ICU's) word segmenter, so that a
 * phrase from the conversion dictionary is used only where it agrees with the words the sentence is made of.
 * Runs where the dictionaries run (the background, the CLI), never in a page.
 */
import { wordSegmenter } from '../core/text/dictionary';

/** Text between these is segmented on its own: no dictionary phrase holds one, and ICU's time grows with the run. */
const CLAUSE_BREAK = /[\s，。！？；：、,.!?;:“”‘’「」『』（）()《》〈〉【】—…·]/;

/** Arabic or Chinese numerals, which ICU leaves apart from the unit after them (27/天后). */
const NUMERAL = /[0-9０-９零〇一二两三四五六七八九十百千万亿几数半]/;
/** Units that close a number: `27天后` is 27天 + 后, not 27 + 天后 (a goddess). */
const UNIT = /[天年月日周岁时秒]/;

function segments(clause: string): Intl.Segments {
  const segmenter = wordSegmenter();
  if (!segmenter) throw new Error('conversion needs Intl.Segmenter, which this browser lacks');
  return segmenter.segment(clause);
}

/** `wordBoundaries(text)[k]`: a word starts or ends at offset `k`. */
export const BOUNDARY = 1;
/** `wordBoundaries(text)[k]`: offset `k` is inside a number with its unit (27天), which no phrase may split. */
export const INSIDE_NUMBER = 2;

/**
 * Word boundaries of `text`: `result[k]` is BOUNDARY when a word starts or ends at offset `k` (0 and `text.length`
 * included). A number and the time unit after it are one word, marked INSIDE_NUMBER between its characters.
 */
export function wordBoundaries(text: string): Uint8Array {
  const boundaries = new Uint8Array(text.length + 1);
  boundaries[0] = BOUNDARY;
  boundaries[text.length] = BOUNDARY;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE_BREAK.test(text[i]!)) continue;
    if (i > start) markClause(text, start, i, boundaries);
    boundaries[i] = BOUNDARY;
    boundaries[i + 1] = BOUNDARY;
    start = i + 1;
  }
  return boundaries;
}

function markClause(text: string, start: number, end: number, boundaries: Uint8Array): void {
  const clause = text.slice(start, end);
  for (const { index } of segments(clause)) boundaries[start + index] = BOUNDARY;
  for (let i = start + 1; i < end; i++) {
    if (boundaries[i] !== BOUNDARY || !UNIT.test(text[i]!)) continue;
    const number = numberBefore(text, i, boundaries);
    if (number < 0) continue;
    boundaries.fill(INSIDE_NUMBER, number + 1, i + 1);
    boundaries[i + 1] = BOUNDARY;
  }
}

/** Where the number ending at `end` starts (27, 三十), or -1 when the word there is no number (茶几). */
function numberBefore(text: string, end: number, boundaries: Uint8Array): number {
  let start = end - 1;
  while (start > 0 && boundaries[start] !== BOUNDARY) start--;
  for (let k = start; k < end; k++) if (!NUMERAL.test(text[k]!)) return -1;
  return start;
}
