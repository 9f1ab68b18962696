/**
 * Well-known formulations from the lexicon, written with any separator, each with its gloss when the page is about
 * what the gloss speaks of.
 */
import type { LexiconEntry } from '../lexicon';
import { type Candidate, flexiblePattern } from '../candidate';
import type { Topic } from '../topics';

/** An entry's pattern, and the items of each of its forms: a page matching the pattern holds all items of one form. */
interface LexiconMatcher {
  pattern: RegExp;
  forms: string[][];
}

const lexiconMatchers = new WeakMap<readonly LexiconEntry[], LexiconMatcher[]>();

/** Bits of the bigram filter: with a long page's 20,000 bigrams, about one absent bigram in fourteen looks present. */
const BIGRAM_BITS = 1 << 18;

function bigramBit(text: string, at: number): number {
  return (Math.imul(text.charCodeAt(at), 0x9e3779b1) ^ text.charCodeAt(at + 1)) & (BIGRAM_BITS - 1);
}

/** Which bigrams (two UTF-16 units) `text` may hold: never a false no, sometimes a false yes. */
function bigramFilter(text: string): Uint32Array {
  const bits = new Uint32Array(BIGRAM_BITS / 32);
  for (let at = 0; at + 1 < text.length; at++) {
    const bit = bigramBit(text, at);
    bits[bit >>> 5]! |= 1 << (bit & 31);
  }
  return bits;
}

function mayHold(bits: Uint32Array, item: string): boolean {
  for (let at = 0; at + 1 < item.length; at++) {
    const bit = bigramBit(item, at);
    if ((bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

/** The gloss a reader sees: what the formulation means, from when, and where it comes from. */
function gloss(entry: LexiconEntry): { zh: string; en: string } {
  return {
    zh: `${entry.zh.replace(/。$/, '')}（${entry.since}年，${entry.source}）。`,
    en: `${entry.en.replace(/\.$/, '')} (${entry.since}).`,
  };
}

/** Lexicon matches in `all` (the page's simplified text); `topics`: what the page is about. */
export function lexiconCandidates(
  all: string,
  lexicon: readonly LexiconEntry[],
  topics: ReadonlySet<Topic> = new Set(),
): Candidate[] {
  let matchers = lexiconMatchers.get(lexicon);
  if (!matchers) {
    matchers = lexicon.map((entry) => {
      const forms = [entry.text, ...(entry.aliases ?? [])];
      return { pattern: flexiblePattern(forms), forms: forms.map((form) => form.split(/[、，,]\s*/)) };
    });
    lexiconMatchers.set(lexicon, matchers);
  }
  // One pass over the page rules out most entries, instead of one search of the page per entry.
  const bigrams = bigramFilter(all);
  const found: Candidate[] = [];
  for (const [index, entry] of lexicon.entries()) {
    const { pattern, forms } = matchers[index]!;
    if (!forms.some((items) => items.every((item) => mayHold(bigrams, item))) || all.search(pattern) === -1) continue;
    const candidate: Candidate = { key: entry.text, kind: 'lexicon', score: 10, lexicon: true, pattern };
    if (!entry.context || topics.has(entry.context)) candidate.gloss = gloss(entry);
    found.push(candidate);
  }
  return found;
}
