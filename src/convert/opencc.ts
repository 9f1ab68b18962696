/**
 * The conversion engine: OpenCC's dictionaries (from opencc-js) run with opencc-js's own Trie, but through a
 * loop that also carries positions through every stage. Callers hand in text split into pieces (the text nodes
 * of one block); the block converts as one string, so phrases that straddle pieces stay whole, and the result
 * comes back split at the same boundaries. A document (the blocks of one request) converts together, so a name
 * one block shows to be a name is one in all of them.
 *
 * From simplified, OpenCC's phrases are chosen by the words of the sentence (in-context.ts) instead of OpenCC's
 * longest match from the left; `loadConfigConverter` keeps OpenCC's own behaviour for its test suite.
 *
 * Dictionaries load lazily, per direction, and each trie is built once per process.
 */
import { Trie } from 'opencc-js/core';
import type { ScriptTarget } from './targets';
import { CONFIGS, conversionSteps, type ConfigName, type DictName } from './configs';
import { mayConvert } from './convertible';
import { CORRECTIONS } from './corrections';
import { buildPhraseIndex, DocumentContext, type PhraseIndex } from './in-context';
import { convertQuotes } from './quotes';
import type { Choice, ConversionOptions, ConvertedBlock, ReaderPhrase } from './types';

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

/** Converts the blocks of one document; each output block has as many pieces as its input. */
export type DocumentConverter = (
  blocks: readonly (readonly string[])[],
  options?: ConversionOptions,
) => ConvertedBlock[];

/**
 * A trie with the first UTF-16 unit of every key marked: a position whose unit is not marked cannot start a
 * match, so most characters are stepped over without a trie lookup.
 */
interface Dictionary {
  trie: Trie;
  starts: Uint8Array;
}

/** A stretch of converted text ending at `end`; a locked one (a reader's phrase) is never converted again. */
interface Segment {
  end: number;
  locked: boolean;
}

/** Text on its way through the steps: piece boundaries and choice offsets travel with it. */
interface State {
  text: string;
  segments: Segment[];
  marks: number[];
  choices: Choice[];
}

const tries = new Map<string, Promise<Dictionary>>();
const phraseIndexes = new Map<string, Promise<PhraseIndex>>();
const converters = new Map<string, Promise<DocumentConverter>>();
const readerTries = new Map<string, Dictionary>();

function loadDicts(names: readonly DictName[]): Promise<string[]> {
  return Promise.all(names.map((name) => DICTIONARIES[name]().then((module) => module.default)));
}

function loadTrie(names: readonly DictName[]): Promise<Dictionary> {
  const key = names.join('+');
  let trie = tries.get(key);
  if (!trie) {
    trie = loadDicts(names).then(buildDictionary);
    tries.set(key, trie);
  }
  return trie;
}

function buildDictionary(dicts: readonly (string | [string, string][])[]): Dictionary {
  const built = new Trie();
  built.loadDictGroup(dicts);
  const starts = new Uint8Array(0x10000);
  for (const dict of dicts) {
    if (typeof dict !== 'string') {
      for (const [key] of dict) starts[key.charCodeAt(0)] = 1;
      continue;
    }
    // Entries are `source replacement`, separated by `|`: mark the unit after each separator.
    starts[dict.charCodeAt(0)] = 1;
    for (let i = dict.indexOf('|'); i !== -1; i = dict.indexOf('|', i + 1)) starts[dict.charCodeAt(i + 1)] = 1;
  }
  return { trie: built, starts };
}

function loadPhraseIndex(phrases: readonly DictName[], characters: DictName): Promise<PhraseIndex> {
  const key = [...phrases, characters].join('+');
  let index = phraseIndexes.get(key);
  if (!index) {
    index = Promise.all([loadDicts(phrases), loadDicts([characters])]).then(([phraseDicts, [characterDict]]) =>
      buildPhraseIndex([CORRECTIONS, ...phraseDicts], characterDict!),
    );
    phraseIndexes.set(key, index);
  }
  return index;
}

/** The converter for a pair of scripts, block by block; identity when they are the same. */
export async function loadConverter(from: ScriptTarget, to: ScriptTarget): Promise<PieceConverter> {
  const convert = await loadDocumentConverter(from, to);
  return (pieces) => convert([pieces])[0]!.pieces;
}

/**
 * The converter for a pair of scripts, a document at a time; identity when they are the same. From simplified, the
 * phrases are chosen by the words of each sentence and one-to-many characters come back as choices.
 */
export function loadDocumentConverter(from: ScriptTarget, to: ScriptTarget): Promise<DocumentConverter> {
  return loadChain(conversionSteps(from, to), from === 'hans');
}

/** The converter for one OpenCC configuration by its OpenCC name (`s2twp`, `hk2s`…), exactly as OpenCC converts. */
export async function loadConfigConverter(name: ConfigName): Promise<PieceConverter> {
  const convert = await loadChain([name], false);
  return (pieces) => convert([pieces])[0]!.pieces;
}

function loadChain(names: ConfigName[], inContext: boolean): Promise<DocumentConverter> {
  const key = `${names.join('>')}${inContext ? '+words' : ''}`;
  let converter = converters.get(key);
  if (!converter) {
    converter = Promise.all(names.map((name) => loadStep(name, inContext))).then((steps) => (blocks, options = {}) => {
      const texts = blocks.map((pieces) => pieces.join(''));
      const readers = readerDictionary(options.phrases ?? []);
      const document = { texts, context: null as DocumentContext | null };
      return blocks.map((pieces, b) => {
        const quotes = options.cornerQuotes && names.length > 0;
        if (steps.length === 0 || (!pieces.some(mayConvert) && !quotes)) return { pieces: pieces.slice(), choices: [] };
        let state: State = {
          text: texts[b]!,
          segments: [{ end: texts[b]!.length, locked: false }],
          marks: pieceBoundaries(pieces),
          choices: [],
        };
        if (readers) state = lockReaderPhrases(readers, state);
        for (const step of steps) state = step(state, document);
        if (quotes) state = { ...state, text: convertQuotes(state.text, state.segments, direction(names)) };
        return { pieces: splitAt(state.text, state.marks), choices: state.choices };
      });
    });
    converters.set(key, converter);
    converter.catch(() => converters.delete(key));
  }
  return converter;
}

/** Whether a chain of configurations ends in traditional or simplified text. */
function direction(names: readonly ConfigName[]): 'traditional' | 'simplified' {
  return names.at(-1)!.endsWith('2s') || names.at(-1)!.endsWith('2sp') ? 'simplified' : 'traditional';
}

/** The reader's phrases as one dictionary, built once per set of phrases. */
function readerDictionary(phrases: readonly ReaderPhrase[]): Dictionary | null {
  const usable = phrases.filter((phrase) => phrase.from && phrase.to);
  if (usable.length === 0) return null;
  const key = JSON.stringify(usable);
  let dictionary = readerTries.get(key);
  if (!dictionary) {
    dictionary = buildDictionary([usable.map((phrase): [string, string] => [phrase.from, phrase.to])]);
    if (readerTries.size > 8) readerTries.clear();
    readerTries.set(key, dictionary);
  }
  return dictionary;
}

type Step = (state: State, document: { texts: string[]; context: DocumentContext | null }) => State;

async function loadStep(name: ConfigName, inContext: boolean): Promise<Step> {
  const config = CONFIGS[name];
  const [normalization, segmentation, ...chain] = await Promise.all([
    loadTrie(config.normalization),
    config.segmentation ? loadTrie(config.segmentation) : null,
    ...config.chain.map(loadTrie),
  ]);
  const words =
    inContext && config.fromSimplified ? await loadPhraseIndex(config.fromSimplified, 'STCharacters') : null;
  if (words) {
    const rest = chain.slice(1) as Dictionary[];
    const alternatives = new Map<string, string>();
    const convertRest = (char: string) => {
      let converted = alternatives.get(char);
      if (converted === undefined) {
        converted = char;
        for (const dictionary of rest) converted = dictionary.trie.convert(converted);
        alternatives.set(char, converted);
      }
      return converted;
    };
    return (input, document) => {
      document.context ??= new DocumentContext(words, document.texts);
      let state = applyTrie(normalization!, input);
      state = applyInContext(document.context, state);
      for (const dictionary of rest) state = applyTrie(dictionary, state);
      for (const choice of state.choices) choice.alternatives = [...new Set(choice.alternatives.map(convertRest))];
      state.choices = state.choices.filter((choice) => choice.alternatives.length > 1);
      return state;
    };
  }
  return (input) => {
    let state = applyTrie(normalization!, input);
    if (segmentation) state = { ...state, segments: resegment(segmentation, state) };
    for (const dictionary of chain as Dictionary[]) state = applyTrie(dictionary, state);
    return state;
  };
}

/** OpenCC's segmentation (longest phrase from the left) of every segment that is not locked. */
function resegment({ trie }: Dictionary, { text, segments }: State): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  for (const segment of segments) {
    if (segment.locked) out.push(segment);
    else {
      let end = start;
      for (const part of trie.segment(text.slice(start, segment.end)))
        out.push({ end: (end += part.length), locked: false });
      if (end === start) out.push(segment);
    }
    start = segment.end;
  }
  return out;
}

/** The reader's phrases, longest first from the left, replaced and locked against every later step. */
function lockReaderPhrases({ trie, starts }: Dictionary, state: State): State {
  const { text } = state;
  const map = new OffsetMapper([state.marks]);
  const out: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let copyFrom = 0;
  for (let i = 0; i < text.length; ) {
    const match = starts[text.charCodeAt(i)] === 1 ? trie.matchPrefix(text, i) : null;
    if (!match) {
      i++;
      continue;
    }
    if (i > copyFrom) {
      map.copy(copyFrom, i, length);
      out.push(text.slice(copyFrom, i));
      segments.push({ end: (length += i - copyFrom), locked: false });
    }
    map.replace(i, match.end, length, match.value.length);
    out.push(match.value);
    segments.push({ end: (length += match.value.length), locked: true });
    i = copyFrom = match.end;
  }
  if (copyFrom < text.length || segments.length === 0) {
    map.copy(copyFrom, text.length, length);
    out.push(text.slice(copyFrom));
    segments.push({ end: (length += text.length - copyFrom), locked: false });
  }
  return { text: out.join(''), segments, marks: map.finish(length)[0]!, choices: state.choices };
}

/** Simplified → traditional through the words of each unlocked segment (in-context.ts). */
function applyInContext(context: DocumentContext, state: State): State {
  const { text } = state;
  const map = new OffsetMapper([state.marks]);
  const out: string[] = [];
  const segments: Segment[] = [];
  const choices: Choice[] = [...state.choices];
  let length = 0;
  let start = 0;
  for (const segment of state.segments) {
    if (segment.locked) {
      map.copy(start, segment.end, length);
      out.push(text.slice(start, segment.end));
      segments.push({ end: (length += segment.end - start), locked: true });
      start = segment.end;
      continue;
    }
    const part = text.slice(start, segment.end);
    const { replacements, choices: found } = context.convert(part);
    let copyFrom = 0;
    let run = 0; // where the current stretch of text outside phrases began, in the output
    const endRun = () => {
      if (length > run) segments.push({ end: length, locked: false });
    };
    const choiceAt = new Map(found.map((choice) => [choice.at, choice.alternatives]));
    const copy = (until: number) => {
      if (until <= copyFrom) return;
      for (let k = copyFrom; k < until; k++) {
        const alternatives = choiceAt.get(k);
        if (alternatives) choices.push({ at: length + k - copyFrom, alternatives });
      }
      map.copy(start + copyFrom, start + until, length);
      out.push(part.slice(copyFrom, until));
      length += until - copyFrom;
    };
    for (const replacement of replacements) {
      copy(replacement.start);
      if (replacement.phrase) {
        endRun();
        run = length;
      }
      const alternatives = choiceAt.get(replacement.start);
      if (alternatives) choices.push({ at: length, alternatives });
      map.replace(start + replacement.start, start + replacement.end, length, replacement.value.length);
      out.push(replacement.value);
      length += replacement.value.length;
      copyFrom = replacement.end;
      if (replacement.phrase) {
        segments.push({ end: length, locked: false });
        run = length;
      }
    }
    copy(part.length);
    endRun();
    if (part.length === 0) segments.push({ end: length, locked: false });
    start = segment.end;
  }
  const [marks] = map.finish(length);
  return { text: out.join(''), segments, marks: marks!, choices };
}

function pieceBoundaries(pieces: readonly string[]): number[] {
  const marks: number[] = [];
  let offset = 0;
  for (let i = 0; i < pieces.length - 1; i++) marks.push((offset += pieces[i]!.length));
  return marks;
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
 * Carries sorted offsets into a text through its conversion, stretch by stretch from the left. An offset inside a
 * replaced stretch keeps its distance from the stretch's start, clamped to the replacement: 头|发 → 頭|髮, and a
 * shorter replacement never spills into the next piece.
 */
class OffsetMapper {
  private readonly mapped: number[][];
  private readonly next: number[];

  constructor(private readonly offsets: readonly (readonly number[])[]) {
    this.mapped = offsets.map((list) => new Array(list.length));
    this.next = offsets.map(() => 0);
  }

  copy(start: number, end: number, outStart: number): void {
    this.advance(end, (offset) => outStart + offset - start);
  }

  replace(start: number, end: number, outStart: number, outLength: number): void {
    this.advance(end, (offset) => outStart + Math.min(offset - start, outLength));
  }

  finish(outLength: number): number[][] {
    this.advance(Number.POSITIVE_INFINITY, () => outLength);
    return this.mapped;
  }

  private advance(before: number, to: (offset: number) => number): void {
    this.offsets.forEach((list, l) => {
      let m = this.next[l]!;
      while (m < list.length && list[m]! < before) this.mapped[l]![m] = to(list[m++]!);
      this.next[l] = m;
    });
  }
}

/** opencc-js's Trie.convert, segment by segment (no match crosses a segment end; locked segments are kept). */
function applyTrie({ trie, starts }: Dictionary, state: State): State {
  const { text } = state;
  let first = 0;
  while (first < text.length && starts[text.charCodeAt(first)] !== 1) first++;
  if (first === text.length) return state; // nothing can match: unchanged
  const map = new OffsetMapper([state.marks, state.choices.map((choice) => choice.at)]);
  const out: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let start = 0;
  for (const { end, locked } of state.segments) {
    const segment = start === 0 && end === text.length ? text : text.slice(start, end);
    let i = 0;
    let copyFrom = 0;
    const copyUntil = (stop: number) => {
      if (stop === copyFrom) return;
      map.copy(start + copyFrom, start + stop, length);
      out.push(segment.slice(copyFrom, stop));
      length += stop - copyFrom;
    };
    while (!locked && i < segment.length) {
      const match = starts[segment.charCodeAt(i)] === 1 ? trie.matchPrefix(segment, i) : null;
      if (!match) {
        i += unmatchedLength(segment, i);
        continue;
      }
      copyUntil(i);
      map.replace(start + i, start + match.end, length, match.value.length);
      out.push(match.value);
      length += match.value.length;
      i = copyFrom = match.end;
    }
    copyUntil(segment.length);
    segments.push({ end: length, locked });
    start = end;
  }
  const [marks, choiceAts] = map.finish(length);
  return {
    text: out.join(''),
    segments,
    marks: marks!,
    choices: state.choices.map((choice, c) => ({ at: choiceAts![c]!, alternatives: choice.alternatives })),
  };
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
