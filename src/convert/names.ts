/**
 * Names in simplified Chinese text that must not be converted as common words: a surname such as 范, 于, 余 or 沈
 * before a given name or a title (范平明书记, 记者 于洋, 余书记) or among other people's names (演员有余文乐、蔡卓妍),
 * and a place named before 县, 市… (谷城县). The text itself is the evidence: a name seen with a title, in a byline, in
 * a list of people or before an administrative unit is a name wherever the same text repeats it.
 */
import { SURNAMES as FAMILY_NAMES } from '../core/text/surnames';

/** Surnames that are also common characters converting to something else (范 → 範, 于 → 於, 余 → 餘, 干 → 幹…). */
export const SURNAMES = new Set([...'范于余沈谷干郁党朴卜涂种曲岳姜占']);

/** Titles and forms of address that follow a name. */
const TITLES =
  '书记|副书记|县长|市长|省长|区长|镇长|乡长|村长|州长|主任|部长|局长|厅长|处长|科长|所长|院长|校长|站长|队长|会长|社长|台长|主席|总理|委员|常委|代表|同志|先生|女士|老师|教授|院士|博士|医生|董事长|总经理|经理|秘书长|干部|烈士|老人';
/** Byline labels that come before a name. */
const BYLINES = '记者|通讯员|编辑|责任编辑|责编|作者|撰稿|撰文|摄影|摄|文|图|审核|审校|校对|主持人|整理|翻译|编审|监制';
/** Administrative units after a place name. */
const UNITS = '县|市|区|镇|乡|村|旗';
/** Words for a number of units (几县, 各市, 全区): what stands before the unit is no place's name. */
const QUANTITY = /[几两数各每诸本该全多一二三四五六七八九十百千万]$/u;
/** Words that end a byline name: `记者范平明报道` is 范平明. */
const AFTER_BYLINE_NAME = /(?:报道|摄影?|电|讯|发自|通讯员|记者|编辑)$/;

/** What a given name does not start with: the surname is then a preposition or a word of its own (于今年, 余下). */
const NOT_GIVEN_NAME =
  /[今明昨去本上下前后这那此其每各该是在的了和与及对将把被从向为以而等年月日时一二三四五六七八九十]/;

const SURNAME_CLASS = `[${[...SURNAMES].join('')}]`;
/**
 * 党 beside a title is the party (党代表, 党总支书记, 代表党中央), not the family name: it is read as one only in a
 * byline or a list of people.
 */
const TITLED_CLASS = `[${[...SURNAMES].filter((surname) => surname !== '党').join('')}]`;
const WITH_TITLE = new RegExp(`(${TITLED_CLASS})(\\p{sc=Han}{0,2}?)(?:${TITLES})`, 'gu');
const AFTER_TITLE = new RegExp(`(?:${TITLES})(${TITLED_CLASS})`, 'gu');
const IN_BYLINE = new RegExp(`(?:${BYLINES})[：:/／\\s]*(${SURNAME_CLASS}\\p{sc=Han}{1,2})`, 'gu');
const BEFORE_UNIT = new RegExp(`(\\p{sc=Han}{1,2}?)(?:${UNITS})`, 'gu');
/**
 * A list whose items are two or three characters (`演员有余文乐、蔡卓妍、黎国辉等`). The first item may run on from the
 * words before it (`有余文乐`): only its last three characters are taken, which also keeps the search from reading a
 * long run of Han characters again from each of its characters.
 */
const ENUMERATION = /(\p{sc=Han}{2,3})((?:、\p{sc=Han}{2,3})+)(?=等|[^\p{sc=Han}]|$)/gu;
/** People listed besides the one in question that make a list one of names. */
const LISTED_PEOPLE = 2;

/** A name found in the text: its characters, and whether it is a person's (surname first) or a place's. */
export interface Name {
  text: string;
  kind: 'person' | 'place';
}

/**
 * Names the texts show to be names. `isWordStart(text, offset)` and `isWord(text, start, end)` answer from the word
 * segmenter, so that a surname inside a common word (由于, 其余, 范围) is never taken for one.
 */
export function findNames(
  texts: readonly string[],
  words: {
    isWordStart(text: string, offset: number): boolean;
    isWord(text: string, start: number, end: number): boolean;
  },
  contested: (text: string) => boolean,
): Name[] {
  const found = new Map<string, Name>();
  const add = (text: string, kind: Name['kind']) => {
    if (!found.has(text)) found.set(text, { text, kind });
  };
  for (const text of texts) {
    if (!contested(text)) continue;
    for (const match of text.matchAll(WITH_TITLE)) {
      const at = match.index;
      const name = match[1]! + match[2]!;
      // A lone surname before a title (余书记) is a name there only; it is not carried to the rest of the text.
      if (name.length < 2 || words.isWord(text, at, at + name.length) || NOT_GIVEN_NAME.test(name[1]!)) continue;
      if (words.isWord(text, at, at + 1)) add(name, 'person');
    }
    for (const match of text.matchAll(AFTER_TITLE)) {
      const at = match.index + match[0].length - 1;
      if (!words.isWord(text, at, at + 1)) continue;
      let end = at + 2;
      while (end <= text.length && end <= at + 3 && !words.isWordStart(text, end)) end++;
      const given = text.slice(at + 1, end);
      if (end <= at + 3 && /^\p{sc=Han}+$/u.test(given) && !NOT_GIVEN_NAME.test(given[0]!))
        add(text.slice(at, end), 'person');
    }
    for (const match of text.matchAll(IN_BYLINE)) {
      let name = match[1]!;
      const at = match.index + match[0].length - name.length;
      const trailing = AFTER_BYLINE_NAME.exec(name);
      if (trailing) name = name.slice(0, trailing.index);
      if (name.length >= 2 && words.isWord(text, at, at + 1) && !NOT_GIVEN_NAME.test(name[1]!)) add(name, 'person');
    }
    for (const match of text.matchAll(ENUMERATION)) {
      const first = match[1]!;
      const items = [{ text: first, at: match.index }];
      let at = match.index + match[1]!.length + 1;
      for (const item of match[2]!.slice(1).split('、')) {
        items.push({ text: item, at });
        at += item.length + 1;
      }
      // A person's name is no word of the dictionary and starts with a family name; nor is the given name a word
      // (`余部分` in `剩余部分` is no name).
      const isWordAt = (start: number, end: number) => words.isWord(text, start, end);
      const person = (item: { text: string; at: number }) =>
        FAMILY_NAMES.has(item.text[0]!) &&
        !isWordAt(item.at, item.at + item.text.length) &&
        !(item.text.length === 3 && isWordAt(item.at + 1, item.at + 3));
      items.forEach((item, k) => {
        if (!SURNAMES.has(item.text[0]!) || (k === 0 && item.text.length !== 3) || !person(item)) return;
        if (items.filter((other) => other !== item && person(other)).length >= LISTED_PEOPLE) add(item.text, 'person');
      });
    }
    for (const match of text.matchAll(BEFORE_UNIT)) {
      const name = match[1]!;
      const at = match.index;
      if (name.length < 2 || !contested(name) || QUANTITY.test(name)) continue;
      if (words.isWordStart(text, at) && words.isWordStart(text, at + name.length)) add(name, 'place');
    }
  }
  return [...found.values()];
}

/** Where each name occurs in `text`, longest first where two overlap. */
export function nameSpans(text: string, names: readonly Name[]): { start: number; end: number; name: Name }[] {
  const spans: { start: number; end: number; name: Name }[] = [];
  const taken = new Uint8Array(text.length);
  for (const name of [...names].sort((a, b) => b.text.length - a.text.length)) {
    for (let at = text.indexOf(name.text); at !== -1; at = text.indexOf(name.text, at + 1)) {
      const end = at + name.text.length;
      if (taken.subarray(at, end).some((t) => t === 1)) continue;
      taken.fill(1, at, end);
      spans.push({ start: at, end, name });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Lone surnames before a title in `text` (余书记): names at that place only. */
export function titledSurnames(text: string, isWord: (start: number, end: number) => boolean): number[] {
  const offsets: number[] = [];
  for (const match of text.matchAll(WITH_TITLE)) {
    if (match[2] === '' && isWord(match.index, match.index + 1)) offsets.push(match.index);
  }
  return offsets;
}
