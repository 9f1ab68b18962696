/**
 * Outlets: what a 来源 names. A value shown as the source must be an outlet or a publisher — a known one, or one
 * shaped like one — never a person, a sentence, a page widget's words run on after it, or a placeholder such as
 * 转载文章. All matching is on the script-neutral view (src/core/text/neutral.ts); values come back in the page's script.
 */
import { CLOSING_MARK, MARKUP_DEBRIS, OPENING_MARK } from '../chars';
import { KNOWN_OUTLETS, PLATFORMS } from './outlets-data';
import { neutral } from './neutral';
import { isPlace } from './places';
import { COLUMN_WORDS, DESK_WORDS } from './sections';
import { SURNAMES } from './surnames';
import { WIDGET_AT_END, WIDGET_AT_START } from './widgets';

const KNOWN = new Set(KNOWN_OUTLETS);
const PLATFORM_NAMES = new Set(PLATFORMS);
const LONGEST_KNOWN = Math.max(...[...KNOWN, ...PLATFORM_NAMES].map((name) => name.length));

/** The last word of a news outlet's or publisher's name. */
const OUTLET_ENDING =
  /(?:报|报社|报业|日报|晚报|早报|晨报|时报|商报|快报|周报|周刊|月刊|画报|导报|网|在线|客户端|新闻|新闻社|通讯社|社|电视台|电台|广播|之声|频道|出版社|出版集团|杂志|杂志社|传媒|融媒|融媒体中心|新闻中心|政府|办公厅|办公室|委员会|局|厅|署|院|研究会|协会|学会|中心|发布|号|头条|播报|观察|视点|在线|云|TV|News|Times|Post|Daily|Agency)$/iu;
/** Words that stand where an outlet should and name none. */
const NOT_AN_OUTLET =
  /^(?:转载|转载文章|转帖|转自网络|网络|互联网|网络转载|来源网络|来自网络|网摘|本站|本网|本报|本刊|本台|(?:本报|本网|本台|本刊)讯|原创|(?:本站|本网)(?:原创|整理)|(?:本报|本网|本站|本台|本刊)综合|原创(?:文章|稿件)|网络(?:整理|收集)|综合|综合报道|综合消息|网友|网友投稿|网友提供|投稿|自媒体|新媒体|网络媒体|媒体|其他媒体|(?:微信)?公众号|未知|不详|暂无|暂缺|待定|不明|其他|其它|佚名|匿名|整理|编辑|管理员|admin|null|none|unknown|知情人士|受访者|(?:记者|本报|本网)?(?:调查|采访)|(?:本报|本网|本台|本刊|本站|特约)?(?:记者|通讯员|实习生|评论员|作者|撰稿人)(?:投稿|供稿|来稿|授权|整理)?|读者(?:来信|投稿|来稿)?|(?:本报|本网|本台|本刊|本站)?(?:编辑部|评论部|理论部|总编室)|官网|官方网站|官方微博|官方微信|客户端|app|(?:本|政府)?网站|首页|网络综合|中国|人民|系统|(?:新闻)?发布会|记者会|(?:新闻)?通气会)$/iu;
/** A picture's credit under a 来源 label: who supplied it (`受访者供图`, `央视新闻截图`), or a photo agency. */
const PICTURE_CREDIT =
  /(?:供图|提供|截图|摄|拍摄|图片|资料图)$|^(?:视觉中国|图虫(?:创意)?|摄图网|千图网|包图网|站酷海洛|东方IC|IC\s*photo|CFP|Getty\s*Images|Unsplash|Pixabay|全景网)$/iu;
const SENTENCE = /[。！？；!?;]/u;
/** A two- or three-character personal name, family name first. */
const RUN_ON_NAME = new RegExp(`^[${[...SURNAMES].join('')}][\\p{Script=Han}]{1,2}$`, 'u');
/**
 * What no outlet's name goes on with after a known outlet's (neutral view); a bracket may hold its edition
 * (`人民日报(海外版)`).
 */
const NO_NAME_GOES_ON = /^(?:[^\p{Script=Han}\s([【〔《「『"“]|记者|责任|编辑|作者|来源|本报讯|本网讯|据|相关)/u;
const URL_LIKE = /^(?:https?:\/\/|www\.)|\.(?:com|cn|net|org|gov|tw|hk)(?:\/|$)/iu;
const WRAPPER_START = /^[\s·《〈「『“"'【[〔(]+/u;
const WRAPPER_END = /[\s》〉」』”"'】\]〕)]+$/u;
/** Marks a value may trail after its name: `新华社：`, `人民网 -`. */
const TRAILING_MARKS = /[\s\-—·/:]+$/u;
/**
 * A character no outlet's name is written with: a pictograph or a symbol (`🔥`, `▶`, `┼`), or a letter of a script
 * Chinese credits do not use (what garbled or generated junk glued to a name holds: `জ`, `ꃈ`).
 */
const NOT_IN_NAMES = String.raw`[^\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}\p{P}\s+&]`;
const NOT_IN_NAMES_AT_EDGES = new RegExp(`^${NOT_IN_NAMES}+|${NOT_IN_NAMES}+$`, 'gu');
const HOLDS_NOT_IN_NAMES = new RegExp(NOT_IN_NAMES, 'u');
const MAX_OUTLET = 24;

/** The longest known outlet or platform at `start` in `text` (neutral view), or ''. */
export function knownOutletAt(text: string, start = 0): string {
  for (let length = Math.min(LONGEST_KNOWN, text.length - start); length >= 2; length--) {
    const head = text.slice(start, start + length);
    if (KNOWN.has(head) || PLATFORM_NAMES.has(head)) return head;
  }
  return '';
}

export function isKnownOutlet(value: string): boolean {
  const name = neutral(unwrapped(value));
  return KNOWN.has(name) || PLATFORM_NAMES.has(name);
}

/** A platform or portal that hosts others' articles (今日头条, 腾讯网, Yahoo新聞…). */
export function isPlatform(value: string): boolean {
  return PLATFORM_NAMES.has(neutral(unwrapped(value)));
}

/** Whether a name reads as an outlet or publisher: a known one, or one ending as they do (日报, 新闻网, 电视台…). */
export function looksLikeOutlet(value: string): boolean {
  const name = neutral(unwrapped(value));
  return KNOWN.has(name) || PLATFORM_NAMES.has(name) || (name.length >= 2 && OUTLET_ENDING.test(name));
}

/**
 * An outlet with a name of its own, not only the word that ends one (`中国青年网`, not `客户端`) or a desk's or column's
 * name before it (`扬州新闻`, not `新闻中心` or `时政频道`).
 */
function isNamedOutlet(view: string): boolean {
  if (KNOWN.has(view) || PLATFORM_NAMES.has(view)) return true;
  const ending = OUTLET_ENDING.exec(view);
  return ending !== null && ending.index >= 2 && !DESK_WORDS.has(view.slice(0, ending.index));
}

/**
 * A column's or a desk's name, perhaps with an outlet's last word after it (`时政`, `国内新闻`, `图片新闻`), that word
 * alone (`新闻`), a province or a city (`北京`, `温州市`): the page's section or a place, no outlet.
 */
function namesNoOutlet(view: string): boolean {
  if (KNOWN.has(view) || PLATFORM_NAMES.has(view)) return false;
  if (COLUMN_WORDS.has(view) || isPlace(view)) return true;
  const ending = OUTLET_ENDING.exec(view);
  return ending !== null && (ending.index === 0 || DESK_WORDS.has(view.slice(0, ending.index)));
}

/**
 * Endings too common in other words for an outlet no label vouches for: a centre, a court or a hospital (`道具中心`,
 * `社区法院`), a hall or a room, not a department (`游戏大厅`, `新闻会客厅`), a programme's site (`节目官网`), and 报
 * after a word it ends (`天气预报`, `举报`).
 */
const GENERIC_ENDING =
  /(?:^|[^心闻体])中心$|院$|号$|云$|(?:大|会客|发布|展)厅$|官网$|(?:预|汇|简|海|举|警|通|情|回|捷|喜|申|呈|填)报$/u;
/** A label's colon or a link's words (`关于中央社`, `更多新闻进入新闻中心`): a labelled value or a link, not a name alone. */
const NOT_A_NAME_ALONE = /:|^(?:关于|更多|进入|返回)/u;

/**
 * Endings a column's name shares with an outlet's (`视觉新闻`, `娱乐头条`, `财经频道`, `相关新闻`): with no label vouching
 * for it, such a name is an outlet only after a place (`扬州新闻`, `上海发布`) or when it is a known one.
 */
const COLUMN_LIKE_ENDING = /(?:新闻|频道|头条|观察|视点|播报|发布|在线|之声|TV|News|客户端)$/iu;
/** A name begins with a letter or a digit, not a dash or an arrow (`---订阅网易免费电子杂志`). */
const STARTS_AS_NAME = /^[\p{L}\p{N}]/u;

/** Whether a word printed beside a date with no label names an outlet of its own (`扬州新闻`, not `头条` or `字号`). */
export function namesOutletUnlabelled(value: string): boolean {
  const view = neutral(unwrapped(value));
  // A column's name (`党建`) even when a magazine bears it, and a platform's (`微信`, `微博`): a column, a share button.
  if (COLUMN_WORDS.has(view) || PLATFORM_NAMES.has(view) || !STARTS_AS_NAME.test(view)) return false;
  if (KNOWN.has(view)) return true;
  if (NOT_A_NAME_ALONE.test(view) || GENERIC_ENDING.test(view)) return false;
  const columnLike = COLUMN_LIKE_ENDING.exec(view);
  if (columnLike) return isPlace(view.slice(0, columnLike.index));
  return isNamedOutlet(view);
}

/**
 * The outlet a shown 来源 value names, in the page's script, or null when the value is not one. Run-on widget words
 * and a second outlet glued on after a known one are cut (`中国新闻网参与互动` → 中国新闻网); a value wrapped in
 * 《》 or 【】 is unwrapped.
 */
export function outletOf(raw: string): string | null {
  return outletList(unwrapped(raw)) ?? oneOutlet(raw);
}

function oneOutlet(raw: string): string | null {
  // Symbols set around a name are no part of it (`▶人民日报`, `人民日报微博🔥`).
  let value = accountOf(unwrapped(raw.replace(NOT_IN_NAMES_AT_EDGES, '')));
  let view = neutral(value);
  const lead = LEADING_WORDS.exec(view)?.[0].length ?? 0;
  if (lead && lead + 2 <= view.length) {
    value = unwrapped(value.slice(lead));
    view = neutral(value);
  }
  const widget = WIDGET_AT_END.exec(view);
  // A widget's words from the start (`分享到：相关新闻`) are the widget, no outlet.
  if (widget?.index === 0) return null;
  if (widget) {
    value = value.slice(0, widget.index).trim();
    view = view.slice(0, widget.index).trim();
  }
  // `第一财经日报 网友评论`: the first of several space-separated words, when it is the outlet.
  const firstWord = view.split(/\s+/u)[0] ?? '';
  if (firstWord !== view && looksLikeOutlet(firstWord)) {
    value = value.slice(0, firstWord.length);
    view = firstWord;
  }
  const known = knownOutletAt(view);
  if (known && known !== view && !/^[-—·－/\s]/u.test(view.slice(known.length))) {
    const rest = view.slice(known.length).replace(LEADING_SEPARATOR, '');
    // A known outlet run on into the next element's words: another outlet (`澎湃新闻网中国青年网`), a person
    // (`中国新闻网王帆`, `新华社、张三`), its reporter (`新华社记者张三`), a label, a pager's or a widget's words, a
    // dispatch's opening (`人民网上一篇`, `人民网编辑`, `人民网本报讯`), letters and marks (`人民网K5`), junk no name
    // holds (`人民网飯জ`) or a clause (a comma in it); other Han words may be its own (`网易商业报道`).
    if (
      isNamedOutlet(rest) ||
      RUN_ON_NAME.test(rest) ||
      NO_NAME_GOES_ON.test(rest) ||
      WIDGET_AT_START.test(rest) ||
      HOLDS_NOT_IN_NAMES.test(rest) ||
      rest.includes(',')
    ) {
      value = value.slice(0, known.length);
      view = known;
    }
  }
  value = unwrapped(value);
  view = neutral(value);
  const trailing = TRAILING_MARKS.exec(view);
  if (trailing) {
    value = value.slice(0, trailing.index);
    view = view.slice(0, trailing.index);
  }
  if (
    !value ||
    value.length > MAX_OUTLET ||
    SENTENCE.test(view) ||
    URL_LIKE.test(view) ||
    MARKUP_DEBRIS.test(view) ||
    HOLDS_NOT_IN_NAMES.test(view)
  )
    return null;
  if (NOT_AN_OUTLET.test(view) || PICTURE_CREDIT.test(view) || /^\d+$/u.test(view) || namesNoOutlet(view)) return null;
  if (!/[\p{Script=Han}A-Za-z]/u.test(view)) return null;
  return value;
}

/** What parts the outlets of a list: `新华社、人民日报`, `新华网，人民网`. */
const LIST_MARK = String.raw`\s*[、,]\s*`;
const LIST_SEPARATOR = new RegExp(LIST_MARK, 'gu');
const LEADING_SEPARATOR = new RegExp(`^${LIST_MARK}`, 'u');

/** Several outlets credited together, each one an outlet (`综合新华社、人民日报`), joined with 、; null otherwise. */
function outletList(value: string): string | null {
  const view = neutral(value);
  if (!view.includes('、') && !view.includes(',')) return null;
  const lead = LEADING_WORDS.exec(view)?.[0].length ?? 0;
  const outlets: string[] = [];
  let from = lead;
  for (const separator of [...view.matchAll(LIST_SEPARATOR), null]) {
    const to = separator ? separator.index : view.length;
    const part = value.slice(from, to);
    if (!isNamedOutlet(neutral(part)) || oneOutlet(part) !== part) return null;
    outlets.push(part);
    if (separator) from = to + separator[0].length;
  }
  return outlets.length > 1 ? outlets.join('、') : null;
}

/** Words before the outlet that say how the text came from it: `据新华社`, `综合新华社、人民日报`, `摘自《求是》`. */
const LEADING_WORDS = /^(?:据|综合自?|摘自|选自|转自|来自)\s*/u;

/** An account quoted beside the platform that carries it: `微信公众号“成都发布”` and `“成都发布”微信公众号` name 成都发布. */
const QUOTED_AFTER = /^([^“"「『《]+?)\s*[“"「『《]([^“”"「」『』《》]{2,30})[”"」』》]?$/u;
const QUOTED_BEFORE = /^[“"「『《]?([^“”"「」『』《》]{2,30})[”"」』》]\s*([^”"」』》]+)$/u;
const ACCOUNT_WORDS = /^(?:公众号|微信号|官方微信|官方微博|视频号|抖音号|客户端)$/u;
const isCarrier = (word: string) => PLATFORM_NAMES.has(word) || ACCOUNT_WORDS.test(word);

function accountOf(value: string): string {
  const view = neutral(value);
  const after = QUOTED_AFTER.exec(view);
  if (after && isCarrier(after[1]!)) {
    const start = view.indexOf(after[2]!, after[1]!.length);
    return value.slice(start, start + after[2]!.length);
  }
  const before = QUOTED_BEFORE.exec(view);
  if (before && isCarrier(before[2]!.trim())) {
    const start = view.indexOf(before[1]!);
    return value.slice(start, start + before[1]!.length);
  }
  return value;
}

/**
 * `value` without the brackets, quotes and spaces around it, found on the neutral view (`（新华社）`, `［人民网］`); a mark
 * whose partner stays inside is kept (`“学习强国”学习平台`).
 */
function unwrapped(value: string): string {
  const view = neutral(value);
  let start = WRAPPER_START.exec(view)?.[0].length ?? 0;
  let end = start + (WRAPPER_END.exec(view.slice(start))?.index ?? view.length - start);
  while (start > 0 && view.slice(start, end).includes(CLOSING_MARK[view[start - 1]!] ?? '\0')) start--;
  while (end < view.length && view.slice(start, end).includes(OPENING_MARK[view[end]!] ?? '\0')) end++;
  return value.slice(start, end);
}
