/**
 * Labelled bylines: `来源：X`, `责任编辑：Y`, `作者：Z`, several to a line (`来源：X | 作者：Y | 编辑：Z`), with a date
 * or a view counter beside them. Labels are written once, in simplified characters and ASCII punctuation, and matched
 * on the script-neutral view of a line; values are read from the page's own text at the same offsets and end where the
 * page ends them: at the next label, a bracket, a separator, a date, or the edge of the element that holds them.
 */
import type { Page } from '../article';
import { CLOSING_MARK, endsWithOneOf, MARKUP_DEBRIS, OPENING_MARK } from '../chars';
import { BRACKETED_AFFILIATION } from './names';
import { perLine } from './per-line';
import { SURNAMES } from './surnames';
import { WIDGET_WORDS } from './widgets';

export type CreditField = 'source' | 'editor' | 'author' | 'reviewer';

/** A credit no field shows (通讯员, 摄影, 选稿): the line is still a byline. */
const ROLE = 'role';

/** Every label word and what its value is: a field, a credit no field shows, or `null` for a date or a contact. */
const LABEL_WORDS: Record<string, CreditField | typeof ROLE | null> = {
  责任编辑: 'editor',
  责编: 'editor',
  值班编辑: 'editor',
  流程编辑: 'editor',
  网络编辑: 'editor',
  本文编辑: 'editor',
  见习编辑: 'editor',
  实习编辑: 'editor',
  编辑: 'editor',
  编审: 'reviewer',
  审核: 'reviewer',
  终审: 'reviewer',
  审校: 'reviewer',
  校对: 'reviewer',
  签发: 'reviewer',
  一审: 'reviewer',
  二审: 'reviewer',
  三审: 'reviewer',
  初审: 'reviewer',
  复审: 'reviewer',
  监制: 'reviewer',
  来源: 'source',
  稿源: 'source',
  出处: 'source',
  出自: 'source',
  转自: 'source',
  转载自: 'source',
  转载于: 'source',
  本文来源: 'source',
  文章来源: 'source',
  新闻来源: 'source',
  信息来源: 'source',
  信息提供: 'source',
  信息提供单位: 'source',
  供稿单位: 'source',
  报送单位: 'source',
  发布机构: 'source',
  记者: 'author',
  作者: 'author',
  撰文: 'author',
  文字: 'author',
  撰稿: 'author',
  采写: 'author',
  图文: 'author',
  文图: 'author',
  特派员: 'author',
  执笔: 'author',
  执笔人: 'author',
  通讯员: ROLE,
  实习生: ROLE,
  摄影: ROLE,
  摄像: ROLE,
  图片: ROLE,
  视频: ROLE,
  编译: ROLE,
  翻译: ROLE,
  译者: ROLE,
  核稿: ROLE,
  选稿: ROLE,
  策划: ROLE,
  统筹: ROLE,
  设计: ROLE,
  美编: ROLE,
  视觉: ROLE,
  值班主任: ROLE,
  制图: ROLE,
  海报: ROLE,
  发布时间: null,
  发稿时间: null,
  发布日期: null,
  发表时间: null,
  更新时间: null,
  录入时间: null,
  上传时间: null,
  时间: null,
  日期: null,
  电话: null,
  联系电话: null,
  联络电话: null,
  传真: null,
  邮箱: null,
  投稿邮箱: null,
  地址: null,
  邮编: null,
  出版社: null,
};

const SPACE = /\s+/gu;
const LEADING_SPACE = /^\s/u;

/** The field a label word's value fills (`责任编辑` → editor, `编 辑` → editor), null when none does. */
export function fieldOfLabel(label: string): CreditField | null {
  const field = LABEL_WORDS[label.replace(SPACE, '')];
  return field === ROLE ? null : (field ?? null);
}

/** Whether a label (its spaces taken out) credits someone, in a field or not (`编辑`, `摄影`), not a date or a contact. */
function creditsSomeone(label: string): boolean {
  return (LABEL_WORDS[label] ?? null) !== null;
}

/**
 * Label words longest first, so 责任编辑 wins over 编辑; a label's characters may stand apart, as templates space them
 * to align a column of labels (`编　辑：`, `来  源：`). Any run of spaces may part them: a bounded run (`\s{0,3}`) between
 * every two characters makes the label pattern several times slower to compile, and it is compiled on every page.
 */
const longestFirst = (labels: string[], spacedOut = true) =>
  labels
    .sort((a, b) => b.length - a.length)
    .map((label) => (spacedOut ? [...label].join(String.raw`\s*`) : label))
    .join('|');
const LABEL_ALTERNATION = longestFirst(Object.keys(LABEL_WORDS));
/** The same words as written, for labels that stand in brackets or between spaces (a smaller regex compiles faster). */
const LABEL_WORDS_AS_WRITTEN = longestFirst(Object.keys(LABEL_WORDS), false);
/** Credit label words, and the words a credit or a dispatch opens with, anywhere in a text (neutral view). */
export const CREDIT_WORDS = new RegExp(`${LABEL_WORDS_AS_WRITTEN}|通讯员|特派员|本报讯|本网讯|责任`, 'gu');
const HAN_CHARACTER = /\p{Script=Han}/gu;

/**
 * How many Han characters a text (neutral view) holds beyond credit labels and widget words: a headline or an
 * outlet says something more than `責任記者`, `本报讯來源`, `打印本页 上一篇` or `责任编辑`.
 */
export function hanBeyondLabels(view: string): number {
  return view.replace(CREDIT_WORDS, '').replace(WIDGET_WORDS, '').match(HAN_CHARACTER)?.length ?? 0;
}

const SOURCE_LABELS = longestFirst(Object.keys(LABEL_WORDS).filter((label) => LABEL_WORDS[label] === 'source'));
/**
 * Labels of people's credits that may also stand without a colon, parted by spaces from the names before and after them
 * (`新京报记者 张三 编辑 李四 校对 王五`): every credit label but the source's, the dates' and the contacts', before a
 * family name.
 */
const NOT_SPACED = /来源|稿源|出处|出自|转|时间|日期|电话|传真|邮|地址|出版社/u;
const SPACED_LABEL_WORDS = Object.keys(LABEL_WORDS).filter((label) => !NOT_SPACED.test(label));
const SPACED_LABELS = longestFirst(SPACED_LABEL_WORDS, false);

/**
 * A label and its colon (`来源:`), `文/` or `图/` before a name (`文/图 张三`: both by one hand), `文:` where no word ends
 * in 文 (`原文:` is none), `发表于` before a date, a counter (`阅读(12)`), or a source label right before its bracketed
 * value (`出自[人民文学出版社]`, `转自《北京科技报》`), a label in brackets of its own (`【来源】`), or a person's credit label
 * between spaces before a name (`… 编辑 李四`), on the neutral view. Longer labels come first so 责任编辑 wins over
 * 编辑.
 */
export const LABELS = new RegExp(
  String.raw`(${LABEL_ALTERNATION})\s*[:|丨/]\s*|((?:文\s*[/|丨]\s*图|图\s*[/|丨]\s*文)(?=\s*[:/|丨\s]|$)|(?<!\p{Script=Han})文(?=\s*:)|[文图](?=\s*[/|丨]))\s*[:/|丨]?\s*|(发表于|发布于)\s*:?\s*|(阅读|评论|浏览|点击|人气)(?:次数|数)?\s*[:(]\s*|(${SOURCE_LABELS})(?=[[【〔《])|[[【]\s*(${LABEL_WORDS_AS_WRITTEN})\s*[\]】]\s*|(?<=\s)(${SPACED_LABELS})\s+(?=[${[...SURNAMES].join('')}])`,
  'gu',
);

/**
 * Every label ends in one of these (or in 于 after 发表/发布, or before a bracket), or is a spaced label after a space: a line
 * without them holds no label.
 */
const LABEL_MARK = new RegExp(
  `[:/(于|丨[【〔《]|\\s[${[...new Set(SPACED_LABEL_WORDS.map((label) => label[0]))].join('')}]`,
  'u',
);

/** The first label on a line, or null; it uses the scan's own regex, so the large pattern is compiled once. */
export function firstLabel(view: string): RegExpExecArray | null {
  if (!LABEL_MARK.test(view)) return null;
  LABELS.lastIndex = 0;
  const match = LABELS.exec(view);
  LABELS.lastIndex = 0;
  return match;
}

/** A block holding a credit label alone, with or without its colon (`来源：`, `作者`), is this short. */
export const LABEL_ALONE_MAX = 8;

/**
 * The credit label a block (neutral view, trimmed) holds and nothing more, ending in its colon (`来源` → `来源:`), and
 * the field its value fills; null for anything else, a label no field shows (`摄影`) included.
 */
export function labelAlone(view: string): { marked: string; field: CreditField } | null {
  if (view.length === 0 || view.length > LABEL_ALONE_MAX) return null;
  const marked = view.endsWith(':') ? view : `${view}:`;
  // The label pattern takes the whole line exactly when what stands before the colon, its inner spaces taken out, is
  // a label word: a lookup, where most short blocks of a page would run the large pattern.
  const word = marked.slice(0, -1);
  if (LEADING_SPACE.test(word)) return null;
  const label = word.replace(SPACE, '');
  const field = Object.hasOwn(LABEL_WORDS, label) ? fieldOfLabel(label) : null;
  return field ? { marked, field } : null;
}

/**
 * Where a value ends: a bracket, a separator, a date, or a label this list does not know, a word and its colon after a
 * space (`编辑：张三 视觉：李四`, `值班主任：`).
 */
const VALUE_ENDS = /[【】[\]()|]|\d{4}\s*[-/.年]|(?<=\s)\p{Script=Han}{1,6}\s*:/gu;
const AFFILIATION_AT = new RegExp(BRACKETED_AFFILIATION.source, 'uy');
/** Text after a writer's bracketed affiliation: the name or the post it belongs to, or the next name. */
const MORE_AFTER = /\s*[、,]?\s*\p{Script=Han}/uy;

/**
 * Where a value ends in `raw`. A person's value goes on past a bracketed affiliation to the names
 * (`张三（北京大学教授）、李四（清华大学教授）`, `中共中央党校（国家行政学院）教授 张三`); an affiliation closing it stays out.
 */
function valueLength(raw: string, person: boolean): number {
  VALUE_ENDS.lastIndex = 0;
  for (let stop = VALUE_ENDS.exec(raw); stop; stop = VALUE_ENDS.exec(raw)) {
    if (!person || stop[0] !== '(') return stop.index;
    AFFILIATION_AT.lastIndex = stop.index;
    if (!AFFILIATION_AT.test(raw)) return stop.index;
    MORE_AFTER.lastIndex = AFFILIATION_AT.lastIndex;
    if (!MORE_AFTER.test(raw)) return stop.index;
    VALUE_ENDS.lastIndex = AFFILIATION_AT.lastIndex;
  }
  return raw.length;
}
/** A value wrapped in brackets: `来源：[ 人民网 ]`, `来源：【新华社】`. */
const WRAPPED_VALUE = /^\s*[[【〔]\s*([^\]】〕]{1,30}?)\s*[\]】〕]/u;
/** Markup debris and template placeholders are never a value (`size="20"`). */
const NOT_A_VALUE = new RegExp(`${MARKUP_DEBRIS.source}|^(?:null|undefined|none)$`, 'iu');
const EDGE_PUNCTUATION = /^[\s\p{P}]+|[\s\p{P}]+$/gu;
/** Punctuation that joins the parts of one name across elements: `玉林新闻网</a>-<a>玉林晚报`. */
const JOINING = /[-—–·・&/]/u;
/** Brackets around a value in an element of its own (`来源：[ <a>人民网</a> ]`) hold it, not part it. */
const OPENING = /[[【〔(《]/u;
const CLOSING = /[\]】〕)》]/u;

/**
 * What a label right after these words credits: a picture, a video, a table, data (`封面图片来源`, `表格来源`,
 * `数据来源`), or a piece of news its informant (`消息来源：知情人士`).
 */
const MATERIAL =
  /(?:图片|照片|相片|图|视频|影片|音频|封面|题图|配图|插图|地图|图表|表格|(?<!发)表|数据|资料|素材|音乐|消息)$/u;
/** 总 before 编辑: the paper's editor-in-chief (`总编辑：`, `副总编辑：`), a masthead's credit, not the article's. */
const MASTHEAD = /总$/u;

/** An account's id (`ID：jrtt`, `微信号：rmrbwx`), neutral view. */
export const ACCOUNT_ID = String.raw`(?:微信)?(?:ID|号)\s*:\s*[A-Za-z][\w-]{2,30}`;
/** The id in brackets beside its account's name (`央视新闻（ID：cctvnewscenter）`), as a web address beside a site's. */
const BRACKETED_ACCOUNT_ID = new RegExp(String.raw`\(\s*${ACCOUNT_ID}\s*\)`, 'gu');

/** Bylines are short lines; longer text is a sentence even if it quotes a label. */
const BYLINE_MAX = 80;
const SENTENCE_MARKS = '。！？!?';
/** Portals print their address beside the byline (`http://www.sina.net 2005年03月21日`); it is not a sentence. */
export const WEB_ADDRESS = /(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?/giu;
/** Words a byline carries besides its labelled values (a site or app name, 浏览次数). */
const BYLINE_RESIDUE = 12;
const NOT_RESIDUE = /[\s\p{P}\p{S}\d年月日时分]/gu;

export interface BylineValue {
  value: string;
  /** The label as the neutral view writes it (`责任编辑`). */
  label: string;
  /** Where the value starts in the line. */
  start: number;
}

export interface ParsedByline {
  /** Every labelled value of each field, in line order (`编辑：甲 责任编辑：乙` gives the editor two). */
  values: Partial<Record<CreditField, BylineValue[]>>;
  /** The line's text outside its labels and values (neutral view). */
  residue: string;
  labels: number;
  /** Labels with a mark and a value that credit someone, whether or not a field shows them (`摄影：李四`). */
  credits: number;
}

/** The first element edge inside `start..end` with text on both sides that no joining mark bridges. */
function elementEdge(view: string, breaks: readonly number[] | undefined, start: number, end: number): number {
  if (!breaks) return end;
  for (const at of breaks) {
    if (at <= start || at >= end) continue;
    const before = view.slice(start, at).trimEnd();
    const after = view.slice(at).trimStart();
    if (!before || !after) continue;
    if (JOINING.test(before.at(-1)!) || JOINING.test(after[0]!)) continue;
    if (OPENING.test(before.at(-1)!) || CLOSING.test(after[0]!)) continue;
    return at;
  }
  return end;
}

/** A name alone in its element: two to four Han characters after a family name. */
const LONE_NAME = /^\p{Script=Han}{2,4}$/u;

/** What may stand between two names in elements of their own: `<a>张三</a>、<a>李四</a>`. */
const NAME_SEPARATOR = /^[、,;]$/u;

const isLoneName = (piece: string) => LONE_NAME.test(piece) && SURNAMES.has(piece[0]!);

/**
 * Where a person credit's value ends: at the first element edge, or past the elements after it that each hold a name
 * alone (`作者：<a>张三</a><a>李四</a>`, or with a separator between them), the edges between them parting the names.
 */
function namesEdge(view: string, breaks: readonly number[] | undefined, start: number, end: number): number {
  let at = elementEdge(view, breaks, start, end);
  while (at < end) {
    let next = elementEdge(view, breaks, at, end);
    let piece = view.slice(at, next).trim();
    if (NAME_SEPARATOR.test(piece) && next < end) {
      const after = elementEdge(view, breaks, next, end);
      piece = view.slice(next, after).trim();
      next = after;
    }
    if (!isLoneName(piece)) break;
    at = next;
  }
  return at;
}

/**
 * Every labelled value on a line (`view` is its neutral view, `breaks` the offsets where its elements meet), and what
 * is left when labels and values are taken out.
 */
export function parseByline(text: string, view: string = text, breaks?: readonly number[]): ParsedByline {
  const values: Partial<Record<CreditField, BylineValue[]>> = {};
  if (!LABEL_MARK.test(view)) return { values, residue: view, labels: 0, credits: 0 };
  const matches: RegExpExecArray[] = [];
  LABELS.lastIndex = 0;
  for (let match = LABELS.exec(view); match; match = LABELS.exec(view)) matches.push(match);
  let residue = matches.length ? view.slice(0, matches[0]!.index) : view;
  let valueEnd = 0;
  let credits = 0;
  matches.forEach((match, i) => {
    const start = match.index + match[0].length;
    const next = i + 1 < matches.length ? matches[i + 1]!.index : view.length;
    const label = (match[1] ?? match[2] ?? match[5] ?? match[6] ?? match[7] ?? '').replace(SPACE, '');
    const credited =
      match[1] || match[6] || match[7]
        ? fieldOfLabel(label)
        : match[5]
          ? 'source'
          : match[2]?.includes('文')
            ? 'author'
            : null;
    // `图片来源：`, `视频编辑：`, `数据来源：` credit that material, not the article.
    const before = view.slice(Math.max(0, match.index - 2), match.index);
    const field = credited && (MATERIAL.test(before) || MASTHEAD.test(before)) ? null : credited;
    const end =
      field && field !== 'source' ? namesEdge(view, breaks, start, next) : elementEdge(view, breaks, start, next);
    const raw = view.slice(start, end);
    const wrapped = WRAPPED_VALUE.exec(raw);
    const length = wrapped ? wrapped[0].length : valueLength(raw, field !== null && field !== 'source');
    const from = wrapped ? start + raw.indexOf(wrapped[1]!) : start;
    const to = wrapped ? from + wrapped[1]!.length : start + length;
    const { value, at } = balanced(text.slice(from, to), view.slice(from, to));
    const real = value !== '' && !NOT_A_VALUE.test(view.slice(from + at, from + at + value.length));
    if (field && real && !creditsWork(view, i === 0 ? 0 : valueEnd, match.index)) {
      (values[field] ??= []).push({ value, label, start: from + at });
    }
    // A label with a mark that credits someone no field shows (`摄影：李四`), with a value after it; a spaced one
    // (`… 通讯员 李四`) does not count: alone it may close a reporter's credit other rules read (`（记者 刘蓉 通讯员 李琪彬）`).
    if (real && (match[1] || match[6]) && creditsSomeone(label)) credits++;
    valueEnd = start + length;
    residue += view.slice(start + length, next);
  });
  return { values, residue, labels: matches.length, credits };
}

/**
 * A value without the punctuation at its edges, but keeping a mark whose partner it holds (`“学习强国”学习平台`), found
 * on the neutral view (`shownView`, same offsets); `at`: where it starts.
 */
function balanced(shown: string, shownView: string): { value: string; at: number } {
  const trimmed = shownView.replace(EDGE_PUNCTUATION, '');
  let at = trimmed ? shownView.indexOf(trimmed) : 0;
  let end = at + trimmed.length;
  if (at > 0 && shownView.slice(at, end).includes(CLOSING_MARK[shownView[at - 1]!] ?? '\0')) at--;
  if (end < shownView.length && shownView.slice(at, end).includes(OPENING_MARK[shownView[end]!] ?? '\0')) end++;
  return { value: shown.slice(at, end), at };
}

/** A label right after a work's title (`《呐喊》 作者：鲁迅`, `书名：…`) credits that work, not the article. */
const WORK_BEFORE = /《[^《》]{1,40}》\s*$|书名\s*:/u;
function creditsWork(view: string, from: number, label: number): boolean {
  return WORK_BEFORE.test(view.slice(from, label));
}

/** A short line made of labelled values (and perhaps a date), not a sentence that mentions one. `view`: neutral. */
export function isBylineText(view: string): boolean {
  if (view.length > BYLINE_MAX || endsWithOneOf(view, SENTENCE_MARKS)) return false;
  return readsAsBylineOf(view);
}

const readsAsBylineOf = perLine(readsAsByline);

function readsAsByline(view: string): boolean {
  const { values, labels, credits, residue } = parseByline(view);
  return (
    labels > 0 &&
    (Object.keys(values).length > 0 || credits > 0) &&
    residue
      .replace(WEB_ADDRESS, '')
      .replace(BRACKETED_ACCOUNT_ID, '')
      .replace(BRACKETED_AFFILIATION, '')
      .replace(NOT_RESIDUE, '').length <= BYLINE_RESIDUE
  );
}

/**
 * Labelled credits in brackets closing a paragraph, several or a 来源 among them (`（来源：人民日报）`,
 * `（责编：张三 审核：李四）`): the bracket's inside, which opens with a label and reads as a byline, and where the bracket
 * opens. A date code or `（完）` may follow the bracket.
 */
const CLOSING_BYLINE = /[(【[]\s*([^()【】[\]]{3,60}?)\s*[)】\]]\s*(?:\(完\)|\d{6,8})?\s*$/du;

export function closingByline(view: string): { inside: { start: number; end: number }; start: number } | null {
  const match = CLOSING_BYLINE.exec(view);
  if (!match) return null;
  const inside = match[1]!;
  if (firstLabel(inside)?.index !== 0 || !isBylineText(inside)) return null;
  const [start, end] = match.indices![1]!;
  return { inside: { start, end }, start: match.index };
}

/** `text.slice(start, end)` with a space wherever an element edge inside it joins two characters with none between. */
export function spacedAt(text: string, breaks: readonly number[] | undefined, start: number, end: number): string {
  if (!breaks?.some((at) => at > start && at < end)) return text.slice(start, end);
  let out = '';
  let from = start;
  for (const at of breaks) {
    if (at <= start || at >= end) continue;
    out += text.slice(from, at);
    if (!/\s/u.test(text[at - 1]!) && !/\s/u.test(text[at]!)) out += ' ';
    from = at;
  }
  return out + text.slice(from, end);
}

/** A block's element edges, while no rule has rewritten its text (offsets into another text would be wrong). */
export function breaksOf(page: Page, texts: readonly string[], block: number): readonly number[] | undefined {
  return texts[block] === page.blocks[block]!.text ? page.blocks[block]!.breaks : undefined;
}
