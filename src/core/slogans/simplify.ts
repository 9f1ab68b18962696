/**
 * Traditional → simplified for matching only, keeping every UTF-16 offset: result[i] stands for text[i], so a match
 * found in the simplified form is shown (and highlighted) from the page's own text at the same offsets.
 * Uses opencc-js's t2cn bundle only (Taiwan variants → simplified); the s→t dictionaries are never loaded.
 */
import { Converter } from 'opencc-js/t2cn';

type Convert = (text: string) => string;
let converter: Convert | null = null;

function convert(text: string): string {
  converter ??= Converter({ from: 'tw', to: 'cn' });
  return converter(text);
}

/**
 * Simplified form of `text` with the same length. Phrase-level conversion is kept when it preserves length
 * (the usual case); otherwise each character is converted alone, and a character whose conversion would change
 * the UTF-16 length (a few astral-plane mappings) stays as it was.
 */
export function toSimplifiedSameLength(text: string): string {
  if (!/[\u3000-\uffff]/.test(text)) return text;
  const whole = convert(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const char of text) {
    const converted = convert(char);
    out += converted.length === char.length ? converted : char;
  }
  return out;
}

/** The script-neutral form a slogan is remembered and compared by: simplified, separators, quotes and spaces dropped. */
export function sloganKey(text: string): string {
  return toSimplifiedSameLength(text).replace(/[、，,\s“”「」『』"]/g, '');
}
