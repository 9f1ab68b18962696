/**
 * Credits without a `作者：` label, as news pages print them: reporter lines (`本报记者 张三 李四`, `新京报记者 彭冲 山东
 * 冠县报道`), dispatch datelines (`新华社北京9月2日电（记者白瀛、王鹏）`, `中央社记者吴欣纭台北18日电`), Taiwan bylines
 * (`记者李柏澔/台北报导`, `〔记者A/台北报导〕`, `上报快讯/范姜佳钰`), credits closing the text (`（记者 胡晓蓉）`,
 * `（姚峰 上海报道）`, `(责任编辑：赵六)`) and forum post lines (`… by 眉间尺`, `ggjjzhzz 发表于 …`). Each pattern is
 * written once, on the script-neutral view; a match gives offsets into the page's own text.
 */
import { creditedNames, readsAsWords } from './names';
import { knownOutletAt, looksLikeOutlet } from './outlets';
import { COMPOUND_SURNAMES, SURNAMES } from './surnames';

export interface Span {
  start: number;
  end: number;
}

/** A personal name as credits print it: 2–4 Han characters, or a transliteration with a middle dot. */
const NAME = String.raw`[\p{Script=Han}·]{2,5}`;
const NAMES = String.raw`${NAME}(?:[\s、,]+${NAME})*`;
/** 报道 (mainland) and 报导 (Taiwan) are two words, not two scripts of one. */
const REPORTED = '报[道导]';
const REPORTED_WORD = new RegExp(REPORTED, 'u');

function span(match: RegExpExecArray | null, group = 1): Span | null {
  const at = match?.indices?.[group];
  return at ? { start: at[0], end: at[1] } : null;
}

/**
 * `四川日报全媒体记者 张立东`, `本报记者 张三 李四`, `新京报记者 彭冲 山东冠县报道`, `通讯员 王五`, `本报记者 张三 文/图`: a
 * line of its own. The place a reporter filed from stands apart from the name: run together (`林小美台北报道`) nothing
 * tells where the name ends, and `林小美/台北报导` is the Taiwan form (TAIWAN_REPORTER).
 */
const REPORTER_LINE = new RegExp(
  String.raw`^.{0,20}?(?:记者|通讯员)\s+([\p{Script=Han}·][\p{Script=Han}·\s、,]{1,24}?)\s*(?:发自\S{0,8}|(?:\s\S{1,8})?${REPORTED}|文\s*/\s*(?:图|摄影?)|/\s*文)?$`,
  'du',
);
/** `本报记者王小明`, `【中央社】記者王小明`, `记者王小明、李四`: the names run on to 记者 and ending the line. */
const REPORTER_RUN_ON_LINE = new RegExp(String.raw`^.{0,20}?记者(${NAME}(?:[、,\s]+${NAME})*)$`, 'du');
/** `本报记者罗科苏盈发自北京`: no space before the name, closed by where the reporter filed from. */
const REPORTER_FILED = /^.{0,20}?记者([\p{Script=Han}·]{2,4}?)发自/du;
/** `商报记者马俊峰/文`, `新华网黑龙江频道 记者 伊琳 李清芬`: a reporter credit within a short line. */
const REPORTER_IN_LINE = new RegExp(
  String.raw`记者\s*(${NAME}?(?:[\s、,]+${NAME})*?)\s*(?:发自|${REPORTED}|/\s*文|\s+\S{0,8}${REPORTED}|\s*$)`,
  'du',
);
/** A photographer credited beside the reporter, who took the pictures, not the text: `摄影 李四`, `摄影记者李四`. */
const PHOTOGRAPHER = String.raw`摄影(?:记者)?\s*${NAMES}\s*`;
/**
 * Taiwan: `记者李柏澔/台北报导`, `〔记者A、B/台北报导〕`, `记者A/综合报导`, `驻美特派员A/华盛顿报导`, with a photographer
 * before or after the slash (`记者A、摄影记者B/台北报导`, `记者 A / 摄影 B 报导`).
 */
const TAIWAN_CREDIT = String.raw`(?:记者|特派员)\s*(${NAMES}?)\s*(?:[、,\s]\s*${PHOTOGRAPHER})?/\s*(?:${PHOTOGRAPHER})?[\p{Script=Han}]{0,8}${REPORTED}`;
const TAIWAN_REPORTER = new RegExp(TAIWAN_CREDIT, 'du');
/** The same credit as the whole line: `記者黃哲民／台北報導`, `〔記者A、B／台北報導〕`. */
const TAIWAN_REPORTER_LINE = new RegExp(String.raw`^[〔【(\[]?.{0,20}?${TAIWAN_CREDIT}[〕】)\]]?$`, 'du');
/** The same credit in brackets opening the first paragraph: `〔記者張三／台北報導〕行政院今天…`, `〔駐日特派員A／東京報導〕`. */
const TAIWAN_REPORTER_LEAD = new RegExp(
  String.raw`^[〔【(\[]\s*(?:驻\p{Script=Han}{1,3})?${TAIWAN_CREDIT}\s*[〕】)\]]`,
  'du',
);
/** A writer's line: `► 文 观察者网 陶梦`, `原创 陶梦 观察者网` (the outlet beside the name is who they write for). */
const WRITER_LINE = /^[►▶■●□◆\s]*(?:文|原创)\s+([^\s:/][^:/]{1,24})$/du;
/** Taiwan: `上报快讯/范姜佳钰`, `中央社/台北报导`: an outlet's flash with the writer after a slash. */
const FLASH_CREDIT = new RegExp(String.raw`^(.{2,8}?)(?:快讯|即时)\s*/\s*(${NAME})$`, 'du');
/**
 * What follows an outlet that opens a reporter's credit: a slash or a space, then 记者; or 记者 at once, when the whole
 * line is a reporter's credit (`自由时报记者王小明/台北报导`, `明报记者 王小明`, `明报记者王小明`), not a sentence
 * (`新华社记者来到现场`).
 */
const REPORTER_AFTER_OUTLET = /^\s*(?:\/\s*|\s)\s*记者/u;
const REPORTER = '记者';
/** The date a dispatch's dateline ends with, and its word: `9月2日电`, `18日电`, `3月4日消息`, `5日讯`. */
const DISPATCH_DATE = String.raw`(?:\d{1,2}月)?\d{1,2}日(?:讯息|消息|专电|电|专讯|讯)`;
/**
 * A dispatch's dateline: `新华社北京9月2日电`, `中新网8月5日电`, `中央社记者吴欣纭台北18日电`, `央广网北京3月4日消息`,
 * `本报讯`, `央视网消息（新闻联播）：`.
 */
const DATELINE = new RegExp(
  String.raw`^([^,。;!?\s]{2,30}?)${DISPATCH_DATE}|^(?:本报|本台|本网)讯|^据?([^,。;!?\s(]{2,16}?)电(?=\s*\()|^([^,。;!?\s(]{2,12}?)(?:消息|讯)(?=\s*[(:]|\s*记者)`,
  'du',
);
const ENDS_WITH_DISPATCH_DATE = new RegExp(`${DISPATCH_DATE}\\s*$`, 'u');

/** Whether a text ends with a dispatch's date (`北京2月1日电`, `杭州3日讯`): a dateline's end, which no headline has. */
export function endsWithDispatchDate(view: string): boolean {
  return ENDS_WITH_DISPATCH_DATE.test(view);
}

/** Hong Kong papers open with their name in brackets: `【明報專訊】`, `【大公報訊】`, `（星島日報報道）`. */
const BRACKETED_FLASH = /^[【[(]([^】\])]{2,12}?)(?:专讯|讯)[】\])]/u;
/** An outlet's report in brackets, its reporters after it: `【环球时报报道 记者 张三】`, `【环球时报综合报道】`. */
const BRACKETED_REPORT = /^[【[(]([^】\])\s]{2,12}?)(?:综合)?报道\s*([^】\])]{0,40})[】\])]/du;
/** What opens a dateline or a credit standing in brackets of its own. */
const OPENING_BRACKETS = '(【〔[';
/** How far into a paragraph a dateline's 电 or 讯 may stand. */
const DATELINE_HEAD = 48;
/** The credit right after a dateline: `（记者白瀛、王鹏）`, `(杨志雄 黎勇)`, `（文/视频 全媒体记者 李琪 通讯员 张爱迪）`. */
const DATELINE_REPORTER = /^[\]】]?\s*\(([^()]{2,60})\)/du;
/** The reporter a dateline names after it, unbracketed: `本报北京3月5日讯 记者张三报道：`. */
const REPORTED_AFTER = new RegExp(
  String.raw`^[\]】]?\s*(?:本报)?记者\s*([^\s,:;()]{2,12}?)\s*(?:摄影)?${REPORTED}\s*:`,
  'du',
);
/** The reporters inside a dateline before its place: `中央社记者吴欣纭台北18日电` → 吴欣纭 + 台北. */
const DATELINE_NAMED = new RegExp(String.raw`记者\s*((?:${NAME}[、,])*[\p{Script=Han}·]{2,8})$`, 'du');
/** A credit in brackets closing a paragraph: `（记者 胡晓蓉）`, `（姚峰 上海报道）`, `（记者许仁昌 实习生周沙雷）`. */
const CLOSING_CREDIT = /\(\s*([^()]{2,40}?)\s*\)\s*(?:\(完\)|\d{6,8})?\s*$/du;
/**
 * A labelled credit bracketed at the end of a paragraph: `(责任编辑：赵六)`, `【编辑：李四】`, `（编辑：方沛清）1130118`
 * (a date code may follow); editors may go without the colon (`（责任编辑 王金志 高强）`) and name their site first
 * (`（松花江网编辑 孙桂芳）`), a reporter's bracket without one is a closing credit (`（记者 胡晓蓉）`) that stays in
 * the text.
 */
const BRACKETED_CREDIT =
  /\s*[(【[]\s*(?:\p{Script=Han}{2,8}?(?=编辑))?(?:(责任编辑|责编|编辑|编审|审核|记者|作者|撰稿)\s*:|(责任编辑|责编|编辑)\s)\s*([^)】\]:]{1,30}?)\s*[)】\]]\s*(?:\(完\)|\d{6,8})?\s*$/du;
/**
 * `发布时间 2005/05/17 22:11:42 by 眉间尺`: forum templates credit the poster after the date; after an English word it
 * is that word's (`Powered by …`, `Journals by Subject`).
 */
const BY_POSTER = /(?<![A-Za-z]\s*)\bby\s+([^\s〓|]{2,20})/du;
/** `ggjjzhzz 发表于 2005-9-15 11:46:00`, `本贴由大卫于2005年8月12日…发表`, `由海姑娘张贴 @ 2005-06-14`. */
const POSTED_BY = /^\s*([^\s:]{2,20})\s+发表于|(?:本贴由|本帖由|由)\s*([^\s于]{2,12}?)\s*(?:于|张贴)/du;
/** Whether a line is a forum post line (either form above): the same patterns, without the offsets they give. */
const POST_LINE = new RegExp(`${BY_POSTER.source}|${POSTED_BY.source}`, 'u');

export function isPostLine(view: string): boolean {
  // Every post line holds one of these words; most lines hold none, and looking for them is cheaper than the pattern.
  return (view.includes('由') || view.includes('发表于') || view.includes('by')) && POST_LINE.test(view);
}
/** Labels that name who wrote or issued a document: drafters of a report, the issuing authority of a notice. */
const WRITER_LABEL = /^(?:执笔人|执笔|撰稿人|发文机关)\s*:\s*(\S.{0,30})$/du;
/**
 * `[ 黄宇 ]` on a dated line: portals bracket the reporter's name beside the date and source; a bracket a title runs on
 * from is a column's (`[和弦]两极`, `【时习之】借冬奥…`).
 */
const BRACKETED_NAME = /[[【]\s*([\p{Script=Han}·]{2,4})\s*[\]】](?![\p{Script=Han}\p{L}\d])/du;
/** A line that is only a name or a few (`胡平`, `文/胡平`, `赵延东、风笑天`) — the writers when it stands beside the headline. */
const LONE_NAMES = /^(?:文\s*\/\s*)?([\p{Script=Han}]{2,4}(?:\s*[、,]\s*[\p{Script=Han}]{2,4}){0,3})$/du;
/** Places datelines name after the reporters, so the last name is cut where the place starts. */
const DATELINE_PLACES =
  /(?:台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义|屏东|宜兰|花莲|台东|澎湖|金门|马祖|苗栗|彰化|南投|云林|北京|上海|天津|重庆|香港|澳门|华盛顿|纽约|东京|首尔|伦敦|巴黎|柏林|莫斯科|布鲁塞尔|日内瓦)$/u;

/**
 * Taiwan, the names without 记者, alone on their line before the place they filed from: `張三／台北報導`, `中國時報
 * 張三、李四／台北報導` (a known outlet before them is passed over).
 */
const TAIWAN_NAMED_LINE = new RegExp(String.raw`^(${NAMES})\s*/\s*[\p{Script=Han}]{0,8}${REPORTED}$`, 'du');

/** The names of a Taiwan credit line without 记者 (`張三／台北報導`); a place there (`高雄／台北報導`) is none. */
export function namedReportLine(view: string): Span | null {
  if (!view.includes('/')) return null;
  // A known outlet counts as one only where a space parts it from the names (`中国时报 张三`).
  const outlet = knownOutletAt(view);
  const space = outlet ? (/^\s+/u.exec(view.slice(outlet.length))?.[0].length ?? 0) : 0;
  const from = space ? outlet.length + space : 0;
  const names = span(TAIWAN_NAMED_LINE.exec(view.slice(from)));
  if (!names) return null;
  const found = view.slice(from + names.start, from + names.end);
  if (found.split(/[\s、,]+/u).some((name) => DATELINE_PLACES.test(name))) return null;
  return { start: names.start + from, end: names.end + from };
}

/**
 * The reporters of a reporter line that stands alone: `本报记者 张三 李四`, `本报记者罗科苏盈发自北京`, `本报记者王小明`
 * (run on to 记者 only as a name is written, not `记者调查`).
 */
export function reporterLine(view: string): Span | null {
  if ((!view.includes('记者') && !view.includes('通讯员') && !view.includes('特派员')) || isPhotoCredit(view))
    return null;
  const found =
    span(REPORTER_LINE.exec(view)) ?? span(REPORTER_FILED.exec(view)) ?? span(TAIWAN_REPORTER_LINE.exec(view));
  if (found) return found;
  const runOn = span(REPORTER_RUN_ON_LINE.exec(view));
  return runOn && runOnName(view.slice(runOn.start, runOn.end)) ? runOn : null;
}

/** A picture's credit: `新华社记者 张三 摄`, `图／记者王小明摄影`. */
const PHOTO_CREDIT = /(?:^|[\s(])(?:图|摄影|摄)\s*[:/]|(?:摄|摄影|拍摄)\s*\)?\s*$/u;
/** Words that make a picture's credit the writer's too: `文、图／记者王小明`, `摄影报道`. */
const WRITTEN = /文|撰|报[道导]/u;

/** Whether a credit (neutral view) credits only a picture: whoever took it is not the article's reporter. */
export function isPhotoCredit(view: string): boolean {
  return PHOTO_CREDIT.test(view) && !WRITTEN.test(view);
}

/**
 * A repost naming its original: `本文来自经济日报`, `本文来自于微信公众号“某某”`, `（本文转载自微信公众号：架构师之路）`,
 * or a note that opens with where the text first ran (`原载《求是》2024年第5期`, `（原载于《人民日报》…）`), perhaps after
 * the day it ran there (`原载于2019年3月5日《人民日报》`, `本文原载于2019年3月5日出版的《光明日报》`).
 */
const REPOST =
  /(?:本文(?:(?:来自|转自|转载自)于?|来源于|原载于?)|^\(?\s*原(?:载|刊)于?)\s*(?:微信公众号|公众号)?\s*:?\s*(?:(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*(?:出版|刊发|发表)?的?\s*)?[《「"“]?([^,。;)《》」"“”\s]{2,20})/du;

/** The original outlet a repost names. */
export function repostOf(view: string): Span | null {
  if (!view.includes('本文') && !view.includes('原载') && !view.includes('原刊')) return null;
  return span(REPOST.exec(view));
}

/** The writer of a writer's line. */
export function writerLine(view: string): Span | null {
  if (!view.includes('文') && !view.includes('原创')) return null;
  return span(WRITER_LINE.exec(view));
}

/**
 * A name run on to 记者 is a name as written: a family name, and two or three characters, four with a double surname
 * (`记者王小明`, `记者欧阳娜娜`) or as two names in elements of their own (`记者<span>张三</span><span>李四</span>`), not
 * `记者调查` or the sentence `记者来到现场`.
 */
function runOnName(names: string): boolean {
  const first = names.split(/[\s、,/]/u)[0]!;
  if (COMPOUND_SURNAMES.some((surname) => first.startsWith(surname))) return first.length <= 4;
  if (!SURNAMES.has(first[0]!) || readsAsWords(first)) return false;
  return first.length <= 3 || (first.length === 4 && SURNAMES.has(first[2]!));
}

/** The reporters named anywhere in a short line: `商报记者马俊峰/文`, `新华网黑龙江频道 记者 伊琳 李清芬`. */
export function reporterInLine(view: string): Span | null {
  if ((!view.includes('记者') && !view.includes('特派员')) || isPhotoCredit(view)) return null;
  const at = span(TAIWAN_REPORTER.exec(view)) ?? span(REPORTER_IN_LINE.exec(view));
  return at && (!view.slice(0, at.start).endsWith('记者') || runOnName(view.slice(at.start, at.end))) ? at : null;
}

/** `上报快讯/范姜佳钰`: the outlet and the writer. */
export function flashCredit(view: string): { outlet: Span; author: Span } | null {
  if (!view.includes('/')) return null;
  const match = FLASH_CREDIT.exec(view);
  const outlet = span(match, 1);
  const author = span(match, 2);
  return outlet && author ? { outlet, author } : null;
}

/**
 * A known outlet opening a reporter's credit: `聯合報／記者王小明／台北即時報導`, `東森新聞 記者王小明 報導`, in brackets
 * too (`【聯合報／記者王小明／台北即時報導】`, `〔…〕`).
 */
export function reporterOutlet(view: string): Span | null {
  if (!view.includes('记者')) return null;
  const from = OPENING_BRACKETS.includes(view[0] ?? '\0') ? 1 : 0;
  const outlet = knownOutletAt(view, from);
  if (!outlet) return null;
  const end = from + outlet.length;
  const rest = view.slice(end);
  const credits =
    REPORTER_AFTER_OUTLET.test(rest) ||
    (rest.startsWith(REPORTER) && (reporterLine(view) !== null || reporterInLine(rest)?.start === REPORTER.length));
  return credits ? { start: from, end } : null;
}

/** A credit line is short; a longer line that names a reporter is a sentence. */
export const CREDIT_LINE_MAX = 40;

/** A credit line without a label: a reporter line, a flash credit, a writer line or an outlet opening a reporter's credit. */
export function isCreditLine(view: string): boolean {
  return (
    view.length <= CREDIT_LINE_MAX &&
    (reporterLine(view) !== null ||
      flashCredit(view) !== null ||
      writerLine(view) !== null ||
      reporterOutlet(view) !== null)
  );
}

export interface Dateline {
  /** The outlet the dateline names (`新华社`, `中央社`), when it is a known one. */
  outlet: Span | null;
  /** The reporters, inside the dateline or in the brackets after it. */
  reporters: Span | null;
  /** 记者 names them as reporters (a bracket of bare names may credit anyone). */
  labelled: boolean;
}

/** A dispatch's dateline at the start of a paragraph, with its outlet and reporters; a Hong Kong paper's flash. */
export function dateline(view: string): Dateline | null {
  // Every dateline ends in 电, 讯 or 消息 within its first words: most paragraphs are passed over on this test alone.
  const head = view.slice(0, DATELINE_HEAD);
  if (!head.includes('电') && !head.includes('讯') && !head.includes('消息') && !REPORTED_WORD.test(head)) return null;
  const taiwan = span(TAIWAN_REPORTER_LEAD.exec(view));
  if (taiwan) return { outlet: null, reporters: narrowed(view, taiwan.start, taiwan.end), labelled: true };
  const flash = BRACKETED_FLASH.exec(view) ?? BRACKETED_REPORT.exec(view);
  const outletInFlash = flash ? knownOutletAt(view, 1) : '';
  if (flash && outletInFlash.length === flash[1]!.length) {
    const credit = flash.indices?.[2];
    const reporters =
      credit && /记者/u.test(view.slice(credit[0], credit[1]))
        ? narrowed(view, credit[0], credit[1])
        : reportersAfter(view, flash[0].length);
    const labelled = reporters !== null && /记者/u.test(view.slice(flash[0].length, reporters.end));
    return { outlet: { start: 1, end: 1 + outletInFlash.length }, reporters, labelled };
  }
  // A dispatch's dateline in brackets of its own: `（中央社記者吳欣紜台北18日電）`, `【新华社北京3月5日电】`.
  if (OPENING_BRACKETS.includes(view[0] ?? '\0')) {
    const inner = dateline(view.slice(1));
    const shifted = (at: Span | null) => at && { start: at.start + 1, end: at.end + 1 };
    return inner && { ...inner, outlet: shifted(inner.outlet), reporters: shifted(inner.reporters) };
  }
  const match = DATELINE.exec(view);
  if (!match) return null;
  const from = view.startsWith('据') ? 1 : 0;
  // `据路透社3月4日消息` cites another outlet's news; only a dispatch (电) it carries names its source.
  if (from && /消息|讯息/u.test(match[0].slice(-2))) return null;
  const outlet = knownOutletAt(view, from);
  // Without a date (`据新华社拉萨电（记者 格桑边觉）`, `央视网消息（新闻联播）：`), only a known outlet makes it a dateline.
  if ((match[2] !== undefined || match[3] !== undefined) && !outlet) return null;
  if (match[3] !== undefined && outlet.length !== match[3].length) return null;
  // After `X消息` the brackets name a programme (`（新闻联播）`) unless they credit a reporter.
  let reporters = reportersAfter(view, match[0].length, match[3] !== undefined);
  if (!reporters) {
    const named = span(DATELINE_NAMED.exec(match[1] ?? ''));
    if (named) reporters = { start: named.start, end: named.start + withoutPlace(view.slice(named.start, named.end)) };
  }
  if (!outlet && !reporters) return null;
  const labelled = reporters !== null && /记者/u.test(view.slice(Math.max(0, reporters.start - 12), reporters.end));
  return { outlet: outlet ? { start: from, end: from + outlet.length } : null, reporters, labelled };
}

/**
 * The reporters credited right after a dateline that ends at `from`: in brackets (`（记者白瀛、王鹏）`), or unbracketed
 * (`记者张三报道：`); `reporterOnly` when only brackets naming a 记者 are the reporters' (`央视网消息（新闻联播）`).
 */
function reportersAfter(view: string, from: number, reporterOnly = false): Span | null {
  const rest = view.slice(from);
  const bracket = DATELINE_REPORTER.exec(rest);
  const inBracket = reporterOnly && !/记者/u.test(bracket?.[1] ?? '') ? null : span(bracket);
  if (inBracket) return narrowed(view, from + inBracket.start, from + inBracket.end);
  const reported = span(REPORTED_AFTER.exec(rest));
  return reported && narrowed(view, from + reported.start, from + reported.end);
}

/** `start..end` narrowed to the names a credit holds. */
function narrowed(view: string, start: number, end: number): Span {
  const names = creditedNames(view.slice(start, end));
  return { start: start + names.start, end: start + names.end };
}

/** The length of reporters' names run on into a dateline's place (`吴欣纭台北`): without the place. */
function withoutPlace(names: string): number {
  const place = DATELINE_PLACES.exec(names);
  if (place && place.index >= 2) return place.index;
  const last = names.split(/[、,]/u).at(-1) ?? '';
  const lastName = last.length >= 5 ? 3 : last.length === 4 ? 2 : last.length;
  return names.length - last.length + lastName;
}

/** A labelled credit in brackets closing a paragraph: its label, value, and where the brackets open. */
export function bracketedCredit(view: string): { label: string; value: Span; start: number } | null {
  const match = BRACKETED_CREDIT.exec(view);
  const value = span(match, 3);
  return match && value ? { label: (match[1] ?? match[2])!, value, start: match.index } : null;
}

/** The reporter of a dispatch opening a paragraph: `本报讯（记者 张三）…`. */
export function dispatchReporter(view: string): Span | null {
  return dateline(view)?.reporters ?? null;
}

/**
 * A credit in brackets closing a paragraph, the dateline place dropped (`（姚峰 上海报道）` → 姚峰); `marked` when 记者
 * or 报道 says it is a reporter's credit, not any name in brackets; `start` where its bracket opens.
 */
export function closingCredit(view: string): { names: Span; marked: boolean; start: number } | null {
  const match = CLOSING_CREDIT.exec(view);
  const inside = span(match);
  if (!match || !inside || isPhotoCredit(match[1]!)) return null;
  const names = narrowed(view, inside.start, inside.end);
  if (names.end - names.start < 2) return null;
  return { names, marked: /记者|报[道导]/u.test(match[1]!), start: match.index };
}

/**
 * A name in brackets right after the text's last sentence, on its own (`…做出决定。”（天骊）`): a writer's pen name
 * the way many portals sign their copy. Words a closing bracket also holds (`（完）`, `（未完待续）`, `（组图）`,
 * `（编译）`, an outlet's name, short or known `（新华）` `（央视）`, a place `（北京）`) are not.
 */
const CLOSING_PEN_NAME = /[。！？!?…”」』]\s*\(\s*(\p{Script=Han}{2,3})\s*\)\s*$/du;
const CLOSING_WORD =
  /^(?:完毕|全文完|本文完|未完|待续|续完|剧终|编者按|综述|摘编|编译|特稿|快讯|资料|译者|中国|新华|中新|人民|环球|央广)$|[图文摄译编稿讯]$/u;

export function closingPenName(view: string): Span | null {
  const match = CLOSING_PEN_NAME.exec(view);
  const name = match?.[1];
  return name && !CLOSING_WORD.test(name) && !DATELINE_PLACES.test(name) && !looksLikeOutlet(name) ? span(match) : null;
}

/** `… by 眉间尺` on a dated forum line. */
export function byPoster(view: string): Span | null {
  return span(BY_POSTER.exec(view));
}

/** `ggjjzhzz 发表于 …`, `本贴由大卫于…发表`. */
export function postedBy(view: string): Span | null {
  const match = POSTED_BY.exec(view);
  return span(match, 1) ?? span(match, 2);
}

/** `执笔人：闵乐夫 赵兰波`, `发文机关：…`. */
export function writerLabel(view: string): Span | null {
  return span(WRITER_LABEL.exec(view));
}

/** `[ 黄宇 ]` on a dated line. */
export function bracketedName(view: string): Span | null {
  return span(BRACKETED_NAME.exec(view));
}

/** A line that is only a name, or a few separated by 、 or a comma. */
export function loneNames(view: string): Span | null {
  return span(LONE_NAMES.exec(view));
}
