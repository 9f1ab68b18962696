/**
 * Bylines: 来源 (source), 责任编辑/编辑 (editor), 记者/作者 (reporter), 编审/审核 (reviewer), in simplified and
 * traditional script, on their own lines, several to a line, or bracketed at the end of the last paragraph.
 */
import type { ArticleFields, Decisions, Rule, RuleInput } from '../../article';
import { endsWithOneOf, lastVisibleUnit } from '../../chars';

type BylineField = 'source' | 'editor' | 'author' | 'reviewer';

/** Label words and the field each introduces; date labels introduce none (the date rule reads the date). */
const LABEL_FIELDS: [RegExp, BylineField | null][] = [
  [/^(?:责任编辑|責任編輯|责编|責編|编辑|編輯)$/u, 'editor'],
  [/^(?:编审|編審|审核|審核|终审|終審|审校|審校|校对|校對|签发|簽發)$/u, 'reviewer'],
  [/^(?:来源|來源|稿源|出处|出處|转自|轉自|转载自|轉載自)$/u, 'source'],
  [/^(?:记者|記者|作者|撰文|撰稿|文)$/u, 'author'],
  [/^(?:发布时间|發佈時間|發布時間|发布日期|發佈日期|发表时间|發表時間|时间|時間|日期|更新时间|更新時間)$/u, null],
];

/**
 * A label and its colon (`来源:`, `責任編輯：`), `文/` before an author, `发表于` before a date, or a counter
 * (`阅读(12)`). Longer labels come first in the alternation so 责任编辑 wins over 编辑.
 */
export const LABEL =
  /(责任编辑|責任編輯|责编|責編|编辑|編輯|编审|編審|审核|審核|终审|終審|审校|審校|校对|校對|签发|簽發|转载自|轉載自|来源|來源|稿源|出处|出處|转自|轉自|记者|記者|作者|撰文|撰稿|发布时间|發佈時間|發布時間|发布日期|發佈日期|发表时间|發表時間|更新时间|更新時間|时间|時間|日期)\s*[:：]\s*|(文)\s*[/／]\s*|(发表于|發表於|发布于|發布於|發佈於)\s*[:：]?\s*|(阅读|閱讀|评论|評論|浏览|瀏覽|点击|點擊|人气|人氣)(?:次数|次數|数|數)?\s*[:：(（]\s*/u;

const LABELS = new RegExp(LABEL.source, 'gu');
/** Every LABEL ends in one of these (or in 于/於 after 发表/发布): text without them holds no label. */
const LABEL_MARK = /[:：/／(（于於]/u;

/** Where a label's value ends: a bracket, a separator, or a date. */
const VALUE_END = /[【】[\]（）()|｜]|\d{4}\s*[-/.年]/u;
/** A bracketed editor credit closing a paragraph: `(责任编辑：张三)`, `【编辑：李四】`. */
const BRACKETED_CREDIT =
  /\s*[（(【[]\s*((?:责任编辑|責任編輯|责编|責編|编辑|編輯|编审|編審|审核|審核|记者|記者|作者)\s*[:：]\s*[^）)】\]]{1,30}?)\s*[）)】\]]\s*$/u;
const CLOSING_BRACKETS = '）)】]';
/** A reporter line without a colon: `四川日報全媒體記者 張立東`, `本报记者 张三 李四`. */
const REPORTER_LINE =
  /^.{0,20}?(?:记者|記者|通讯员|通訊員)\s+([\p{Script=Han}·]{2,5}(?:[\s、，,]+[\p{Script=Han}·]{2,5})*?)\s*(?:(?:发自|發自)\S{0,8}|\S{0,8}(?:报道|報導))?$/u;
/** A reporter line with no space before the name, closed by where the reporter filed from: `本报记者罗科苏盈发自北京`. */
const REPORTER_FILED = /^.{0,20}?(?:记者|記者)([\p{Script=Han}·]{2,4}?)(?:发自|發自)/u;
/** A credit closing the last paragraph: `…吗？”（姚峰 上海报道）`. */
const CLOSING_REPORT =
  /[（(]\s*([\p{Script=Han}·]{2,4}(?:[\s、][\p{Script=Han}·]{2,4})*?)\s+[\p{Script=Han}]{2,6}(?:报道|報導)\s*[）)]\s*$/u;
/** A reporter credit opening a dispatch: `本报讯（记者 张三）…`, `新华社北京2月1日电（记者 张三、李四）`. */
const DISPATCH_CREDIT =
  /^[^。]{0,30}?[（(](?:本报|本報)?(?:记者|記者)\s*[:：]?\s*([^）)]{2,30}?)\s*(?:(?:通讯员|通訊員)[^）)]*)?[）)]/u;
/** Bylines are short lines; longer text is a sentence even if it quotes a label. */
const BYLINE_MAX = 80;
/** A line ending in one of these is a sentence. */
const SENTENCE_MARKS = '。！？!?';
/** Portals print their address beside the byline (`http://www.sina.net 2005年03月21日`); it is not a sentence. */
export const WEB_ADDRESS = /(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?/giu;
/** Words a byline carries besides its labelled values (a site or app name, 浏览次数). */
const BYLINE_RESIDUE = 12;
/** What does not count as such words: spaces, punctuation, symbols, digits and the units of a date. */
const NOT_RESIDUE = /[\s\p{P}\p{S}\d年月日时時分]/gu;
const EDGE_PUNCTUATION = /^[\s\p{P}]+|[\s\p{P}]+$/gu;

function fieldOf(label: string): BylineField | null {
  return LABEL_FIELDS.find(([pattern]) => pattern.test(label))?.[1] ?? null;
}

/** Markup debris and template placeholders are never a name (`size="20"`). */
const NOT_A_VALUE = /[=<>{}"]|^(?:null|undefined|none)$/i;
/** A value wrapped in brackets: `来源：[ 人民网 ]`, `来源：【新华社】`. */
const WRAPPED_VALUE = /^\s*[[【〔]\s*([^\]】〕]{1,30}?)\s*[\]】〕]/u;

function cleanValue(raw: string): string {
  const wrapped = WRAPPED_VALUE.exec(raw);
  const end = VALUE_END.exec(raw);
  const value = (wrapped ? wrapped[1]! : end ? raw.slice(0, end.index) : raw).replace(EDGE_PUNCTUATION, '').trim();
  return NOT_A_VALUE.test(value) ? '' : value;
}

/** Every labelled value on a line, and what is left when labels and values are taken out. */
export function parseByline(text: string): {
  values: Partial<Record<BylineField, string>>;
  residue: string;
  labels: number;
} {
  const values: Partial<Record<BylineField, string>> = {};
  if (!LABEL_MARK.test(text)) return { values, residue: text, labels: 0 };
  const matches: RegExpExecArray[] = [];
  LABELS.lastIndex = 0;
  for (let match = LABELS.exec(text); match; match = LABELS.exec(text)) matches.push(match);
  let residue = matches.length ? text.slice(0, matches[0]!.index) : text;
  matches.forEach((match, i) => {
    const start = match.index! + match[0].length;
    const end = i + 1 < matches.length ? matches[i + 1]!.index! : text.length;
    const raw = text.slice(start, end);
    const value = cleanValue(raw);
    const field = (match[1] ?? match[2]) ? fieldOf((match[1] ?? match[2])!) : null;
    if (field && value && values[field] === undefined) values[field] = value;
    const wrapped = WRAPPED_VALUE.exec(raw);
    const endOfValue = VALUE_END.exec(raw);
    if (wrapped) residue += raw.slice(wrapped[0].length);
    else if (endOfValue) residue += raw.slice(endOfValue.index);
  });
  return { values, residue, labels: matches.length };
}

/** A short line made of labelled values (and perhaps a date), not a sentence that mentions one. */
export function isBylineText(text: string): boolean {
  if (text.length > BYLINE_MAX || endsWithOneOf(text, SENTENCE_MARKS)) return false;
  const { values, labels, residue } = parseByline(text);
  return (
    labels > 0 &&
    Object.keys(values).length > 0 &&
    residue.replace(WEB_ADDRESS, '').replace(NOT_RESIDUE, '').length <= BYLINE_RESIDUE
  );
}

export const bylineRule: Rule = {
  name: 'byline',
  why: 'source, editor, reporter and reviewer credits are labelled lines (or a bracketed credit) the reader wants as fields, not text',
  motivatedBy: 'seeds 000, 002, 003 (government portal, news-agency branch and city app bylines)',
  apply({ texts, roles, fields }: RuleInput): Decisions {
    const found: Partial<ArticleFields> = {};
    const take = (field: BylineField, value: string | undefined) => {
      if (value && fields[field] === null && found[field] === undefined) found[field] = value;
    };
    const decided: NonNullable<Decisions['roles']> = [];
    const rewritten: NonNullable<Decisions['texts']> = [];
    texts.forEach((text, block) => {
      if (roles[block] !== 'body') return;
      if (isBylineText(text)) {
        const { values } = parseByline(text);
        for (const field of Object.keys(values) as BylineField[]) take(field, values[field]);
        decided.push({ block, role: 'meta' });
        return;
      }
      const reporter = text.length <= 40 ? (REPORTER_LINE.exec(text) ?? REPORTER_FILED.exec(text)) : null;
      if (reporter) {
        take('author', reporter[1]!.trim());
        decided.push({ block, role: 'meta' });
        return;
      }
      // Both closing-credit patterns end in a bracket: test them only on text that does.
      const closesWithBracket = CLOSING_BRACKETS.includes(lastVisibleUnit(text));
      const credit = closesWithBracket ? BRACKETED_CREDIT.exec(text) : null;
      if (credit) {
        const { values } = parseByline(credit[1]!);
        for (const field of Object.keys(values) as BylineField[]) take(field, values[field]);
        const rest = text.slice(0, credit.index).trim();
        if (rest) rewritten.push({ block, text: rest });
        else decided.push({ block, role: 'meta' });
        return;
      }
      const dispatch = DISPATCH_CREDIT.exec(text) ?? (closesWithBracket ? CLOSING_REPORT.exec(text) : null);
      if (dispatch) take('author', dispatch[1]!.trim());
    });
    return { roles: decided, texts: rewritten, fields: found };
  },
};
