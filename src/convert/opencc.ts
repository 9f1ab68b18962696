/**
 * The conversion engine: OpenCC's dictionaries (from opencc-js) run with opencc-js's own Trie, but through a
 * loop that also carries positions through every stage. Callers hand in text split into pieces (the text nodes
 * of one block); the block converts as one string, so phrases that straddle pieces stay whole, and the result
 * comes back split at the same boundaries.
 *
 * Dictionaries load lazily, per direction, and each trie is built once per process.
 */
import { Trie } from 'opencc-js/core';
import type { ScriptTarget } from './targets';
import { CONFIGS, conversionSteps, type ConfigName, type DictName } from './configs';
import { mayConvert } from './convertible';

const DICTIONARIES: Record<DictName, () => Promise<{ default: string }>> = {
  CJK_Compatibility_Ideographs: () => import('opencc-js/dict/CJK_Compatibility_Ideographs'),
  HKPhrases: () => import('opencc-js/dict/HKPhrases'),
  HKPhrasesRev: () => import('opencc-js/dict/HKPhrasesRev'),
  HKVariants: () => import('opencc-js/dict/HKVariants'),
  HKVariantsPhrases: () => import('opencc-js/dict/HKVariantsPhrases'),
  HKVariantsRev: () => import('opencc-js/dict/HKVariantsRev'),
  HKVariantsRevPhrases: () => import('opencc-js/dict/HKVariantsRevPhrases'),
  JPShinjitaiCharacters: () => import('opencc-js/dict/JPShinjitaiCharacters'),
  JPShinjitaiCharactersRev: () => import('opencc-js/dict/JPShinjitaiCharactersRev'),
  JPShinjitaiPhrases: () => import('opencc-js/dict/JPShinjitaiPhrases'),
  STCharacters: () => import('opencc-js/dict/STCharacters'),
  STPhrases: () => import('opencc-js/dict/STPhrases'),
  STPhrases_GeneratedFromRegionalPhrases: () => import('opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases'),
  TSCharacters: () => import('opencc-js/dict/TSCharacters'),
  TSPhrases: () => import('opencc-js/dict/TSPhrases'),
  TWPhrases: () => import('opencc-js/dict/TWPhrases'),
  TWPhrasesRev: () => import('opencc-js/dict/TWPhrasesRev'),
  TWVariants: () => import('opencc-js/dict/TWVariants'),
  TWVariantsPhrases: () => import('opencc-js/dict/TWVariantsPhrases'),
  TWVariantsRev: () => import('opencc-js/dict/TWVariantsRev'),
  TWVariantsRevPhrases: () => import('opencc-js/dict/TWVariantsRevPhrases'),
};

/** Converts the pieces of one block; the output has as many pieces, split where the input was. */
type PieceConverter = (pieces: readonly string[]) => string[];

/**
 * A trie with the first UTF-16 unit of every key marked: a position whose unit is not marked cannot start a
 * match, so most characters are stepped over without a trie lookup.
 */
interface Dictionary {
  trie: Trie;
  starts: Uint8Array;
}

const tries = new Map<string, Promise<Dictionary>>();
const converters = new Map<string, Promise<PieceConverter>>();

function loadTrie(names: readonly DictName[]): Promise<Dictionary> {
  const key = names.join('+');
  let trie = tries.get(key);
  if (!trie) {
    trie = Promise.all(names.map((name) => DICTIONARIES[name]().then((module) => module.default))).then((dicts) => {
      const built = new Trie();
      built.loadDictGroup(dicts);
      const starts = new Uint8Array(0x10000);
      for (const dict of dicts) {
        // Entries are `source replacement`, separated by `|`: mark the unit after each separator.
        starts[dict.charCodeAt(0)] = 1;
        for (let i = dict.indexOf('|'); i !== -1; i = dict.indexOf('|', i + 1)) starts[dict.charCodeAt(i + 1)] = 1;
      }
      return { trie: built, starts };
    });
    tries.set(key, trie);
  }
  return trie;
}

/** The converter for a pair of scripts; identity when they are the same. */
export function loadConverter(from: ScriptTarget, to: ScriptTarget): Promise<PieceConverter> {
  return loadChain(conversionSteps(from, to));
}

/** The converter for one OpenCC configuration by its OpenCC name (`s2twp`, `hk2s`…). */
export function loadConfigConverter(name: ConfigName): Promise<PieceConverter> {
  return loadChain([name]);
}

function loadChain(names: ConfigName[]): Promise<PieceConverter> {
  const key = names.join('>');
  let converter = converters.get(key);
  if (!converter) {
    converter = Promise.all(names.map(loadStep)).then((steps) => (pieces) => {
      if (steps.length === 0 || !pieces.some(mayConvert)) return pieces.slice();
      let text = pieces.join('');
      let marks = pieceBoundaries(pieces);
      for (const step of steps) [text, marks] = step(text, marks);
      return splitAt(text, marks);
    });
    converters.set(key, converter);
    converter.catch(() => converters.delete(key));
  }
  return converter;
}

type Step = (text: string, marks: number[]) => [string, number[]];

async function loadStep(name: ConfigName): Promise<Step> {
  const config = CONFIGS[name];
  const [normalization, segmentation, ...chain] = await Promise.all([
    loadTrie(config.normalization),
    config.segmentation ? loadTrie(config.segmentation) : null,
    ...config.chain.map(loadTrie),
  ]);
  return (input, inputMarks) => {
    let [text, marks] = applyTrie(normalization!, input, [input.length], inputMarks);
    let cuts = segmentation ? segmentEnds(segmentation.trie.segment(text)) : [text.length];
    for (const dictionary of chain as Dictionary[]) [text, marks, cuts] = applyTrie(dictionary, text, cuts, marks);
    return [text, marks];
  };
}

function pieceBoundaries(pieces: readonly string[]): number[] {
  const marks: number[] = [];
  let offset = 0;
  for (let i = 0; i < pieces.length - 1; i++) marks.push((offset += pieces[i]!.length));
  return marks;
}

function segmentEnds(segments: string[]): number[] {
  const ends: number[] = [];
  let offset = 0;
  for (const segment of segments) ends.push((offset += segment.length));
  return ends.length ? ends : [0];
}

function splitAt(text: string, marks: number[]): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const mark of marks) {
    pieces.push(text.slice(start, mark));
    start = mark;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/**
 * opencc-js's Trie.convert, segment by segment (no match crosses a segment end), also mapping `marks` (sorted
 * offsets into `text`) to offsets into the result. A mark inside a replaced phrase keeps its distance from the
 * phrase start, clamped to the replacement: 头|发 → 頭|髮, and a shorter replacement never spills into the next piece.
 */
function applyTrie(
  { trie, starts }: Dictionary,
  text: string,
  segmentEndsIn: number[],
  marks: number[],
): [string, number[], number[]] {
  let first = 0;
  while (first < text.length && starts[text.charCodeAt(first)] !== 1) first++;
  if (first === text.length) return [text, marks, segmentEndsIn]; // nothing can match: unchanged
  const out: string[] = [];
  const mapped: number[] = new Array(marks.length);
  const ends: number[] = [];
  let outLength = 0;
  let m = 0;
  let start = 0;
  for (const end of segmentEndsIn) {
    const segment = start === 0 && end === text.length ? text : text.slice(start, end);
    let i = 0;
    let copyFrom = 0;
    const copyUntil = (stop: number) => {
      if (stop === copyFrom) return;
      while (m < marks.length && marks[m]! < start + stop) mapped[m] = outLength + (marks[m++]! - start - copyFrom);
      out.push(segment.slice(copyFrom, stop));
      outLength += stop - copyFrom;
    };
    while (i < segment.length) {
      const match = starts[segment.charCodeAt(i)] === 1 ? trie.matchPrefix(segment, i) : null;
      if (!match) {
        i += unmatchedLength(segment, i);
        continue;
      }
      copyUntil(i);
      while (m < marks.length && marks[m]! < start + match.end)
        mapped[m] = outLength + Math.min(marks[m++]! - start - i, match.value.length);
      out.push(match.value);
      outLength += match.value.length;
      i = copyFrom = match.end;
    }
    copyUntil(segment.length);
    ends.push(outLength);
    start = end;
  }
  while (m < marks.length) mapped[m++] = outLength;
  return [out.join(''), mapped, ends];
}

// opencc-js steps over surrogate pairs and whole ideographic description sequences (⿰氵青) without matching
// inside them; the same here, so results agree with its Converter.
function codePointLength(s: string, i: number): number {
  return s.codePointAt(i)! > 0xffff ? 2 : 1;
}

function descriptionArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

function descriptionSequenceEnd(s: string, i: number): number {
  const arity = descriptionArity(s.codePointAt(i)!);
  if (arity === 0) return 0;
  let end = i + codePointLength(s, i);
  for (let n = 0; n < arity; n++) {
    if (end >= s.length) return 0;
    end = descriptionSequenceEnd(s, end) || end + codePointLength(s, end);
  }
  return end;
}

function unmatchedLength(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if ((code < 0x2ff0 || code > 0x2fff) && (code < 0xd800 || code > 0xdbff)) return 1;
  const end = descriptionSequenceEnd(s, i);
  return end > i ? end - i : codePointLength(s, i);
}
