/**
 * The character frequency model behind src/core/garbled/char-model.json, which scores how plausible a run of Chinese
 * text is (garbled-text detection and repair, GBK-vs-Big5 detection). `npm run build:char-model` writes it;
 * tests/tools/char-model.test.ts rebuilds it in memory and checks the committed file is what it gives.
 *
 * Source text: the hand-cleaned body_text of every page in tests/corpus (MIT dataset) plus the three seed pages
 * that carry no garbling (000, 003, 004), less any line holding private-use characters or U+FFFD (mojibake). Counts
 * are folded onto simplified forms (OpenCC t→cn, one character at a time), then every count is copied to the
 * character's traditional, Taiwan and Hong Kong forms, so a page in either script scores alike.
 *
 * The 3,755 level-1 characters of GB 2312 (the standard's "frequently used" set) that the text never shows get
 * one bit more than a character seen once: common enough that meeting one is no sign of garbling.
 *
 * Output: costs in whole bits (−log2 of the relative frequency, rounded), one string of characters per cost;
 * the character pairs seen at least MIN_BIGRAM_COUNT times (simplified), which tell which of two readings of the
 * same bytes joins up into words; and the traditional → simplified fold for looking those up.
 *
 * Everything it reads is in the repository and every collection is walked in a fixed order, so the same tree (and
 * the same opencc-js and Node ICU) gives the same bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';

export const CHAR_MODEL_PATH = 'src/core/garbled/char-model.json';

const CLEAN_SEEDS = ['000_128e2749746ac842.txt', '003_c4c1a0ded7319f91.txt', '004_7fc5e4630ff442c7.txt'];

/** A character pair seen this often is a known word piece; rarer pairs are left out to keep the model small. */
const MIN_BIGRAM_COUNT = 4;

export interface CharModel {
  about: string;
  sourceChars: number;
  distinctChars: number;
  /** Cost of a character seen once; anything unseen and not in GB 2312 level 1 costs more. */
  maxCost: number;
  costs: Record<string, string>;
  /** Traditional → simplified, one pair of characters after another, for looking up bigrams. */
  fold: string;
  /** Character pairs (simplified) seen at least MIN_BIGRAM_COUNT times, one pair after another. */
  bigrams: string;
}

/** What the build counted, for its report. */
export interface CharModelBuild {
  model: CharModel;
  /** Distinct characters in the source text, before folding and variants. */
  sourceDistinct: number;
  unseenLevelOne: number;
  bigramCount: number;
}

/** The clean text the model is counted from, in a fixed order: corpus pages by id, then the clean seeds. */
export function charModelSourceTexts(root: string): string[] {
  const corpusDir = join(root, 'tests/corpus');
  const texts: string[] = [];
  for (const id of readdirSync(corpusDir).sort()) {
    if (!id.startsWith('ia-')) continue;
    const truth = JSON.parse(readFileSync(join(corpusDir, id, 'truth.json'), 'utf8')) as { body_text?: string };
    // A paragraph holding private-use characters or U+FFFD carries mojibake, which must not teach the model.
    if (truth.body_text)
      texts.push(...truth.body_text.split('\n').filter((line) => !/[\uE000-\uF8FF\uFFFD]/u.test(line)));
  }
  for (const seed of CLEAN_SEEDS) texts.push(readFileSync(join(root, 'seeds', seed), 'utf8'));
  return texts;
}

export function buildCharModel(texts: readonly string[]): CharModelBuild {
  const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  const toTraditional = [
    OpenCC.Converter({ from: 'cn', to: 't' }),
    OpenCC.Converter({ from: 'cn', to: 'tw' }),
    OpenCC.Converter({ from: 'cn', to: 'hk' }),
  ];

  const counts = new Map<string, number>();
  let total = 0;
  for (const text of texts) {
    for (const char of text) {
      if (/\s/u.test(char)) continue;
      counts.set(char, (counts.get(char) ?? 0) + 1);
      total++;
    }
  }

  const simplifiedOf = (char: string) => ([...toSimplified(char)].length === 1 ? toSimplified(char) : char);
  const folded = new Map<string, number>();
  for (const [char, count] of counts) {
    const simplified = simplifiedOf(char);
    folded.set(simplified, (folded.get(simplified) ?? 0) + count);
  }

  const pairCounts = new Map<string, number>();
  for (const text of texts) {
    for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? []) {
      const chars = [...run].map(simplifiedOf);
      for (let i = 0; i + 1 < chars.length; i++) {
        const pair = chars[i]! + chars[i + 1]!;
        pairCounts.set(pair, (pairCounts.get(pair) ?? 0) + 1);
      }
    }
  }
  const bigrams = [...pairCounts]
    .filter(([, count]) => count >= MIN_BIGRAM_COUNT)
    .map(([pair]) => pair)
    // In code-unit order: knownPair (src/core/garbled/model.ts) finds a pair by binary search.
    .sort();
  const withVariants = new Map(folded);
  const toFold = new Map<string, string>();
  for (const [char, count] of folded) {
    for (const convert of toTraditional) {
      const variant = convert(char);
      if ([...variant].length !== 1 || variant === char) continue;
      withVariants.set(variant, Math.max(withVariants.get(variant) ?? 0, count));
      toFold.set(variant, char);
    }
  }

  const byCost = new Map<number, string[]>();
  for (const [char, count] of withVariants) {
    const cost = Math.round(-Math.log2(count / total));
    byCost.set(cost, [...(byCost.get(cost) ?? []), char]);
  }
  const maxCost = Math.max(...byCost.keys());

  const gbk = new TextDecoder('gbk');
  const levelOne = new Set<string>();
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const char = gbk.decode(new Uint8Array([lead, trail]));
      if (char === '\uFFFD') continue;
      levelOne.add(char);
      for (const convert of toTraditional) if ([...convert(char)].length === 1) levelOne.add(convert(char));
    }
  }
  const unseenLevelOne = [...levelOne].filter((char) => !withVariants.has(char));
  byCost.set(maxCost + 1, unseenLevelOne);
  const costs: Record<string, string> = {};
  for (const cost of [...byCost.keys()].sort((a, b) => a - b)) costs[cost] = byCost.get(cost)!.sort().join('');

  return {
    model: {
      about:
        'Character costs in bits (−log2 relative frequency) from the body text of the 69 pages in tests/corpus ' +
        'plus seeds 000/003/004; traditional forms share their simplified form’s count. Built by scripts/build-char-model.ts.',
      sourceChars: total,
      distinctChars: withVariants.size,
      maxCost,
      costs,
      fold: [...toFold].map(([traditional, simplified]) => traditional + simplified).join(''),
      bigrams: bigrams.join(''),
    },
    sourceDistinct: counts.size,
    unseenLevelOne: unseenLevelOne.length,
    bigramCount: bigrams.length,
  };
}

/** The file's text: one space of indent, which keeps the long cost strings on a line each. */
export function charModelJson(model: CharModel): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}
