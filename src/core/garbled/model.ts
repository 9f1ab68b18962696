/**
 * How surprising each character is in Chinese news text, in bits, from the frequency model built by
 * scripts/build-char-model.ts (char-model.json). Both scripts score alike.
 */
import model from './char-model.json';

/**
 * Characters a GBK or Big5 mis-decode produces and running Chinese text does not. Private-use characters,
 * U+FFFD and stray pinyin letters are junk wherever they sit between Chinese characters; kana, Greek, Cyrillic
 * and box drawing have honest uses there too (`の`, `α粒子`, `第一章│第二章`) and count only beside rare ones.
 */
const STRONG_JUNK =
  /[\uE000-\uF8FF\uFFFD\u0101\u00E1\u01CE\u00E0\u0113\u00E9\u011B\u00E8\u012B\u00ED\u01D0\u00EC\u014D\u00F3\u01D2\u00F2\u016B\u00FA\u01D4\u00F9\u01D6\u01D8\u01DA\u01DC\u00FC\u00EA\u0251\u0144\u0148\u01F9\u0261\u3105-\u3129]/u;
const WEAK_JUNK = /[\u3040-\u30FF\u0370-\u03FF\u0400-\u04FF\u2500-\u257F]/u;
const HAN = /\p{Script=Han}/u;
/** Any junk at all, strong or weak: a quick look at whole texts. */
const ANY_JUNK = new RegExp(`${STRONG_JUNK.source}|${WEAK_JUNK.source}`, 'u');

/** A character the model never saw: one bit above the rarest it saw, three for a Han character outside GB 2312 level 1. */
const UNSEEN = model.maxCost + 2;
const UNSEEN_HAN = model.maxCost + 3;
/** Kana, Cyrillic, box drawing, private-use, U+FFFD… amid Chinese. */
const JUNK_COST = model.maxCost + 6;

/** Cost by BMP code point; UNKNOWN until first asked. Built on first use. */
let costs: Uint8Array | null = null;
const UNKNOWN = 255;

function table(): Uint8Array {
  if (costs) return costs;
  costs = new Uint8Array(0x10000).fill(UNKNOWN);
  for (const [cost, chars] of Object.entries(model.costs as Record<string, string>)) {
    const bits = Number(cost);
    // Characters outside the BMP (two units, both surrogates) have no place in the table.
    for (let i = 0; i < chars.length; i++) {
      const code = chars.charCodeAt(i);
      if (code < 0xd800 || code > 0xdfff) costs[code] = bits;
    }
  }
  return costs;
}

export function isJunk(char: string): boolean {
  return STRONG_JUNK.test(char) || WEAK_JUNK.test(char);
}

/** Whether the text holds junk anywhere. */
export function holdsJunk(text: string): boolean {
  return ANY_JUNK.test(text);
}

/** Junk that signals garbling even with no rare character beside it. */
export function isStrongJunk(char: string): boolean {
  return STRONG_JUNK.test(char);
}

/** isHan by BMP code point: 1 Han, 0 not, 2 not yet asked. Built on first use. */
let han: Uint8Array | null = null;

export function isHan(char: string): boolean {
  return char.length === 1 ? isHanCode(char.charCodeAt(0)) : HAN.test(char);
}

/** isHan by code point. */
export function isHanCode(code: number): boolean {
  if (code >= 0x10000) return HAN.test(String.fromCodePoint(code));
  han ??= new Uint8Array(0x10000).fill(2);
  if (han[code] === 2) han[code] = HAN.test(String.fromCharCode(code)) ? 1 : 0;
  return han[code] === 1;
}

/** Bits of surprise for one character (0 for whitespace). */
export function charCost(char: string): number {
  return codeCost(char.codePointAt(0) ?? 0);
}

/** charCost by code point. */
export function codeCost(code: number): number {
  const costs = table();
  if (code < 0x10000 && costs[code] !== UNKNOWN) return costs[code]!;
  const char = String.fromCodePoint(code);
  const cost = /\s/u.test(char) ? 0 : isJunk(char) ? JUNK_COST : isHan(char) ? UNSEEN_HAN : UNSEEN;
  if (code < 0x10000) costs[code] = cost;
  return cost;
}

/** Traditional → simplified for the pairs below; built on first use. */
let fold: Map<number, number> | null = null;

function folded(code: number): number {
  if (!fold) {
    fold = new Map();
    for (let i = 0; i + 1 < model.fold.length; i += 2) fold.set(model.fold.charCodeAt(i), model.fold.charCodeAt(i + 1));
  }
  return fold.get(code) ?? code;
}

/**
 * Whether two characters in a row are a pair the model has seen often (either script): a binary search of the
 * model's pairs, two UTF-16 units each in code-unit order (every character the model pairs or folds is in the BMP),
 * so nothing is built for it.
 */
export function knownPair(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  const first = a.codePointAt(0)!;
  const second = b.codePointAt(0)!;
  if (first >= 0x10000 || second >= 0x10000) return false;
  const key = folded(first) * 0x10000 + folded(second);
  const pairs = model.bigrams;
  let low = 0;
  let high = pairs.length >> 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    const found = pairs.charCodeAt(2 * middle) * 0x10000 + pairs.charCodeAt(2 * middle + 1);
    if (found === key) return true;
    if (found < key) low = middle + 1;
    else high = middle;
  }
  return false;
}

/** A Han character this rare is worth a second look when others like it sit close by. */
export const RARE_COST = model.maxCost - 1;

/**
 * How plausible `text` is as Chinese prose: minus the mean surprise per character in bits (whitespace ignored).
 * Clean news text scores about −10; a GBK/Big5 mis-decode about −17 or lower. Compare two readings of the same
 * bytes (GBK vs Big5, shifted vs not): the higher score is the likelier one. Empty text scores −Infinity.
 */
export function plausibility(text: string): number {
  let sum = 0;
  let n = 0;
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    sum += charCost(char);
    n++;
  }
  return n === 0 ? -Infinity : -sum / n;
}
