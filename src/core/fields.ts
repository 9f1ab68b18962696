/**
 * What a field may show. Every value a rule reads passes here before the reader sees it: a title is text without
 * icon-font glyphs, a date is ISO 8601, a source is an outlet (src/core/text/outlets.ts), an editor, reporter or
 * reviewer is a list of people's names (src/core/text/names.ts) — never a URL, a number, a code, the site's or an
 * outlet's name, or one of the page's tags. A value the page only declares (meta tags, JSON-LD) must also be one the
 * reader can see in the page. A value that fails is not shown: the field says unknown, or takes a later rule's value.
 */
import type { ArticleFields, Evidence, FieldName } from './article';
import { PLACEHOLDER } from './garbled/repair';
import { hanBeyondLabels } from './text/bylines';
import { personNames } from './text/names';
import { neutral } from './text/neutral';
import { looksLikeOutlet, outletOf } from './text/outlets';

export interface FieldContext {
  /** Names that stand for the site itself (og:site_name, application-name, the footer's holder), neutral view. */
  siteNames: ReadonlySet<string>;
  /** The page's declared tags and keywords, neutral view: a sidebar tag is never a person. */
  tags: ReadonlySet<string>;
  /** The page's lines (its blocks' texts as they stand now), neutral view. */
  lines: readonly string[];
  /** The fields shown so far. */
  fields: Readonly<ArticleFields>;
}

export type Checked = { ok: true; value: string } | { ok: false; reason: string };

const PRIVATE_USE = /[\ue000-\uf8ff]/gu;
const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?:[+-]\d{2}:\d{2}|Z))?)?$/u;
const SPACES = /\s+/gu;
const PERSON_FIELDS = new Set<FieldName>(['editor', 'author', 'reviewer']);
const LETTER_OR_DIGIT = /[A-Za-z0-9]/u;
const HAN = /\p{Script=Han}/u;
/** The ranks a reporter is credited with (neutral view). */
const REPORTER_RANK = /记者|通讯员|实习生|特派员/u;
/** Longer than any headline or credit: a page's whole text under a meta tag is not a field's value. */
const FIELD_MAX = 300;

const rejected = (reason: string): Checked => ({ ok: false, reason });

/** The bytes of U+FFFD twice over, read as GBK: what a page shows where a converter had already lost characters. */
const REPLACEMENT_READ_AS_GBK = /[锟錕]斤拷/u;

/** A line this short, and no sentence, may be a credit; a name only in other text is someone the text speaks of. */
const CREDIT_LINE = 80;
const SENTENCE_END = /[。！？!?]/u;
/** What stands before a credited name: the line's start, a space, a label's or a list's mark, a role word. */
const BEFORE_NAME = /(?:^|[\s:/|、,([【]|记者|作者|编辑|文)$/u;
/** …and after it: the line's end, a space, a list's mark or a closing bracket. */
const AFTER_NAME = /^(?:$|[\s/|、,)\]】])/u;

/**
 * Whether the page credits `name` where a reader sees it: on a short line that is no sentence, standing apart as a
 * credit's value does (`记者 李四`, `作者：李四 来源：…`, `李四` alone), not only in the text's sentences
 * (`总理李四主持会议`, `他说，李四，你好。`).
 */
function creditedOnPage(context: FieldContext, name: string): boolean {
  const chars = [...neutral(name).replace(SPACES, '')];
  if (chars.length === 0) return false;
  const pattern = new RegExp(chars.map((char) => char.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s*'), 'gu');
  for (const line of context.lines) {
    if (line.length > CREDIT_LINE || SENTENCE_END.test(line)) continue;
    for (const match of line.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (BEFORE_NAME.test(line.slice(0, match.index)) && AFTER_NAME.test(line.slice(end))) return true;
    }
  }
  return false;
}

/** What a site adds to its outlet's name: `明報新聞網` is 明報's, `中央社 CNA` aside. */
const WEB_EDITION = /^(?:新闻网|新闻|网|在线|电子报|网站|官网|客户端)$/u;

/** Whether an outlet (neutral view) is the site's own: its name, or its name with a web edition's word after it. */
function isSiteItself(outlet: string, siteNames: ReadonlySet<string>): boolean {
  if (siteNames.has(outlet)) return true;
  for (const name of siteNames) if (name.startsWith(outlet) && WEB_EDITION.test(name.slice(outlet.length))) return true;
  return false;
}

/** Whether `value` may be shown as `field`, and in what form (trimmed, names joined with 、, run-on words cut). */
export function checkField(
  field: FieldName,
  raw: string,
  evidence: Pick<Evidence, 'from' | 'labelled'>,
  context: FieldContext,
): Checked {
  if (raw.length > FIELD_MAX) return rejected('too long for a field');
  const value = raw.replace(PRIVATE_USE, '').replace(SPACES, ' ').trim();
  if (!value) return rejected('empty');
  if (field === 'date') return ISO_DATE.test(value) ? { ok: true, value } : rejected('not a date');
  if (field === 'title') return { ok: true, value };
  if (field === 'site') {
    if (WEB_ADDRESS.test(value)) return rejected('a web address, not a name');
    const name = siteName(value);
    if (NOT_A_SITE.test(name)) return rejected('a placeholder or a program, not the site');
    return name && name.length <= 40 ? { ok: true, value: name } : rejected('not a site name');
  }
  // The repair of garbled text marks a character it could not recover: a name missing one is no name to cite.
  if (value.includes(PLACEHOLDER)) return rejected('a character of it was lost to garbled text');
  if (REPLACEMENT_READ_AS_GBK.test(value)) return rejected('garbled bytes, not a name');
  if (field === 'source') {
    const outlet = outletOf(value);
    if (!outlet) return rejected('not an outlet');
    const view = neutral(outlet);
    // Without letters or digits (`CCTV13`, `36Kr`), an outlet names itself in two Han characters at least beyond
    // labels and widget words: `責任`, `责任编辑`, `豈` are what a label or junk left.
    if (!LETTER_OR_DIGIT.test(view) && hanBeyondLabels(view) < 2) return rejected('labels or junk, not an outlet');
    if (!looksLikeOutlet(outlet) && personNames(outlet, { labelled: false })) return rejected("a person's name");
    if (evidence.labelled !== true && context.tags.has(view)) return rejected("one of the page's tags");
    if (evidence.labelled !== true && isSiteItself(view, context.siteNames))
      return rejected('the site itself, not a 来源');
    return { ok: true, value: outlet };
  }
  if (!PERSON_FIELDS.has(field)) return { ok: true, value };
  // A reporter's rank inside an editor's or a reviewer's value opens the reporter's credit (`审核：陈渊记者 张三`): the
  // names after it are no editor's or reviewer's.
  if (field !== 'author' && REPORTER_RANK.test(neutral(value)))
    return rejected('a reporter’s credit, not this field’s');
  const declared = evidence.from === 'declared';
  const names = personNames(value, {
    labelled: !declared && evidence.labelled === true,
    declared,
    notNames: new Set([...context.siteNames, ...context.tags]),
  });
  if (!names) return rejected('not a list of names');
  // A name says more than credit labels and widget words: `來源來源` is a label twice over.
  if (names.split('、').some((name) => HAN.test(name) && hanBeyondLabels(neutral(name)) === 0))
    return rejected('labels, not a name');
  if (declared) {
    if (!names.split('、').every((name) => creditedOnPage(context, name)))
      return rejected('declared but not credited on the page');
    const other = field === 'author' ? context.fields.editor : field === 'editor' ? context.fields.author : null;
    const shownAs = new Set(other ? neutral(other).split('、') : []);
    if (names.split('、').every((name) => shownAs.has(neutral(name)))) {
      return rejected(`declared, and the page shows it as the ${field === 'author' ? 'editor' : 'author'}`);
    }
  }
  return { ok: true, value: names };
}

const SITE_LABEL = /^[^:]{1,8}:\s*/u;
/** A web address with its scheme; a bare domain (`www.example.com`, in a footer) names the site. */
const WEB_ADDRESS = /^(?:https?:)?\/\//iu;
/**
 * What templates and browsers put where a site's name goes: a page's own words (`首页`, `官网`, `本站`), the program
 * that made it or shows it (`WordPress`, `Discuz! Board`, `Microsoft Edge`).
 */
const NOT_A_SITE =
  /^(?:本站|本网|本网站|本报|站|首页|主页|网站首页|网站|官网|官方网站|门户网站|新闻|资讯|home|homepage|index|default|untitled|无标题|(?:powered by\s+)?(?:wordpress|discuz!?(?:\s+board)?|dedecms|phpcms|帝国cms|joomla!?|drupal)|my\s+(?:wordpress\s+)?(?:blog|site)|microsoft\s+edge|google\s+chrome|safari|firefox)$/iu;
const SITE_COMPANY = /\s*[(【[].*$/u;
const SITE_ROLE = /(?:主办|承办|制作|版权所有)$/u;

/**
 * A footer's or template's name for the site without its label (`制作单位：`), role (`承办`) or bracketed company,
 * each found on the neutral view.
 */
function siteName(value: string): string {
  const view = neutral(value);
  const start = SITE_LABEL.exec(view)?.[0].length ?? 0;
  let end = view.length;
  const company = SITE_COMPANY.exec(view.slice(start));
  if (company) end = start + company.index;
  const role = SITE_ROLE.exec(view.slice(start, end));
  if (role) end = start + role.index;
  return value.slice(start, end).trim();
}

/** Tags and keywords a page declares (`keywords`, `article:tag`, `news_keywords`), neutral view. */
export function declaredTags(meta: Readonly<Record<string, string>>): Set<string> {
  const tags = new Set<string>();
  for (const key of ['keywords', 'news_keywords', 'article:tag', 'og:article:tag']) {
    for (const tag of (meta[key] ?? '').split(/[,，、;；|\s]+/u)) if (tag) tags.add(neutral(tag));
  }
  return tags;
}
