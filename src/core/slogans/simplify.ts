/**
 * Traditional → simplified for matching only, keeping every UTF-16 offset: result[i] stands for text[i], so a match
 * found in the simplified form is shown (and highlighted) from the page's own text at the same offsets. Built on the
 * rules' script-neutral view (src/core/text/neutral.ts), character by character, with the page's own punctuation
 * kept: full-width commas and spaces stay as the page wrote them.
 */
import { neutral } from '../text/neutral';

/** Full-width ASCII and the ideographic space, which the neutral view writes as ASCII. */
function isFullWidth(code: number): boolean {
  return (code >= 0xff01 && code <= 0xff5e) || code === 0x3000;
}

/** Simplified form of `text` with the same length. */
export function toSimplifiedSameLength(text: string): string {
  const view = neutral(text);
  if (view === text) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) out += isFullWidth(text.charCodeAt(i)) ? text[i] : view[i];
  return out;
}

/** The script-neutral form a slogan is remembered and compared by: simplified, separators, quotes and spaces dropped. */
export function sloganKey(text: string): string {
  return toSimplifiedSameLength(text).replace(/[、，,\s“”「」『』"]/g, '');
}
