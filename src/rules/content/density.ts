/**
 * How much a block reads like article text: the measures content scoring is built from. Article paragraphs are
 * long, punctuated like sentences and mostly unlinked; menus, link lists, labels and counters are short, bare or
 * linked. Pure functions over a block's current text and its link density.
 */

/** Sentence punctuation, full- and half-width: what separates prose from labels and menu items. */
const SENTENCE_PUNCTUATION = /[，。！？；、,.!?;]/gu;
const VISIBLE = /\S/gu;

export function visibleLength(text: string): number {
  return text.match(VISIBLE)?.length ?? 0;
}

/** Sentence punctuation marks per visible character. */
export function punctuationDensity(text: string): number {
  const length = visibleLength(text);
  return length ? (text.match(SENTENCE_PUNCTUATION)?.length ?? 0) / length : 0;
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
  if (length < LABEL_LENGTH && punctuationDensity(text) === 0) prose *= LABEL_WEIGHT;
  return prose - LINK_COST * length * linkDensity - BLOCK_COST * (UNLINKED_BLOCK_SHARE + (1 - UNLINKED_BLOCK_SHARE) * Math.min(1, linkDensity * 4));
}
