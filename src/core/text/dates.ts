/**
 * Dates as pages write them — `2020年02月01日 07时55分`, `2020-02-02 09:05`, `7/5/2005 9:23:57 PM` — and as machines
 * declare them, read into ISO 8601 (with China's +08:00 offset when a time is shown). Matched on the script-neutral
 * view (時 and 點 read as 时 and 点, full-width digits as digits).
 */
import { endsWithOneOf } from '../chars';
import { isBylineText, LABELS, WEB_ADDRESS } from './bylines';
import { isCreditLine } from './credits';
import { neutral } from './neutral';
import { perLine } from './per-line';

/** The part of the day a 12-hour clock is read in (`下午3:20`, Taiwan's `2024/03/05 下午 03:20`). */
const MERIDIEM = '上午|下午|中午|晚上|晚间|凌晨|早上';
/** The day of the week printed between a date and its time: `星期二`, `周二`, `（星期二）`. */
const WEEKDAY = String.raw`\(?(?:星期|周)[一二三四五六日天]\)?`;
/**
 * `2020年02月01日 07时55分`, `2022年09月02日 09:34`, `2024年3月5日 週二 下午3:20` (traditional `時`/`點`/`週` read as
 * 时/点/周 in the neutral view).
 */
const DATE_CJK = new RegExp(
  String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*,?\s*${WEEKDAY})?(?:\s*(${MERIDIEM})?\s*(\d{1,2})\s*(?::|时|点)\s*(\d{1,2})(?:\s*分|\s*:\s*\d{1,2})?)?`,
  'u',
);
/** English, as blog templates print it: `Saturday, September 10th, 2005 10:56 am`, `Sep 10, 2005`. */
const DATE_ENGLISH =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?)?/iu;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * `2020-02-02 09:05`, `2020/2/2`, `2020.02.02`, ISO `2020-02-02T09:05:00` (with the offset a timestamp with seconds
 * may give, `Z` or `+00:00`), `2024/03/05 下午 03:20`, `2024-03-05 週二 15:20`.
 */
const DATE_NUMERIC = new RegExp(
  String.raw`(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(?:\s*${WEEKDAY})?(?:(?:\s*|T)(?:(${MERIDIEM})\s*)?(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?(Z|[+-]\d{2}:?\d{2}(?!\d))?)?)?`,
  'u',
);
/**
 * Day and month before the year, `7/5/2005 9:23:57 PM` or `06/02/2022 - 13:48`: month first when the clock is
 * 12-hour (US templates), day first otherwise (European templates); a part above 12 settles it either way.
 */
const DATE_SLASHED_YEAR_LAST =
  /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)(?:\s*(?:-\s*)?(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([AaPp][Mm]))?)?/u;
/**
 * Taiwan's Republic of China years (民國 year 1 is 1912), as its government and press write them: `民國98年3月5日`,
 * `113年3月5日`, `日期：107-06-14`. Years 79 to 150 (1990 to 2061). A two-digit year needs 民國 before it (`98年` is
 * also how mainland writers shorten 1998); the numeric form has two-digit months and days and its date label right
 * before it, as three digits and a dash are many other things too.
 */
const DATE_ROC_CJK =
  /(?:民国\s*|(?<!\d)(?=\d{3}\s*年))(?<year>\d{2,3})\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*日(?:\s*(?<hour>\d{1,2})\s*(?::|时|点)\s*(?<minute>\d{1,2}))?/u;
const DATE_ROC_NUMERIC =
  /(?<=(?:日期|时间)\s*:?\s*)(?<year>\d{3})(?<sep>[-/])(?<month>\d{2})\k<sep>(?<day>\d{2})(?![\d\-/])(?:\s+(?<hour>\d{1,2}):(?<minute>\d{2}))?/u;
const ROC_OFFSET = 1911;
const ROC_FIRST = 79;
const ROC_LAST = 150;
/** Where an ROC date may be: two or three digits before 年, a dash or a slash. */
const ROC_HINT = /\d{2,3}\s*[-/年]\s*\d/u;
/**
 * A date in Chinese numerals, as formal documents close (`二〇二四年三月五日`, `一九九八年十二月三十一日`); 零 may stand for
 * 〇. Its year begins 一九 or 二〇, which is also what finds it.
 */
const DATE_HAN_NUMERALS =
  /(?<year>(?:一九|二[〇零])[〇零一二三四五六七八九]{2})\s*年\s*(?<month>十[一二]?|[一二三四五六七八九])\s*月\s*(?<day>[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])\s*日/u;
const HAN_YEAR_START = /一九|二[〇零]/u;
const HAN_DIGITS = '〇一二三四五六七八九';

/** `二〇二四` → 2024, `十二` → 12, `三十一` → 31, `五` → 5. */
function hanNumber(numerals: string): number {
  if (!numerals.includes('十'))
    return Number([...numerals].map((n) => HAN_DIGITS.indexOf(n === '零' ? '〇' : n)).join(''));
  const [tens, ones] = numerals.split('十');
  return (tens ? HAN_DIGITS.indexOf(tens) : 1) * 10 + (ones ? HAN_DIGITS.indexOf(ones) : 0);
}
/** Seconds since 1970 as pages declare a publish time (`var ct = "1514986500"`): 2001 to 2286. */
const UNIX_SECONDS = /^[1-9]\d{9}$/;
/** An explicit offset on a machine-written timestamp (`Z`, `+08:00`, `+0800`). */
const ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/;
/** A dated line is a byline when it is short and carries no sentence. */
const DATED_LINE_MAX = 80;
/** Words left on a dated line besides the date (an app name, 发布时间, 浏览次数) stay few. */
const DATED_LINE_RESIDUE = 12;
const NOT_RESIDUE = /[\s\p{P}\p{S}\d]/gu;
/** A line ending in one of these is a sentence. */
const SENTENCE_MARKS = '。!?';

export interface FoundDate {
  iso: string;
  hasTime: boolean;
  index: number;
  length: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function toIso(y: number, mo: number, d: number, h?: number, mi?: number): string | null {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined || Number.isNaN(h) || Number.isNaN(mi)) return date;
  if (h > 23 || mi > 59) return date;
  return `${date}T${pad(h)}:${pad(mi)}+08:00`;
}

/** Hours after noon on a 12-hour clock: `PM`, `p.m.`, 下午, 晚上, 晚间. */
const AFTERNOON = /^(?:p|下午|晚)/iu;

/** The hour on a 24-hour clock: `下午3` and `3 PM` are 15, `中午1` is 13 and `中午12` 12, `凌晨12` and `12 AM` are 0. */
function clockHour(hour: string | undefined, meridiem: string | undefined): number | undefined {
  if (hour === undefined) return undefined;
  const h = +hour;
  if (meridiem === undefined || h > 12) return h;
  if (meridiem === '中午') return h <= 2 ? h + 12 : h;
  return (h % 12) + (AFTERNOON.test(meridiem) ? 12 : 0);
}

/** Every date form in digits holds a four-digit year: text without four digits in a row holds none. */
function hasFourDigits(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    run = code >= 0x30 && code <= 0x39 ? run + 1 : 0;
    if (run === 4) return true;
  }
  return false;
}

/** The first date written in `text` (neutral view), in any of the forms above. */
export function findDate(text: string): FoundDate | null {
  if (!hasFourDigits(text) && !ROC_HINT.test(text) && !HAN_YEAR_START.test(text)) return null;
  const found = firstDateOf(text);
  return found && { ...found };
}

const firstDateOf = perLine(firstDate);

function firstDate(text: string): FoundDate | null {
  const found: FoundDate[] = [];
  const cjk = DATE_CJK.exec(text);
  if (cjk) {
    const iso = toIso(+cjk[1]!, +cjk[2]!, +cjk[3]!, clockHour(cjk[5], cjk[4]), cjk[6] ? +cjk[6] : undefined);
    if (iso) found.push({ iso, hasTime: iso.includes('T'), index: cjk.index, length: cjk[0].length });
  }
  const numeric = DATE_NUMERIC.exec(text);
  if (numeric) {
    const iso = numeric[8]
      ? parseDateValue(numeric[0])
      : toIso(
          +numeric[1]!,
          +numeric[3]!,
          +numeric[4]!,
          clockHour(numeric[6], numeric[5]),
          numeric[7] ? +numeric[7] : undefined,
        );
    if (iso) found.push({ iso, hasTime: iso.includes('T'), index: numeric.index, length: numeric[0].length });
  }
  const slashed = DATE_SLASHED_YEAR_LAST.exec(text);
  if (slashed) {
    const [a, b] = [+slashed[1]!, +slashed[2]!];
    const monthFirst = a > 12 ? false : b > 12 ? true : slashed[6] !== undefined;
    const hour = clockHour(slashed[4], slashed[6]);
    const iso = toIso(+slashed[3]!, monthFirst ? a : b, monthFirst ? b : a, hour, slashed[5] ? +slashed[5] : undefined);
    if (iso) found.push({ iso, hasTime: iso.includes('T'), index: slashed.index, length: slashed[0].length });
  }
  const english = /[A-Za-z]{3}/.test(text) ? DATE_ENGLISH.exec(text) : null;
  if (english) {
    const hour = clockHour(english[4], english[6]);
    const month = MONTHS.indexOf(english[1]!.toLowerCase()) + 1;
    const iso = toIso(+english[3]!, month, +english[2]!, hour, english[5] ? +english[5] : undefined);
    if (iso) found.push({ iso, hasTime: iso.includes('T'), index: english.index, length: english[0].length });
  }
  for (const roc of [DATE_ROC_CJK.exec(text), DATE_ROC_NUMERIC.exec(text)]) {
    const { year, month, day, hour, minute } = roc?.groups ?? {};
    if (!roc || +year! < ROC_FIRST || +year! > ROC_LAST) continue;
    const iso = toIso(+year! + ROC_OFFSET, +month!, +day!, hour ? +hour : undefined, minute ? +minute : undefined);
    if (iso) found.push({ iso, hasTime: iso.includes('T'), index: roc.index, length: roc[0].length });
  }
  const han = HAN_YEAR_START.test(text) ? DATE_HAN_NUMERALS.exec(text) : null;
  if (han) {
    const { year, month, day } = han.groups!;
    const iso = toIso(hanNumber(year!), hanNumber(month!), hanNumber(day!));
    if (iso) found.push({ iso, hasTime: false, index: han.index, length: han[0].length });
  }
  return found.sort((a, b) => a.index - b.index)[0] ?? null;
}

/**
 * A machine-written date (meta tag, JSON-LD, a script's publish time) → ISO in China time; timestamps with an offset
 * and Unix times are converted.
 */
export function parseDateValue(value: string): string | null {
  const trimmed = value.trim();
  const epoch = UNIX_SECONDS.test(trimmed) ? Number(trimmed) * 1000 : null;
  if (epoch !== null || (ZONE.test(trimmed) && /T|\d \d/.test(trimmed))) {
    const time = new Date(epoch ?? trimmed.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (!Number.isNaN(time.getTime())) {
      const china = new Date(time.getTime() + 8 * 3600_000);
      return toIso(
        china.getUTCFullYear(),
        china.getUTCMonth() + 1,
        china.getUTCDate(),
        china.getUTCHours(),
        china.getUTCMinutes(),
      );
    }
  }
  return findDate(neutral(trimmed))?.iso ?? null;
}

/** What parts a date from a credit beside it on one line (`2024-03-05 10:20 | 记者 张三`). */
const BESIDE_DATE = String.raw`[\s|/·]`;
const EDGE_SEPARATORS = new RegExp(`^${BESIDE_DATE}+|${BESIDE_DATE}+$`, 'gu');
const AFTER_DATE = new RegExp(`^${BESIDE_DATE}*`, 'u');

/** How a date written in any of the forms above begins: a digit, a month's name, 民国, or 一九/二〇 in numerals. */
const MAY_OPEN_DATE = /^[\dA-Za-z民一二]/u;

/** Where the rest of a line that opens with a date starts; 0 when it opens with none or is the date alone. */
export function afterLeadingDate(view: string): number {
  if (!MAY_OPEN_DATE.test(view)) return 0;
  const date = findDate(view);
  if (date?.index !== 0 || date.length === view.length) return 0;
  return date.length + AFTER_DATE.exec(view.slice(date.length))![0].length;
}

/** 于 or 在 right before a date, not a publishing or writing label's (`发表于`, `原载于`, `写于`, `更新于`). */
const EVENT_DATE_BEFORE = /(?<!发布|发表|发|刊|登|载|稿|写|更新|修改)[于在]\s*$/u;
/** A verb right after the date: no space, no weekday or time of day (`写于2005年6月12日夜` is still a dated line). */
const EVENT_DATE_AFTER = /^(?!星期|礼拜|周|上午|下午|中午|凌晨|早|晚|夜)\p{Script=Han}/u;

/**
 * A date inside a clause, between 于/在 and a verb (`《人气歌谣》于2013年3月17日设榜`, `会议在2024年3月5日召开`): the day
 * something happened, not the day the text was published.
 */
function isEventDate(text: string, date: FoundDate): boolean {
  return (
    EVENT_DATE_BEFORE.test(text.slice(Math.max(0, date.index - 4), date.index)) &&
    EVENT_DATE_AFTER.test(text.slice(date.index + date.length))
  );
}

/**
 * A label naming another time than the text's (`打印时间：`, `截止日期：`, `会议时间：`, `有效期至`): the day the reader
 * printed the page, a deadline, an event's day.
 */
const OTHER_TIME_LABEL =
  /(?:打印|访问|浏览|截止|有效期|会议|活动|报名|举办|举行|实施|施行|生效|考试|开放|营业|申报|受理|开幕|闭幕|展览|展期|比赛|演出|培训|征集|报到|开课|开学|办理)(?:时间|日期|期限)?\s*(?:至|到|:)?\s*$/u;

/**
 * A portal's calendar: today's date as its header shows it (`今天是2024年3月6日 星期三`), with the lunar date or the
 * weather (`2024年03月06日 农历正月廿六 多云 12℃`). The day the reader visits, not the day the text was published.
 */
const TODAY_IS = String.raw`(?:今天是|今日是|今天|今日|当前日期|当前时间|现在是)\s*:?\s*\d{4}\s*年`;
const FULL_DATE = String.raw`\d{4}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}`;
const LUNAR_DATE = String.raw`农历\s*\S{0,4}?[正腊冬一二三四五六七八九十]{1,2}月`;
const WEATHER = String.raw`(?:晴|多云|阴|小雨|中雨|大雨|阵雨|雷阵雨|小雪|中雪|大雪)(?:转\S{1,4}?)?\s*-?\d{1,2}\s*(?:[~～-]|至)?\s*-?\d{0,2}\s*(?:℃|°C)`;
export const CALENDAR_LINE = new RegExp(`^${TODAY_IS}|^\\s*${FULL_DATE}.{0,30}?(?:${LUNAR_DATE}|${WEATHER})`, 'u');

/** True for a short line (neutral view) that is a date with at most a few words around it (not a sentence). */
export function isDatedLine(text: string): boolean {
  if (text.length > DATED_LINE_MAX || endsWithOneOf(text, SENTENCE_MARKS) || CALENDAR_LINE.test(text)) return false;
  const date = findDate(text);
  if (!date) return false;
  // A sentence before the date makes the line a dated note (`此条目需要补充更多来源。 (2020年4月17日)`), not a byline.
  if (text.lastIndexOf('。', date.index) >= 0) return false;
  if (isEventDate(text, date) || OTHER_TIME_LABEL.test(text.slice(0, date.index))) return false;
  const rest = text.slice(0, date.index) + text.slice(date.index + date.length);
  if (isBylineText(rest) || isCreditLine(rest.replace(EDGE_SEPARATORS, ''))) return true;
  return rest.replace(LABELS, '').replace(WEB_ADDRESS, '').replace(NOT_RESIDUE, '').length <= DATED_LINE_RESIDUE;
}
