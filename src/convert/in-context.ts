/**
 * Simplified → traditional with OpenCC's phrases chosen by the words of the sentence. OpenCC takes the longest
 * phrase at each position from left to right, so a phrase can take one character of the word before and one of the
 * word after (保护发展: 护发 → 護髮, hair care). Here a phrase is used only where it agrees with the sentence's words
 * (from the word segmenter): it lies inside one word, or it starts and ends where words do. Names the text shows to
 * be names keep their characters. A one-to-many character that no phrase decides (发 → 發 or 髮) is converted as
 * the character and reported, with its alternatives, as a choice a reader may want to check.
 */
import { findNames, type Name, nameSpans, titledSurnames } from './names';
import { BOUNDARY, INSIDE_NUMBER, wordBoundaries } from './words';

/** OpenCC's simplified→traditional phrases and characters, indexed for trying every phrase at a position. */
export interface PhraseIndex {
  phrases: Map<string, string>;
  /** Longest phrase (in UTF-16 units) starting with each unit; 0 when none does. */
  longest: Uint8Array;
  characters: Map<string, string>;
  /** One-to-many characters: the traditional characters the phrases give them, the usual one first. */
  alternatives: Map<string, string[]>;
}

/** A replacement of `text.slice(start, end)`; `phrase` marks a dictionary phrase (later steps never cross it). */
export interface Replacement {
  start: number;
  end: number;
  value: string;
  phrase: boolean;
}

/** A one-to-many character converted without a phrase to decide it: where (in the input) and what else it could be. */
export interface InputChoice {
  at: number;
  alternatives: string[];
}

/**
 * How often the phrases must give a character another form before it counts as one-to-many: in this many phrases,
 * and in this share of the phrases holding the character (了 → 瞭 in 20 of about 1,000 does not count) unless
 * that many phrases are many in themselves (出 → 齣, 38).
 */
const ALTERNATIVE_PHRASES = { least: 4, share: 0.02, many: 30 };

/** Numerals and demonstratives before a measure word: `一出` is 一齣 only before the play it counts. */
const COUNTING = /[0-9一二两三四五六七八九十百千万几数每这那哪某整]/;
/**
 * One-to-many characters that are measure words after a numeral (一齣戲, 一隻鳥, 一臺機器, 三四里路); others after a
 * numeral are words of their own (二松 a river, 五臟 the organs), converted as phrases and characters are.
 */
const MEASURE_WORDS = new Set([...'出只台伙面周里划卷发曲斗杆']);
/** Measure words that are units of their own, with nothing after them to count (`打三四里，`, `方圆十里`). */
const LENGTH_UNITS = new Set([...'里']);
/** Characters after which a measure word has nothing to count: `一出就`, `这只是`. */
const NOT_COUNTED = /[就便即了后都也又还才已时的是有在不没能会要可为以]/u;
/**
 * Measure words that are verbs too: with nothing after them (`消息一出，`) they are the verb. The others count what the
 * sentence already named (`只有一只。` → 一隻).
 */
const VERBS_TOO = new Set([...'出卷斗划发']);

/** Whether the measure word before `next` (undefined at the end of the text) counts nothing. */
function countsNothingBefore(measure: string, next: string | undefined): boolean {
  if (next === undefined || !HAN_CHAR.test(next)) return VERBS_TOO.has(measure);
  return NOT_COUNTED.test(next);
}

const HAN_CHAR = /\p{sc=Han}/u;
/** How far (in characters) from a middle dot a character is still taken to be part of a foreign name. */
const FOREIGN_NAME_PART = 3;

/** Characters whose usual form is another one when they stand as a word of their own: 免签 (sign), not 籤 (slip). */
const ALONE: Record<string, string> = { 签: '簽' };

export function buildPhraseIndex(phraseDicts: readonly string[], characterDict: string): PhraseIndex {
  const phrases = new Map<string, string>();
  // Earlier dictionaries win on equal keys, as in OpenCC's dictionary groups.
  for (const dict of [...phraseDicts].reverse()) {
    for (const entry of dict.split('|')) {
      const space = entry.indexOf(' ');
      phrases.set(entry.slice(0, space), entry.slice(space + 1));
    }
  }
  const longest = new Uint8Array(0x10000);
  const counts = new Map<string, Map<string, number>>();
  for (const [key, value] of phrases) {
    const unit = key.charCodeAt(0);
    if (key.length > longest[unit]!) longest[unit] = key.length;
    const from = [...key];
    const to = [...value];
    if (from.length !== to.length) continue;
    from.forEach((char, i) => {
      let forms = counts.get(char);
      if (!forms) counts.set(char, (forms = new Map()));
      forms.set(to[i]!, (forms.get(to[i]!) ?? 0) + 1);
    });
  }
  const characters = new Map<string, string>();
  for (const entry of characterDict.split('|')) {
    const space = entry.indexOf(' ');
    characters.set(entry.slice(0, space), entry.slice(space + 1));
  }
  const alternatives = new Map<string, string[]>();
  for (const [char, forms] of counts) {
    const usual = characters.get(char) ?? char;
    let total = 0;
    for (const count of forms.values()) total += count;
    const { least, share, many } = ALTERNATIVE_PHRASES;
    const others = [...forms]
      .filter(([form, count]) => form !== usual && count >= least && (count >= total * share || count >= many))
      .sort((a, b) => b[1] - a[1])
      .map(([form]) => form);
    if (others.length) alternatives.set(char, [usual, ...others]);
  }
  return { phrases, longest, characters, alternatives };
}

/** Whether any character of `text` is one-to-many. */
function hasOneToMany(index: PhraseIndex, text: string): boolean {
  for (const char of text) if (index.alternatives.has(char)) return true;
  return false;
}

/** Word boundaries and names for the texts of one document (a page, a file): names found in one text hold in all. */
export class DocumentContext {
  private readonly boundaries = new Map<string, Uint8Array>();
  readonly names: Name[];

  constructor(
    private readonly index: PhraseIndex,
    texts: readonly string[],
  ) {
    const contested = (text: string) => hasOneToMany(index, text);
    this.names = findNames(texts, this, contested);
  }

  boundariesOf(text: string): Uint8Array {
    let boundaries = this.boundaries.get(text);
    if (!boundaries) this.boundaries.set(text, (boundaries = wordBoundaries(text)));
    return boundaries;
  }

  isWordStart(text: string, offset: number): boolean {
    return this.boundariesOf(text)[offset] === BOUNDARY;
  }

  isWord(text: string, start: number, end: number): boolean {
    return isWord(this.boundariesOf(text), start, end);
  }

  /** The replacements that convert `text`, and the one-to-many characters they decided without a phrase. */
  convert(text: string): { replacements: Replacement[]; choices: InputChoice[] } {
    return chooseReplacements(text, this.index, this.boundariesOf(text), this.names);
  }
}

function isWord(boundaries: Uint8Array, start: number, end: number): boolean {
  if (boundaries[start] !== BOUNDARY || boundaries[end] !== BOUNDARY) return false;
  for (let k = start + 1; k < end; k++) if (boundaries[k] === BOUNDARY) return false;
  return true;
}

/**
 * Whether a phrase at [start, end) splits a word of the sentence: it takes part of a word (保护发展: 护发 takes 发 of
 * 发展) and gives that part another form than the word would have on its own (髮, where 发展 is 發展). A phrase
 * inside one word, or one that takes part of a word without changing its reading (周线 of 周/线图), does not.
 */
function splitsWord(
  text: string,
  start: number,
  end: number,
  value: string,
  index: PhraseIndex,
  boundaries: Uint8Array,
): boolean {
  if (boundaries[start] === BOUNDARY && boundaries[end] === BOUNDARY) return false;
  let inside = true;
  for (let k = start + 1; k < end; k++) if (boundaries[k] === BOUNDARY) inside = false;
  if (inside) return false;
  for (const cut of [start, end]) {
    if (boundaries[cut] === BOUNDARY) continue;
    if (boundaries[cut] === INSIDE_NUMBER) return true;
    let wordStart = cut - 1;
    while (wordStart > 0 && boundaries[wordStart] !== BOUNDARY) wordStart--;
    let wordEnd = cut + 1;
    while (wordEnd < text.length && boundaries[wordEnd] !== BOUNDARY) wordEnd++;
    const reading = convertAlone(text.slice(wordStart, wordEnd), index);
    const from = Math.max(start, wordStart);
    const to = Math.min(end, wordEnd);
    if (reading.slice(from - wordStart, to - wordStart) !== value.slice(from - start, to - start)) return true;
  }
  // Nor may it take the start of a phrase that agrees with the words (江干 of 长江/干支/流 would take 干支流), unless
  // both read the shared characters alike and the rest of that phrase reads as its characters do (昆剧 of 上海/昆/剧团:
  // 崑劇 and 劇團 agree on 劇, and 团 is 團 either way).
  for (let k = start + 1; k < end; k++) {
    const agreeing = agreeingPhraseAt(text, k, index, boundaries);
    if (agreeing && !sharesAlike(text, start, end, value, k, agreeing, index)) return true;
  }
  return false;
}

/** The value of the longest phrase at `at` that agrees with the words, if any. */
function agreeingPhraseAt(text: string, at: number, index: PhraseIndex, boundaries: Uint8Array): string | null {
  for (let length = Math.min(index.longest[text.charCodeAt(at)]!, text.length - at); length >= 2; length--) {
    const value = index.phrases.get(text.slice(at, at + length));
    if (value === undefined) continue;
    if (boundaries[at] === BOUNDARY && boundaries[at + length] === BOUNDARY) return value;
    let inside = true;
    for (let k = at + 1; k < at + length; k++) if (boundaries[k] === BOUNDARY) inside = false;
    if (inside) return value;
  }
  return null;
}

/**
 * Whether the phrase [start, end) → `value` and the agreeing phrase at `at` → `other` give their shared characters the
 * same forms, and what the phrase leaves of the other reads as its characters alone do, with no phrase of its own.
 */
function sharesAlike(
  text: string,
  start: number,
  end: number,
  value: string,
  at: number,
  other: string,
  index: PhraseIndex,
): boolean {
  if (value.length !== end - start || other.length < end - at) return false;
  if (value.slice(at - start) !== other.slice(0, end - at)) return false;
  const otherEnd = at + other.length;
  for (let k = end; k < otherEnd; k++) {
    const char = text[k]!;
    if ((index.characters.get(char) ?? char) !== other[k - at]) return false;
    // Nor may the rest start a phrase of its own past the other's end (地表 of 地/表明/了 would leave 明了 → 明瞭).
    for (let length = Math.min(index.longest[text.charCodeAt(k)]!, text.length - k); k + length > otherEnd; length--)
      if (index.phrases.has(text.slice(k, k + length))) return false;
  }
  return true;
}

/** A word converted on its own, OpenCC's way (longest phrase from the left, else the usual character). */
function convertAlone(word: string, index: PhraseIndex): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    let matched = false;
    for (let length = Math.min(index.longest[word.charCodeAt(i)]!, word.length - i); length >= 2; length--) {
      const value = index.phrases.get(word.slice(i, i + length));
      if (value !== undefined && value.length === length) {
        out += value;
        i += length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out += index.characters.get(word[i]!) ?? word[i]!;
      i++;
    }
  }
  return out;
}

function chooseReplacements(
  text: string,
  index: PhraseIndex,
  boundaries: Uint8Array,
  names: readonly Name[],
): { replacements: Replacement[]; choices: InputChoice[] } {
  const replacements: Replacement[] = [];
  const choices: InputChoice[] = [];
  const spans = nameSpans(text, names);
  for (const at of titledSurnames(text, (start, end) => isWord(boundaries, start, end))) {
    if (!spans.some((span) => at >= span.start && at < span.end))
      spans.push({ start: at, end: at + 1, name: { text: text[at]!, kind: 'person' } });
  }
  spans.sort((a, b) => a.start - b.start);
  const nameAt = new Int32Array(text.length).fill(-1);
  spans.forEach((span, s) => {
    nameAt.fill(s, span.start, span.end);
  });

  const character = (at: number, usual: string | undefined, alone: boolean) => {
    const char = text[at]!;
    const alternatives = index.alternatives.get(char);
    const value = (alone && ALONE[char]) || usual || char;
    if (value !== char) replacements.push({ start: at, end: at + 1, value, phrase: false });
    if (alternatives) choices.push({ at, alternatives: [value, ...alternatives.filter((form) => form !== value)] });
  };

  for (let i = 0; i < text.length; ) {
    const span = nameAt[i]! >= 0 ? spans[nameAt[i]!]! : null;
    if (span) {
      convertName(text, span.start, span.end, span.name, index, replacements, choices);
      i = span.end;
      continue;
    }
    const phrase = longestPhrase(text, i, index, boundaries, nameAt);
    if (phrase) {
      replacements.push(phrase);
      i = phrase.end;
      continue;
    }
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const char = text.slice(i, i + 2);
      const value = index.characters.get(char);
      if (value && value !== char) replacements.push({ start: i, end: i + 2, value, phrase: false });
      i += 2;
      continue;
    }
    const char = text[i]!;
    const keep = index.alternatives.get(char)?.includes(char) && inForeignName(text, i);
    const usual = keep ? char : (countedForm(text, i, index) ?? index.characters.get(char));
    character(i, usual, isWord(boundaries, i, i + 1));
    i++;
  }
  return { replacements, choices };
}

function longestPhrase(
  text: string,
  at: number,
  index: PhraseIndex,
  boundaries: Uint8Array,
  nameAt: Int32Array,
): Replacement | null {
  const longest = Math.min(index.longest[text.charCodeAt(at)]!, text.length - at);
  for (let length = longest; length >= 2; length--) {
    const end = at + length;
    if (nameAt.subarray(at, end).some((name) => name >= 0)) continue; // never across a name
    const key = text.slice(at, end);
    const value = index.phrases.get(key);
    if (value === undefined || splitsWord(text, at, end, value, index, boundaries)) continue;
    if (length === 2 && countsNothing(text, at, key, value, index)) continue;
    return { start: at, end, value, phrase: true };
  }
  return null;
}

/** A numeral and a measure word whose phrase form counts something (一出 → 一齣) with nothing after it to count. */
function countsNothing(text: string, at: number, key: string, value: string, index: PhraseIndex): boolean {
  const measure = key[1]!;
  if (!COUNTING.test(key[0]!) || !MEASURE_WORDS.has(measure)) return false;
  if (value[1] === (index.characters.get(measure) ?? measure)) return false;
  return countsNothingBefore(measure, text[at + 2]);
}

/**
 * A foreign name is written with a middle dot between its parts (塔里克·拉马丹): its characters stand for sounds.
 * A character counts as part of one within a few characters of the dot.
 */
function inForeignName(text: string, at: number): boolean {
  for (const step of [-1, 1]) {
    for (let k = at + step; k >= 0 && k < text.length && Math.abs(k - at) <= FOREIGN_NAME_PART; k += step) {
      if (text[k] === '·' || text[k] === '・') return true;
      if (!HAN_CHAR.test(text[k]!)) break;
    }
  }
  return false;
}

/**
 * A measure word after a numeral or demonstrative, before what it counts, takes the form OpenCC's phrase `一X`
 * gives it: 这出音乐剧 → 這齣, as 一出 → 一齣.
 */
function countedForm(text: string, at: number, index: PhraseIndex): string | undefined {
  if (at === 0 || !COUNTING.test(text[at - 1]!) || !MEASURE_WORDS.has(text[at]!)) return undefined;
  if (countsNothingBefore(text[at]!, text[at + 1]) && !LENGTH_UNITS.has(text[at]!)) return undefined;
  const counted = index.phrases.get(`一${text[at]}`);
  return counted && counted.length === 2 ? counted[1] : undefined;
}

/**
 * A name keeps its characters: a person's surname stays itself (范平明, not 範平明). A place takes the dictionary's
 * phrase for it (沈阳 → 瀋陽, 余姚 → 餘姚, 范县 → 范縣); one the dictionary does not know keeps the characters it is
 * written with wherever they are traditional characters too (干河镇 → 干河鎮, not 幹河).
 */
function convertName(
  text: string,
  start: number,
  end: number,
  name: Name,
  index: PhraseIndex,
  replacements: Replacement[],
  choices: InputChoice[],
): void {
  const whole = index.phrases.get(text.slice(start, end + 1)) ?? index.phrases.get(text.slice(start, end));
  for (let at = start; at < end; at++) {
    const char = text[at]!;
    const usual = index.characters.get(char) ?? char;
    const phrased = whole?.[at - start];
    const alternatives = index.alternatives.get(char);
    const own = alternatives?.includes(char) ? char : usual;
    let value = usual;
    if (name.kind === 'person') value = at === start ? own : (phrased ?? usual);
    else value = phrased ?? own;
    if (value !== char) replacements.push({ start: at, end: at + 1, value, phrase: false });
    if (alternatives && (phrased === undefined || name.kind === 'person'))
      choices.push({ at, alternatives: [value, ...alternatives.filter((form) => form !== value)] });
  }
}
