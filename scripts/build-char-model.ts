/**
 * Builds src/core/garbled/char-model.json, the character frequency model that scores how plausible a run of Chinese
 * text is (garbled-text detection and repair, GBK-vs-Big5 detection).
 *
 * Source text: the hand-cleaned body_text of every page in tests/corpus (MIT dataset) plus the three seed pages
 * that carry no garbling (000, 003, 004), less any line holding private-use characters or U+FFFD (mojibake). Counts are folded onto simplified forms (OpenCC t→cn, one character at
 * a time), then every count is copied to the character's traditional, Taiwan and Hong Kong forms, so a page in
 * either script scores alike.
 *
 * The 3,755 level-1 characters of GB 2312 (the standard's "frequently used" set) that the text never shows get
 * one bit more than a character seen once: common enough that meeting one is no sign of garbling.
 *
 * Output: costs in whole bits (−log2 of the relative frequency, rounded), one string of characters per cost;
 * the character pairs seen at least MIN_BIGRAM_COUNT times (simplified), which tell which of two readings of the
 * same bytes joins up into words; and the traditional → simplified fold for looking those up.
 *
 *   npx tsx scripts/build-char-model.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';

const root = join(import.meta.dirname, '..');
const corpusDir = join(root, 'tests/corpus');
const cleanSeeds = ['000_128e2749746ac842.txt', '003_c4c1a0ded7319f91.txt', '004_7fc5e4630ff442c7.txt'];

const texts: string[] = [];
for (const id of readdirSync(corpusDir).sort()) {
  if (!id.startsWith('ia-')) continue;
  const truth = JSON.parse(readFileSync(join(corpusDir, id, 'truth.json'), 'utf8')) as { body_text?: string };
  // A paragraph holding private-use characters or U+FFFD carries mojibake, which must not teach the model.
  if (truth.body_text)
    texts.push(...truth.body_text.split('\n').filter((line) => !/[\uE000-\uF8FF\uFFFD]/u.test(line)));
}
for (const seed of cleanSeeds) texts.push(readFileSync(join(root, 'seeds', seed), 'utf8'));

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const toTraditional = [
  OpenCC.Converter({ from: 'cn', to: 't' }),
  OpenCC.Converter({ from: 'cn', to: 'tw' }),
  OpenCC.Converter({ from: 'cn', to: 'hk' }),
];

/** A character pair seen this often is a known word piece; rarer pairs are left out to keep the model small. */
const MIN_BIGRAM_COUNT = 4;

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

const model = {
  about:
    'Character costs in bits (−log2 relative frequency) from the body text of the 69 pages in tests/corpus ' +
    'plus seeds 000/003/004; traditional forms share their simplified form’s count. Built by scripts/build-char-model.ts.',
  sourceChars: total,
  distinctChars: withVariants.size,
  /** Cost of a character seen once; anything unseen and not in GB 2312 level 1 costs more. */
  maxCost,
  costs,
  /** Traditional → simplified, one pair of characters after another, for looking up bigrams. */
  fold: [...toFold].map(([traditional, simplified]) => traditional + simplified).join(''),
  /** Character pairs (simplified) seen at least MIN_BIGRAM_COUNT times, one pair after another. */
  bigrams: bigrams.join(''),
};
const out = join(root, 'src/core/garbled/char-model.json');
writeFileSync(out, `${JSON.stringify(model, null, 1)}\n`);
console.log(
  `${out}: ${total} source characters, ${counts.size} distinct, ${withVariants.size} with script variants, ` +
    `${unseenLevelOne.length} unseen GB 2312 level-1 forms, ${bigrams.length} bigrams, ` +
    `${Buffer.byteLength(readFileSync(out))} bytes`,
);
