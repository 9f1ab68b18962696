/**
 * People's names as Chinese pages credit them: Han names (with compound surnames and transliterations joined by ·),
 * romanised names and, under an explicit label, a user's handle. A credit value is split into names on 、，, / ; and
 * spaces (a two-character name typeset with a space inside, `方 敏`, stays whole); role words (`本报记者`, `通讯员`),
 * places and `报道` around the names are not names. All matching is on the script-neutral view.
 */
import { knownPair } from '../garbled/model';
import { firstWord } from './dictionary';
import { neutral } from './neutral';
import { CITIES, isProvince } from './places';
import { COLUMN_WORDS } from './sections';
import { isKnownOutlet, knownOutletAt, looksLikeOutlet } from './outlets';
import { COMPOUND_SURNAMES, SURNAMES } from './surnames';
import { WIDGET_WORD } from './widgets';

/** Words that stand where a name should and are none (their neutral views, as tokens are compared). */
const NOT_A_NAME = new Set(
  [
    '佚名',
    '匿名',
    '本报',
    '本刊',
    '本网',
    '本台',
    '记者',
    '编辑',
    '作者',
    '通讯员',
    '实习生',
    '网友',
    '综合',
    '整理',
    '小编',
    '管理员',
    '编者',
    '本站',
    '未知',
    '不详',
    '来源',
    '原创',
    '转载',
    '报道',
    '新闻',
    '图片',
    '视频',
    '责编',
    '审核',
    '特约',
    '评论员',
    '本报评论员',
    '观察员',
    '课题组',
    '编辑部',
    '新闻中心',
    '融媒体',
    '采编',
    '发布',
    '点击',
    '阅读',
    '浏览',
    '暂无',
    '暂缺',
    '待定',
    '不明',
    '未署名',
    '无名氏',
    // What an interview's questions and a column's heading put after 记者 (`记者：您好`, `记者手记`).
    '您好',
    '你好',
    '请问',
    '那么',
    '谢谢',
    '手记',
    '观察',
    '调查',
    '专访',
    '对话',
    '访谈',
    '连线',
    '探访',
    // The first half of a role's label, left when its role word is taken off (`值班编辑`, `网站编辑部`).
    '值班',
    '流程',
    '网络',
    '网站',
    '本文',
    '本期',
    '本版',
    '见习',
    '实习',
    '责任',
    '执行',
    '美术',
    '视觉',
    // A part someone plays, not who they are.
    '司仪',
    '主持',
    '主持人',
    '嘉宾',
    '笔者',
    '本人',
    // Who a CMS puts in the writer's place when it has no writer: the country, the party and the state, the readers,
    // the system, or a platform's words.
    '中国',
    '人民',
    '新华',
    '光明',
    '中央',
    '官方',
    '市委',
    '省委',
    '县委',
    '区委',
    '读者',
    '群众',
    '网民',
    '系统',
    '后台',
    '学习',
    '强国',
  ].map(neutral),
);
const HAN_WORD = /^\p{Script=Han}+$/u;
/**
 * What a credit does, not who: `综合报道`, `本网整理`, `新闻中心编辑`, `本报记者`; a team or a newsroom's department is no
 * person (`调查组`, `报道团队`, `评论部`).
 */
const ROLE_ENDING =
  /(?:报道|报导|整理|编辑|撰稿|综合|消息|供稿|摄影|制作|出自|来自|[^\s]组|团队|工作室|\p{Script=Han}{2}[部处局室厅办站]|(?:宣传|办公|综合|人事|财务|政工|党政|信息|新闻|秘书)[科股]|记者|通讯员|评论员|网评员|实习生)$/u;
/** Words a template puts where a name goes, and the recommendation and comment widgets that sign their boxes `by …`. */
const HANDLE_STOPWORDS =
  /^(?:admin|administrator|editor|author|user|guest|null|none|undefined|unknown|anonymous|staff|webmaster|www|http|https|taboola|outbrain|disqus|addthis|sharethis|revcontent|mgid|javascript)$/iu;

const HAN = String.raw`\p{Script=Han}`;
/** A Han name: 2–4 characters, or a transliteration whose parts are joined by a middle dot. */
const HAN_NAME = new RegExp(`^(?:[${HAN}]{2,4}|[${HAN}]{1,8}(?:[·•‧・][${HAN}]{1,8})+)$`, 'u');
/** A romanised name: `Joel Spolsky`, `Alice`, `Kim Jong-un`; a word alone is three letters at least (`Aa` is none). */
const LATIN_NAME = /^(?:[A-Z][a-z]{2,}|[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){1,3})$/u;
/** A handle a forum or blog shows as its author: letters first, then letters, digits, `_`, `.`, `-`. */
const HANDLE = /^[A-Za-z][A-Za-z0-9_.-]{1,19}$/u;
/** Staff codes printed beside a name (`黄忆南 PN269`, `L061`): letters and digits mixed. */
const STAFF_CODE = /^(?:[A-Za-z]{0,4}[_-]?\d{2,}[A-Za-z]?|\d+)$/u;

/** Role words around names in a credit: who reported, corresponded, photographed, and for which paper. */
/**
 * Who a reporter writes for and the kind of work credited, before the nearest 记者: `新京报`, `总台`, `文/视频 全媒体`.
 * One bounded, lazy run: the first 记者 ends it, so `实习记者 樊亮 张明超 记者惠禾` loses only `实习记者`.
 */
const REPORTER_OF = String.raw`[${HAN}A-Za-z·/\s]{0,16}?`;
const LEADING_ROLE = new RegExp(
  String.raw`^(?:${REPORTER_OF}(?:(?:首席|特约|实习|见习|融媒|全媒体)?记者|特派员|特约评论员|评论员)\s*[:/]?|(?:本报|本刊|本网|本台)\s*[:/]?|(?:特约撰稿人?|撰稿人?|执笔人?|作者|文字?|图|视频|采写|口述)\s*[:/]|(?:特约撰稿人?|撰稿人?|执笔人?|作者|文字?|采写|口述)\s)\s*`,
  'u',
);
/** Where a credit's names end: other roles' credits (通讯员, 摄影, 编译) and what follows them are not the writers. */
const OTHER_ROLES =
  /\s*(?:[^\s/]{2,4}\s*\/\s*(?:摄影?|图|视频)|(?:本报|本台|本网|本刊|特约)?通讯员|(?:责任)?编辑|责任|来源|责编|摄影|摄像|图片|编译|翻译|译者|校对|剪辑|配音|制图|设计|视频|策划|统筹|出品|制作|监制|发自|来自).*$/u;
/** Co-reporters are credited with their rank before each name: `实习生周沙雷`, `见习记者 邹星宇`. */
const CO_REPORTER = /^(?:实习生|实习记者|见习记者|特约记者|记者)\s*/u;
/** Trailing words of a credit: the dateline place and 报道, `/文`, `整理`, `等`. */
const TRAILING = new RegExp(
  String.raw`(?:\s*/\s*(?:文|图|摄|报[道导])|\s*[${HAN}]{0,6}报[道导]|\s*[${HAN}]{0,6}发自.*|\s+(?:整理|综合|编辑|等|文|摄)|整理|综合|等)+$`,
  'u',
);

export interface NameCheck {
  /** Visible under an explicit label (作者：, 记者), so a handle or a name without a common surname is accepted. */
  labelled: boolean;
  /**
   * Declared by the page (meta author) and shown in it: a Han name needs no common surname, but a four-character one
   * needs a double surname, and a handle is not enough.
   */
  declared?: boolean;
  /** Names that stand for something else on this page: the site's name, its tags. */
  notNames?: ReadonlySet<string>;
  /**
   * Under a label of its own (`<dt>作者</dt><dd>…</dd>`): the label says a name follows, so a name that is also a word
   * (`白雪`) may stand there, where alone beside a headline it would be the word.
   */
  besideLabel?: boolean;
}

/**
 * An outlet's name standing among a credit's names: a known one (`财新 张三`, `南都 李四`), or one shaped like an
 * outlet that no name could be.
 */
function isWriterOutlet(token: string): boolean {
  return isKnownOutlet(token) || (looksLikeOutlet(token) && !hasSurname(token) && token.length >= 3);
}

function hasSurname(name: string): boolean {
  return SURNAMES.has(name[0]!) || COMPOUND_SURNAMES.some((surname) => name.startsWith(surname));
}

/** Whether one token (neutral view) is a person's name. */
export function isPersonName(token: string, check: NameCheck): boolean {
  if (
    token.length === 0 ||
    NOT_A_NAME.has(token) ||
    COLUMN_WORDS.has(token) ||
    isProvince(token) ||
    check.notNames?.has(token) ||
    ROLE_ENDING.test(token)
  )
    return false;
  if (HAN_NAME.test(token)) {
    if (/[·•‧・]/u.test(token)) return true;
    const compound = COMPOUND_SURNAMES.some((surname) => token.startsWith(surname));
    if (token.length > 4 && !(token.length === 5 && compound)) return false;
    // Four characters without a label are more often a phrase (`武汉肺炎`) than a name, unless the surname is double.
    if (token.length === 4 && (!check.labelled || check.declared) && !compound) return false;
    if (looksLikeOutlet(token) && !hasSurname(token)) return false;
    if (check.labelled || check.declared === true) return true;
    if (!hasSurname(token) || readsAsWords(token) || CITIES.has(token)) return false;
    return check.besideLabel === true || !surnameOpensWord(token);
  }
  if (/^[\p{Script=Han}]{5}$/u.test(token)) return COMPOUND_SURNAMES.some((surname) => token.startsWith(surname));
  if (LATIN_NAME.test(token) && !HANDLE_STOPWORDS.test(token)) return true;
  return check.labelled && HANDLE.test(token) && !HANDLE_STOPWORDS.test(token) && !STAFF_CODE.test(token);
}

/**
 * Whether the family name a token starts with opens a dictionary word: `熊猫`, `黄河`, `黄金周`, `全国版` are a common
 * noun or a place, where a name (`胡平`, `王乐文`, `马丹阳`) parts after its family name.
 */
function surnameOpensWord(token: string): boolean {
  const surname = COMPOUND_SURNAMES.find((compound) => token.startsWith(compound)) ?? token[0]!;
  const word = firstWord(token);
  return word !== null && word.length > surname.length;
}

/**
 * Whether every two characters in a row are a pair running text uses often: a word (`文化`, `房产`) or a name the text
 * speaks of (`毛泽东`), where nothing but the form says it is a credit.
 */
export function readsAsWords(token: string): boolean {
  const chars = [...token];
  return chars.slice(1).every((char, i) => knownPair(chars[i]!, char));
}

/** Tokens of a credit value (neutral view positions kept, so names come back in the page's script). */
function tokens(value: string, view: string): { text: string; view: string }[] {
  const out: { text: string; view: string }[] = [];
  // Spaces separate Han names; inside a romanised name (`Joel Spolsky`) they do not.
  const separator = /[、,;/|]+\s*|\s+(?![A-Za-z][a-z]*(?:\s|$))|(?<![A-Za-z])\s+/gu;
  let start = 0;
  for (let match = separator.exec(view); ; match = separator.exec(view)) {
    const end = match ? match.index : view.length;
    // A co-reporter's rank, perhaps after their outlet (`南方周末实习生 李四`), is no part of the name.
    const part = view.slice(start, end);
    const outlet = knownOutletAt(part);
    const outletRank = outlet ? CO_REPORTER.exec(part.slice(outlet.length)) : null;
    const rank = outletRank ? outlet.length + outletRank[0].length : (CO_REPORTER.exec(part)?.[0].length ?? 0);
    const token = view.slice(start + rank, end).trim();
    if (token) out.push({ text: value.slice(start + rank, end).trim(), view: token });
    if (!match) break;
    start = match.index + match[0].length;
  }
  // A two-character name typeset with a space inside (`方 敏`): single characters side by side are one name; so are a
  // double surname and the given name spaced from it (`欧阳 娜娜`), as a double surname alone names nobody.
  const merged: typeof out = [];
  for (const token of out) {
    const last = merged.at(-1);
    const spacedName =
      last &&
      ((last.view.length === 1 && token.view.length === 1) ||
        (COMPOUND_SURNAMES.includes(last.view) && token.view.length <= 2));
    if (last && spacedName && HAN_WORD.test(last.view + token.view)) {
      merged[merged.length - 1] = { text: last.text + token.text, view: last.view + token.view };
    } else merged.push(token);
  }
  return merged;
}

/** Names and then a co-reporter's rank (`张三 实习记者 李四`): the names start at once, no outlet before them. */
const NAMES_THEN_RANK = /^((?:[\p{Script=Han}]{2,3}\s+)+)(?:实习|见习|特约|首席)记者/u;

function startsWithCoReporter(view: string): boolean {
  const names = NAMES_THEN_RANK.exec(view)?.[1]?.trim().split(/\s+/u);
  return names?.every((name) => hasSurname(name) && !looksLikeOutlet(name)) === true;
}

/** Words naming an institution or a post, which no name holds. */
const INSTITUTION_OR_POST =
  '大学|学院|研究院|研究所|研究中心|科学院|社科院|党校|教授|研究员|讲师|博士|院士|院长|所长|主任|学者|专家';
/**
 * A writer's affiliation in brackets after the name (`张三（中共中央党校（国家行政学院）马克思主义学院教授）`), however
 * long; one bracket may nest inside. Neutral view.
 */
export const BRACKETED_AFFILIATION = new RegExp(
  String.raw`\((?:[^()]|\([^()]*\))*?(?:${INSTITUTION_OR_POST})(?:[^()]|\([^()]*\))*\)`,
  'gu',
);
/**
 * Where a writer's affiliation starts: after a colon or bracket, after `，系`/`，现任`…, or after a comma or a space, a part
 * naming an institution or a post (`张三，中国人民大学教授`, `张三 北京大学`).
 */
const AFFILIATION = new RegExp(
  String.raw`\s*(?:[:(]|,\s*(?:系|现为|现任|为|是|[^,]*(?:${INSTITUTION_OR_POST}))|\s(?=\S*(?:${INSTITUTION_OR_POST})(?:\s|$))).*$`,
  'u',
);
/**
 * An affiliation before the names, parted from them by a space, perhaps in parts (`中共中央党校（国家行政学院）教授 张三`
 * with its bracket blanked).
 */
const AFFILIATION_BEFORE = new RegExp(String.raw`^(?:\S*(?:${INSTITUTION_OR_POST})\s+)+(?=\S)`, 'u');

/**
 * Where the names sit in a credit (neutral view): without the role words before them (`本报记者`, `文/视频 全媒体记者`),
 * other people's credits or another label after them (`通讯员 …`, `实习生 …`, `来源`, `责任`), an affiliation
 * (`：北京物资学院`, `，系…教授`) or the dateline place and `报道`.
 */
export function creditedNames(view: string): { start: number; end: number } {
  let start = AFFILIATION_BEFORE.exec(view)?.[0].length ?? 0;
  let end = view.length;
  const affiliation = AFFILIATION.exec(view.slice(start));
  if (affiliation && affiliation.index > 0) end = start + affiliation.index;
  const lead = LEADING_ROLE.exec(view.slice(start, end));
  if (lead && lead[0].length < end - start && !startsWithCoReporter(view.slice(start, end))) start += lead[0].length;
  const others = OTHER_ROLES.exec(view.slice(start, end));
  if (others && others.index > 0) end = start + others.index;
  const trailing = TRAILING.exec(view.slice(start, end));
  if (trailing && trailing.index > 0) end = start + trailing.index;
  return { start, end };
}

/**
 * The names a credit value holds, joined with 、 in the page's script, or null when it holds none or holds
 * anything that is not a name (a URL, an outlet, a sentence, a tag): a value is shown whole or not at all, except for
 * staff codes and role words beside the names, which are dropped.
 */
export function personNames(raw: string, check: NameCheck): string | null {
  const trimmed = raw.trim();
  // Each writer's affiliation (`张三（北京大学教授）、李四（清华大学教授）`) parts the names like a space.
  const full = neutral(trimmed).replace(BRACKETED_AFFILIATION, (affiliation) => ' '.repeat(affiliation.length));
  const { start, end } = creditedNames(full);
  const value = trimmed.slice(start, end);
  const view = full.slice(start, end);
  if (/[。！？!?]|https?:|www\./u.test(view)) return null;
  const names: string[] = [];
  for (const token of tokens(value, view)) {
    // Staff codes, and the outlet a writer works for (`观察者网 陶梦`), stand beside names without being one.
    if (STAFF_CODE.test(token.view) || (isWriterOutlet(token.view) && check.labelled)) continue;
    // A page's widgets follow the names on the same line (`责任编辑：张三 打印本页`): the names end there.
    if (WIDGET_WORD.test(token.view)) {
      if (names.length) break;
      return null;
    }
    // A label vouches for its first value (a pen name); a Han name after it starts with a family name.
    if (!isPersonName(token.view, check)) return null;
    if (names.length && HAN_WORD.test(token.view) && !hasSurname(token.view)) return null;
    // Two credits of one writer joined (`原创 陶梦 观察者网` and `► 文 观察者网 陶梦`) name them once.
    if (!names.includes(token.text)) names.push(token.text);
  }
  return names.length ? names.join('、') : null;
}
