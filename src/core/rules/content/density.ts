/**
 * How much a block reads like article text: the measures content scoring is built from. Article paragraphs are
 * long, punctuated like sentences and mostly unlinked; menus, link lists, labels and counters are short, bare or
 * linked. Pure functions over a block's current text and its link density.
 */
import { isSpaceCode } from '../../chars';

/** Sentence punctuation, full- and half-width: what separates prose from labels and menu items. */
const SENTENCE_PUNCTUATION = new Uint8Array(0x10000);
for (const mark of '，。！？；、．,.!?;') SENTENCE_PUNCTUATION[mark.charCodeAt(0)] = 1;

/** Characters (code points) other than whitespace. */
export function visibleLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A low surrogate after a high one is the second half of a character already counted.
    if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) continue;
    }
    if (!isSpaceCode(code)) count++;
  }
  return count;
}

function punctuationCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) count += SENTENCE_PUNCTUATION[text.charCodeAt(i)]!;
  return count;
}

/** Sentence punctuation marks per visible character. */
export function punctuationDensity(text: string): number {
  const length = visibleLength(text);
  return length ? punctuationCount(text) / length : 0;
}

/** A block shorter than this with no sentence punctuation is a label, a headline or a menu item. */
export const LABEL_LENGTH = 50;
/** Unpunctuated short text counts for this share of its length. */
const LABEL_WEIGHT = 0.3;
/** Linked text costs this much per character: link lists between two texts keep them apart. */
const LINK_COST = 3;
/** An unlinked block costs only this share: data tables of short unlinked cells belong to the text. */
const UNLINKED_BLOCK_SHARE = 0.2;
/** Every block costs a little: a run of tiny blocks is navigation, not prose. */
const BLOCK_COST = 5;

/**
 * Text density less link density: positive for prose, negative for menus, link lists and bare labels.
 * Roughly the number of unlinked characters of prose the block adds to an article.
 */
export function contentWeight(text: string, linkDensity: number): number {
  const length = visibleLength(text);
  if (length === 0) return 0;
  let prose = length * (1 - linkDensity);
  if (length < LABEL_LENGTH && punctuationCount(text) === 0) prose *= LABEL_WEIGHT;
  return (
    prose -
    LINK_COST * length * linkDensity -
    BLOCK_COST * (UNLINKED_BLOCK_SHARE + (1 - UNLINKED_BLOCK_SHARE) * Math.min(1, linkDensity * 4))
  );
}
