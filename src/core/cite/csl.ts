/**
 * The CSL-JSON record: the one source of truth every citation style and export is rendered from.
 * Field names follow the CSL-JSON schema (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html).
 */
import type { Article } from '../article';

/** A personal name split into parts, or a name kept whole (CJK names, organisations). */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

/** `date-parts`: [[year, month?, day?]]. Never a time of day. */
export interface CslDate {
  'date-parts': number[][];
}

export type CslType = 'article-newspaper' | 'webpage' | 'post-weblog';

export interface CslItem {
  id: string;
  type: CslType;
  title: string;
  author?: CslName[];
  editor?: CslName[];
  'container-title'?: string;
  publisher?: string;
  issued?: CslDate;
  accessed: CslDate;
  URL: string;
  page?: string;
  language?: string;
}

const hanPattern = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return hanPattern.test(text);
}

/**
 * A source named like a printed paper: 人民日报, 四川日报, 学习时报, 中国青年报, 聯合報, 人民日报海外版.
 * Apps, accounts and sites of a paper (人民日报客户端, 新京报网) are not the paper.
 */
const newspaperName = /[报報](?:海外版|农村版|農村版)?$/u;

/** A source line that also names the print page: `人民日报 2020年02月01日 01 版`, `光明日报（第2版）`. */
const sourceWithPage =
  /^(.+?[报報](?:海外版)?)\s*[（(]?\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*第?\s*(\d{1,3})\s*版\s*[)）]?$/u;

export function isNewspaper(name: string | null | undefined): boolean {
  return !!name && newspaperName.test(name.trim());
}

/** A site naming the paper it carries: `人民网－人民日报`, `中国新闻网-四川日报`. */
const siteThenPaper = /^\S+?(?:网|網|客户端|客戶端)\s*[-－—–]+\s*(\S.*)$/u;

/** Split a 来源 line into the paper's name and the print page it names, if any. */
function parseSource(source: string): { name: string; page?: string } {
  const trimmed = source.trim();
  const carried = siteThenPaper.exec(trimmed)?.[1];
  const name = carried && isNewspaper(parseSource(carried).name) ? carried : trimmed;
  const match = sourceWithPage.exec(name);
  if (match) return { name: match[1]!.trim(), page: String(Number(match[2])) };
  return { name };
}

/** Hosts whose pages are posts on a platform account rather than pages of the publisher's own site. */
const postHosts =
  /(?:^|\.)(?:mp\.weixin\.qq\.com|baijiahao\.baidu\.com|toutiao\.com|weibo\.com|weibo\.cn|zhihu\.com|douban\.com)$|(?:^|\.)blog\./;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** Byline words that introduce names rather than being part of them (本报记者 张立东 通讯员 李四). */
const bylineRole = /(?:记者|記者|通讯员|通訊員|作者|撰文|[文图圖]\s*[/／])[\s:：]*/u;

/** Names as written in a byline: CJK names stay whole (no family/given guess), Latin names are split. */
function parseNames(byline: string): CslName[] {
  const pieces = byline.split(new RegExp(bylineRole.source, 'gu'));
  // What precedes the first role word is the unit (本报, 四川日报全媒体), not a name.
  const text = (pieces.length > 1 ? pieces.slice(1) : pieces)
    .map((piece) => piece.trim())
    .filter(Boolean)
    .join('、');
  if (!text) return [];
  if (hasHan(text)) {
    return text
      .split(/[、，,;；/／]+/u)
      .flatMap((part) => joinPaddedNames(part.split(/\s+/u).filter(Boolean)))
      .map((literal) => ({ literal }));
  }
  return text
    .split(/\s*(?:;|&|\band\b)\s*/)
    .flatMap((part) => splitLatinCommas(part))
    .filter((name) => name.length > 0)
    .map(latinName);
}

/**
 * Pages pad two-character names to the width of three (`赵  培`, `王 伟 张文攀`): a lone Han character is never a
 * whole name, so it joins the lone character after it.
 */
function joinPaddedNames(words: string[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if ([...word].length === 1 && next && [...next].length === 1 && hasHan(word + next)) {
      names.push(word + next);
      i++;
    } else names.push(word);
  }
  return names;
}

/** `Smith, John` is one inverted name; `John Smith, Jane Doe` is two. Returns names in natural order. */
function splitLatinCommas(part: string): string[] {
  const pieces = part
    .split(',')
    .map((piece) => piece.trim())
    .filter(Boolean);
  if (pieces.length === 2 && !pieces[0]!.includes(' ')) return [`${pieces[1]} ${pieces[0]}`];
  return pieces;
}

function latinName(name: string): CslName {
  const words = name.split(/\s+/);
  if (words.length === 1) return { literal: name };
  return { family: words[words.length - 1]!, given: words.slice(0, -1).join(' ') };
}

function dateParts(iso: string | null | undefined): CslDate | undefined {
  const match = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso) : null;
  if (!match) return undefined;
  const parts = [Number(match[1])];
  if (match[2]) parts.push(Number(match[2]));
  if (match[3]) parts.push(Number(match[3]));
  return { 'date-parts': [parts] };
}

/** The reader's calendar day: an access date is the day on the reader's own clock. */
function localDateParts(date: Date): CslDate {
  return { 'date-parts': [[date.getFullYear(), date.getMonth() + 1, date.getDate()]] };
}

/** 来源 lines that say where a text was taken from without naming anyone: 转载, 本站, 网络, 未知. */
const noAttribution =
  /^(?:转载|轉載|转自|轉自|原创|原創|本站|本网|本網|网络|網絡|互联网|互聯網|未知|不详|不詳|佚名)(?:文章)?$/u;

/** A name of a source or site: has letters, and is not a stock phrase. */
function named(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed && /\p{L}/u.test(trimmed) && !noAttribution.test(trimmed) ? trimmed : undefined;
}

export function articleToCsl(article: Article, opts: { url: string; accessed: Date }): CslItem {
  const sourceName = named(article.source);
  const source = sourceName ? parseSource(sourceName) : null;
  const newspaper = isNewspaper(source?.name);
  const site = named(article.site);
  const authors = article.author ? parseNames(article.author) : [];
  const editors = article.editor ? parseNames(article.editor) : [];
  const container = source?.name || site;
  const issued = dateParts(article.date);
  const page = newspaper ? source?.page : undefined;
  return {
    id: opts.url,
    type: newspaper ? 'article-newspaper' : postHosts.test(hostOf(opts.url)) ? 'post-weblog' : 'webpage',
    title: article.title?.trim() ?? '',
    ...(authors.length ? { author: authors } : {}),
    ...(editors.length ? { editor: editors } : {}),
    ...(container ? { 'container-title': container } : {}),
    ...(site ? { publisher: site } : {}),
    ...(issued ? { issued } : {}),
    ...(page ? { page } : {}),
    URL: opts.url,
    accessed: localDateParts(opts.accessed),
    language: article.script === 'hant' ? 'zh-TW' : 'zh-CN',
  };
}
