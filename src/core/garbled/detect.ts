/**
 * Finds runs of characters that are implausible together: rare characters, kana, Cyrillic, private-use
 * characters or U+FFFD packed among common Chinese, or a lone `?` between Han characters. That is what text
 * looks like when its bytes were read one byte out of step, or in the wrong encoding.
 */
import { charCost, codeCost, holdsJunk, isHan, isJunk, isStrongJunk, knownPair, RARE_COST } from './model';

/** A suspicious run, in code-point offsets into the text's characters. */
interface SuspectSpan {
  start: number;
  end: number;
  /** Garbled on its own evidence; otherwise only a candidate that counts as garbled if a re-read repairs it. */
  garbled: boolean;
}

/** Rare characters may sit this many ordinary characters apart and still belong to one run. */
const MAX_GAP = 2;
/** This many rare Han characters, at least half the run, are worth trying to re-read. */
const MIN_RARE = 2;
/** A run this long of rare characters this rare is garbled even when no re-read explains it. */
const MIN_RARE_UNEXPLAINED = 6;
const MIN_MEAN_COST_UNEXPLAINED = RARE_COST + 1.5;

const ASCII_LETTER = /^[A-Za-z]$/;
const LATIN = /\p{Script=Latin}/u;
const PRIVATE_USE = /[\uE000-\uF8FF]/u;
/** Punctuation, space or the edge of the text: where a symbol-font glyph (a private-use bullet) sits. */
const SYMBOL_SLOT = /^$|[\s\p{P}\p{S}]/u;
/** Words that make a half-width `?` after them a question mark, not a lost character. */
const QUESTION_WORD = /[吗嗎呢么麼吧嘛啊呀谁誰哪何怎岂豈难難否]/u;
const SPACE = /\s/u;
const CLAUSE_BREAK = /[，。！？；：,.!;:\s“”「」『』]/u;

/**
 * Junk that signals garbling. A private-use character next to punctuation, space or the text's edge is a
 * symbol-font glyph (bullets, separators), not a stray byte.
 */
function junkAt(chars: string[], i: number): boolean {
  const char = chars[i]!;
  if (!isJunk(char)) return false;
  if (!PRIVATE_USE.test(char)) return true;
  return !SYMBOL_SLOT.test(chars[i - 1] ?? '') && !SYMBOL_SLOT.test(chars[i + 1] ?? '');
}

function rareHan(char: string): boolean {
  return isHan(char) && !isJunk(char) && charCost(char) >= RARE_COST;
}

function suspicious(chars: string[], i: number): boolean {
  const char = chars[i]!;
  if (suspectKind(char.codePointAt(0)!) === NOT_SUSPECT) return false;
  if (char === '?') return isHan(chars[i - 1] ?? '') || isHan(chars[i + 1] ?? '');
  if (charCost(char) < RARE_COST) return false;
  return isJunk(char) ? junkAt(chars, i) : isHan(char);
}

/**
 * Per character, whether a question word stands before it in its clause: one pass over the text, where looking back
 * from each `?` would read a long unpunctuated run again for every `?` in it.
 */
function questionWordBefore(chars: string[]): Uint8Array {
  const before = new Uint8Array(chars.length);
  let seen = 0;
  for (let i = 0; i < chars.length; i++) {
    before[i] = seen;
    if (CLAUSE_BREAK.test(chars[i]!)) seen = 0;
    else if (QUESTION_WORD.test(chars[i]!)) seen = 1;
  }
  return before;
}

/** A `?` between two Han characters where no question word before it in its clause makes it a question mark. */
function loneQuestionMark(chars: string[], i: number, questionWordBefore: Uint8Array): boolean {
  return chars[i] === '?' && isHan(chars[i - 1] ?? '') && isHan(chars[i + 1] ?? '') && questionWordBefore[i] === 0;
}

/** `?` then a single letter GBK allows as a trail byte (`?h(市`): a character whose lead byte was lost. */
export function lostLeadChar(chars: string[], i: number): boolean {
  return (
    chars[i] === '?' &&
    isHan(chars[i - 1] ?? '') &&
    ASCII_LETTER.test(chars[i + 1] ?? '') &&
    !LATIN.test(chars[i + 2] ?? '')
  );
}

function neighbour(chars: string[], from: number, step: 1 | -1): string {
  for (let i = from; i >= 0 && i < chars.length; i += step) if (!SPACE.test(chars[i]!)) return chars[i]!;
  return '';
}

const NOT_SUSPECT = 0;
const RARE_HAN = 1;
/** A `?` or a rare junk character: a span may start at it alone. */
const LONE_SUSPECT = 2;
const UNKNOWN_KIND = 3;
/**
 * Per BMP code point, what `suspicious` could make of it; UNKNOWN_KIND until first asked, and always for a high
 * surrogate, so that a UTF-16 unit found here is a whole character.
 */
const kinds = new Uint8Array(0x10000).fill(UNKNOWN_KIND);

function suspectKind(code: number): number {
  if (code < 0x10000 && kinds[code] !== UNKNOWN_KIND) return kinds[code]!;
  const char = String.fromCodePoint(code);
  const rare = codeCost(code) >= RARE_COST;
  const kind = code === 0x3f || (rare && isJunk(char)) ? LONE_SUSPECT : rare && isHan(char) ? RARE_HAN : NOT_SUSPECT;
  if (code < 0xd800 || (code > 0xdbff && code < 0x10000)) kinds[code] = kind;
  return kind;
}

/**
 * Quick look before the real one: could the text hold a suspect span? Every span needs a `?`, a junk character,
 * or two rare Han characters close enough to share a run.
 */
export function mayBeGarbled(text: string): boolean {
  let lastRareHan = -Infinity;
  for (let i = 0, at = 0; i < text.length; i++, at++) {
    let kind = kinds[text.charCodeAt(i)]!;
    if (kind === UNKNOWN_KIND) {
      const code = text.codePointAt(i)!;
      kind = suspectKind(code);
      if (code > 0xffff) i++;
    }
    if (kind === LONE_SUSPECT) return true;
    if (kind === RARE_HAN) {
      if (at - lastRareHan <= MAX_GAP + 1) return true;
      lastRareHan = at;
    }
  }
  return false;
}

/**
 * Whether the text shows the marks garbling leaves, on their own evidence: a `?` where a character stood, junk among
 * Chinese. Rare characters side by side alone are names and literary words as often as not.
 */
export function showsGarbling(text: string): boolean {
  return (text.includes('?') || holdsJunk(text)) && findSuspectSpans([...text]).some((span) => span.garbled);
}

export function findSuspectSpans(chars: string[]): SuspectSpan[] {
  const spans: SuspectSpan[] = [];
  let questionWords: Uint8Array | undefined;
  let i = 0;
  while (i < chars.length) {
    if (!suspicious(chars, i)) {
      i++;
      continue;
    }
    const start = i;
    let end = i + 1;
    let suspects = 1;
    for (let j = end; j < chars.length && j - end <= MAX_GAP; j++) {
      if (SPACE.test(chars[j]!)) break;
      if (suspicious(chars, j)) {
        end = j + 1;
        suspects++;
      }
    }
    // A rare Han character with no other suspect close by: neither dense nor junk, no span.
    if (suspects === 1 && suspectKind(chars[start]!.codePointAt(0)!) === RARE_HAN) {
      i++;
      continue;
    }
    let first = start;
    while (first > 0 && ASCII_LETTER.test(chars[first - 1]!)) first--;
    let last = end;
    while (last < chars.length && ASCII_LETTER.test(chars[last]!)) last++;
    const run = chars.slice(start, end);
    const junk = run.filter((_, k) => junkAt(chars, start + k));
    // A rare character in a pair the model knows is part of a word, no sign of garbling.
    const inPair = (k: number) =>
      knownPair(chars[start + k - 1] ?? '', run[k]!) || knownPair(run[k]!, chars[start + k + 1] ?? '');
    const rare = run.filter((c, k) => rareHan(c) && !inPair(k));
    const hanBothSides = isHan(neighbour(chars, first - 1, -1)) && isHan(neighbour(chars, last, 1));
    const dense = rare.length >= MIN_RARE && suspects * 2 >= run.length;
    const meanRareCost = rare.reduce((sum, c) => sum + charCost(c), 0) / Math.max(1, rare.length);
    const question = run.some(
      (c, k) =>
        c === '?' &&
        (loneQuestionMark(chars, start + k, (questionWords ??= questionWordBefore(chars))) ||
          lostLeadChar(chars, start + k)),
    );
    const garbled =
      (junk.length > 0 && rare.length > 0) ||
      (junk.some(isStrongJunk) && hanBothSides) ||
      question ||
      (dense && rare.length >= MIN_RARE_UNEXPLAINED && meanRareCost >= MIN_MEAN_COST_UNEXPLAINED);
    if (garbled || dense || junk.length > 0) spans.push({ start: first, end: last, garbled });
    i = last;
  }
  return spans;
}
