/**
 * The headline: a short line near the top that reads like a title — not a date line, not a byline, not a
 * sentence — confirmed by what the page says about itself (heading tag, document title, a repeat of it,
 * a byline right under it, the last step of its breadcrumb, the replies that repeat it).
 */
import type { Decisions, Page, Rule, RuleInput } from '../article';
import { endsWithOneOf } from '../chars';
import { lastStep } from '../text/breadcrumbs';
import { breaksOf, hanBeyondLabels, isBylineText } from '../text/bylines';
import { closingCredit, dateline, endsWithDispatchDate, reporterLine } from '../text/credits';
import { findDate, isDatedLine } from '../text/dates';
import { neutral } from '../text/neutral';
import { looksLikeOutlet } from '../text/outlets';
import { contentWeight } from './content/density';
import { stripPinyinRuby } from './pinyin';

const TITLE_MIN = 4;
/** A page's <h1> may be a short name (`金锺国`). */
const HEADING_MIN = 2;
const TITLE_MAX = 60;
/** Titles do not end in these, like statements or clauses (questions and exclamations they may). */
const CLAUSE_MARKS = '。;:,、';
/** A teaser headline may trail off (`顶级儿童医院竟然…`) when the page declares it so; other lines ending so are cut text. */
const TRAILING_OFF = '…';
/** A subtitle (`——当代中国的精神危机`) hangs under its headline. */
const SUBTITLE = /^\s*(?:——|--|—)/u;
/** Two letters in a row, Han or other: a word. */
const WORDS = /\p{L}{2}/u;
const ANY_LETTER = /\p{L}/u;
/** Labels, marks and separators a template puts around a headline: `主题：…`, `*第一编 古代`, `… - -`. */
const TITLE_LABEL = /^(?:(?:主题|标题|题目|文章标题)\s*:\s*|[*●■◆◇★☆•]+\s*)/u;
const TITLE_TAIL = /(?:\s*[-_|]){2,3}\s*$/u;
/** Headlines are Chinese text; lines of numbers, codes or Latin are not. */
const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;
/** Separators between a headline and the site name in `<title>` and og:title. */
const TITLE_SEPARATOR = /\s*(?:[_|｜]|--|—+|-\s|\s-)\s*/u;
/** A line below the first paragraph of article text (a long sentence) is not a candidate headline. */
const ARTICLE_SENTENCE = 40;
/** Class/id tokens templates give the headline element: `title`, `art_title`, `article-title`, `headline`. */
const TITLE_HINT =
  /^(?:title|headline)$|^(?:art|article|news|detail|content|post|entry|main)[-_]?(?:title|tit|headline)$/;
/** The same tokens naming an article's own headline, not a list item's title. */
export const HEADLINE_HINT = /^headline$|^(?:art|article|news|detail|post|entry)[-_]?(?:title|tit|headline)$/;
/** A column's name is short (`工作动态`, `国内新闻`): a last step naming the page is a headline, longer than that. */
const CRUMB_TITLE_MIN = 5;
/** Last steps that name the kind of page, not the page. */
const GENERIC_CRUMB =
  /^(?:正文|正文页|正文内容|内容|详情|详细内容|文章|浏览文章|阅读文章|新闻|新闻内容|.{0,6}详情页)$/u;
/** A reply's title repeats its post's: `re: 13岁女孩辍学后生下女婴(附图)`, `回复：…`. */
const REPLY_TITLE = /^\s*#?\s*(?:re|回复|回覆)\s*:\s*(.+?)\s*$/iu;
/** A site's name is short: `松花江网`, `湖北日报网`, `中国青年网`. */
const SITE_NAME_MAX = 8;
/** Score a candidate needs: one strong sign or two weak ones. */
const ACCEPT = 2;

const SPACES = /\s+/g;
const VISIBLE = /\S/;
/** A line (neutral view) without its spaces and the pinyin of ruby: as headlines are compared. */
export const squash = (view: string) => stripPinyinRuby(view).replace(SPACES, '');

/** Whether a block prints the whole document title, marks and all: a text page's first line always does. */
export function printsDocumentTitle(page: Page, block: number): boolean {
  const documentTitle = page.meta.documentTitle;
  return documentTitle !== undefined && squash(neutral(page.blocks[block]!.text)) === squash(neutral(documentTitle));
}

/** The headline part of a `<title>`: its longest segment between separators. */
export function headlineOf(documentTitle: string): string {
  return documentTitle
    .split(TITLE_SEPARATOR)
    .map((part) => part.trim())
    .reduce((a, b) => (b.length > a.length ? b : a), '');
}

interface DeclaredTitle {
  whole: string;
  headline: string;
  /** The part before the first separator: a page's subject leads its title (`金锺国 - 维基百科，自由的百科全书`). */
  first: string;
}

/** The titles a page declares, whole, as their headline part and first part (neutral view); a site's bare name is none. */
function pageTitles(page: Page): DeclaredTitle[] {
  const meta = page.meta.meta;
  return [meta.articletitle, meta['og:title'], meta.title, page.meta.documentTitle]
    .filter((t): t is string => typeof t === 'string' && t.trim() !== '')
    .map((t) => neutral(t))
    .filter((t) => !isSiteName(t))
    .map((t) => ({ whole: squash(t), headline: squash(headlineOf(t)), first: squash(t.split(TITLE_SEPARATOR)[0]!) }));
}

/** A short line that is an outlet's or a site's name (`松花江网`, a logo in an <h1>), not a headline. */
function isSiteName(view: string): boolean {
  const name = view.trim();
  return name.length <= SITE_NAME_MAX && !/\s/u.test(name) && looksLikeOutlet(name);
}

/** Marks before a headline (`*第一编 古代`) do not tell it from the same words elsewhere. */
const bare = (squashed: string) => squashed.replace(/^[^\p{L}\p{N}]+/u, '');

/**
 * Titles the page gives this page in its own text: the last step of a breadcrumb above the text, and the title its
 * replies repeat below it (squashed, bare).
 */
function namedInText(views: readonly string[], firstLong: number): Set<string> {
  const named = new Set<string>();
  views.forEach((view, i) => {
    const step = i < firstLong ? lastStep(view) : null;
    if (step !== null) {
      const last = bare(squash(step));
      if (last.length >= CRUMB_TITLE_MIN && !GENERIC_CRUMB.test(last)) named.add(last);
    } else if (i > firstLong && view.length < TITLE_MAX + 8) {
      const reply = REPLY_TITLE.exec(view)?.[1];
      if (reply) named.add(bare(squash(reply)));
    }
  });
  return named;
}

/** A line names the page when it is a declared title whole, its headline or its first part. */
function namesPage(line: string, declared: DeclaredTitle): boolean {
  return line === declared.whole || line === declared.headline || line === declared.first;
}

/** A line matches a declared title when it names the page, or is most of the title's headline. */
function matchesDeclared(line: string, declared: DeclaredTitle): boolean {
  if (namesPage(line, declared)) return true;
  return line.length >= 6 && declared.whole.includes(line) && line.length * 2 >= declared.headline.length;
}

/**
 * Whether a line (neutral view) reads like a headline: short, mostly Han, not a clause, byline or date; `declared`
 * when the page declares it as its title.
 */
export function looksLikeTitle(text: string, heading = 0, declared = false): boolean {
  if (
    text.length < (heading === 1 ? HEADING_MIN : TITLE_MIN) ||
    text.length > TITLE_MAX ||
    endsWithOneOf(text, CLAUSE_MARKS) ||
    (!declared && endsWithOneOf(text, TRAILING_OFF))
  )
    return false;
  // Two Han characters at least, and mostly Han among the letters: digits, brackets and a codec name (`【DVDSCR-RMVB】`)
  // may stand beside them.
  const han = text.match(HAN)?.length ?? 0;
  if (han < 2 || han < (text.match(LATIN)?.length ?? 0)) return false;
  // A headline says something beyond credit labels and widget words (`責任記者`, `本报讯來源`, `打印本页 上一篇`).
  if (han <= LABELS_ONLY_MAX_HAN && hanBeyondLabels(text) < 2) return false;
  // A headline is one sentence at most: a full stop inside makes it text.
  if (text.includes('。')) return false;
  if (
    isBylineText(text) ||
    isDatedLine(text) ||
    isDateAlone(text) ||
    dateline(text) ||
    endsWithDispatchDate(text) ||
    closingCredit(text)?.start === 0
  )
    return false;
  return !reporterLine(text) && !SUBTITLE.test(text) && !NO_TITLE.test(text);
}

/** Lines of credit labels and widget words alone are short: longer ones are not asked. */
const LABELS_ONLY_MAX_HAN = 12;

/** A date with nothing beside it but marks and digits (`2020年02月01日 07:55!`): no headline's words. */
function isDateAlone(text: string): boolean {
  const date = findDate(text);
  return date !== null && !ANY_LETTER.test(text.slice(0, date.index) + text.slice(date.index + date.length));
}

/**
 * What a forum, a CMS, a page editor's blank page (`无标题文档`, `新建网页 1`, `Untitled Document`) or this extension's
 * own output (`(无标题)`) writes where a text has no title: it names none, and it is no text either.
 */
export const NO_TITLE =
  /^\s*[[(【]?\s*(?:(?:无标题|未命名|暂无标题)(?:文档|页|网页)?|新建网页\s*\d*|untitled(?:\s+(?:document|page))?|new\s+page\s*\d*)\s*[\])】]?\s*$/iu;

/** A badge a template sets after the headline in an element of its own (`原创`, `[视频]`, `(图)`): this long at most. */
const BADGE_MAX = 6;

/**
 * Where the headline ends when the line adds a short badge after the declared title, in an element of its own
 * (`<h1>标题<span>原创</span></h1>` where the page's title is `标题`); the line's end otherwise.
 */
function declaredEnd(view: string, breaks: readonly number[] | undefined, titles: readonly DeclaredTitle[]): number {
  if (!breaks?.length) return view.length;
  const line = squash(view);
  if (titles.some((t) => line === t.whole || line === t.headline)) return view.length;
  for (const at of breaks) {
    const rest = view.slice(at).trim();
    if (rest.length === 0 || rest.length > BADGE_MAX) continue;
    const head = squash(view.slice(0, at));
    if (titles.some((t) => head === t.whole || head === t.headline)) return at;
  }
  return view.length;
}

/** How many short lines (headline, subtitle, byline, date) may stand between a headline and its text. */
const HEADER_LINES = 4;

/**
 * The lines right above the article's first paragraph of prose, top first, up to the first title-like one: a page
 * without a heading tag or a declared title still sets its headline there. A heading marked as page furniture (a blog
 * post's linked title) counts when it stands directly above the text.
 */
function headerRun(views: readonly string[], roles: RuleInput['roles'], page: Page, firstLong: number): number[] {
  const run: number[] = [];
  for (let i = firstLong - 1; i >= 0 && firstLong - i <= HEADER_LINES; i--) {
    const view = views[i]!;
    if (view.trim() === '') continue;
    const short = view.length < ARTICLE_SENTENCE;
    if (short && (roles[i] === 'body' || roles[i] === 'meta')) run.unshift(i);
    else if (short && i === firstLong - 1 && roles[i] === 'boilerplate' && page.blocks[i]!.heading > 0) run.unshift(i);
    else break;
  }
  // A line of the text's own paragraph (hard-wrapped text) is no headline: the headline sits in a container of its own.
  const textGroup = page.blocks[firstLong]?.group;
  const first = run.findIndex(
    (i) =>
      (page.blocks[i]!.group !== textGroup || page.blocks[i]!.heading > 0) &&
      looksLikeTitle(views[i]!, page.blocks[i]!.heading),
  );
  return first < 0 ? [] : run.slice(first);
}

export const titleRule: Rule = {
  name: 'title',
  why: 'the headline is the first title-like line the page confirms, not a print date or app banner above it',
  motivatedBy:
    'seeds 000 (print date above the title), 002 (page label above), 003 (app prompt above); corpus ia-b70f455d (breadcrumb), ia-064b591b (blog replies)',
  apply({ page, texts, views, roles }: RuleInput): Decisions {
    const titles = pageTitles(page);
    const firstLong = views.findIndex(
      (t, i) =>
        roles[i] === 'body' && t.length >= ARTICLE_SENTENCE && (t.length > TITLE_MAX || endsWithOneOf(t, CLAUSE_MARKS)),
    );
    const limit = firstLong < 0 ? views.length : firstLong;
    const nextLive = (from: number) => {
      for (let i = from + 1; i < views.length; i++) if (roles[i] === 'body') return i;
      return -1;
    };
    const header = headerRun(views, roles, page, firstLong);
    const named = firstLong < 0 ? new Set<string>() : namedInText(views, firstLong);
    /** `titled`: the page's title or its own text names the line; `credited`: a byline or a date stands under it. */
    const candidates: { block: number; squashed: string; score: number; titled: boolean; credited: boolean }[] = [];
    for (let block = 0; block < views.length; block++) {
      const source = page.blocks[block]!;
      if (block >= limit && source.heading === 0) continue;
      const view = views[block]!;
      // A linked headline is page furniture by its looks: it counts when the page's breadcrumb or its replies name it.
      const outside = roles[block] !== 'body' && !header.includes(block);
      if (outside && named.size === 0) continue;
      let squashed = outside ? squash(view) : '';
      if (outside && !named.has(bare(squashed))) continue;
      // Title-like but for a trailing ellipsis, which only a declared title may have.
      if (!looksLikeTitle(view, source.heading, true) || isSiteName(view)) continue;
      if (!outside) squashed = squash(view);
      const inText = outside || (named.size > 0 && named.has(bare(squashed)));
      const declared = titles.some((t) => matchesDeclared(squashed, t));
      if (!declared && endsWithOneOf(view, TRAILING_OFF)) continue;
      // Below the text's first sentence, a heading unconfirmed by the page heads a section or a sidebar (`24小时最热`).
      if (block >= limit && !declared && !inText && source.heading !== 1) continue;
      let score = 0;
      if (source.heading === 1) score += 5;
      else if (source.heading > 0) score += 3;
      if (declared) score += 3;
      if (inText) score += 2;
      if (source.hints.some((hint) => TITLE_HINT.test(hint))) score += 2;
      const next = nextLive(block);
      const credited = next >= 0 && next <= block + 3 && (isBylineText(views[next]!) || isDatedLine(views[next]!));
      if (credited) score += 2;
      if (block === header[0]) score += 2;
      const titled = inText || titles.some((t) => namesPage(squashed, t));
      candidates.push({ block, squashed, score, titled, credited });
    }
    if (candidates.length === 0) return {};
    // Where each candidate's text last occurs, to see whether it is repeated below (one pass over the texts). Squashing
    // only removes characters, so a text shorter than every candidate is none of them.
    const wanted = new Set(candidates.map((c) => c.squashed));
    const shortest = Math.min(...candidates.map((c) => c.squashed.length));
    const lastAt = new Map<string, number>();
    // Squashing keeps a text's first visible character: only texts that begin like a candidate are squashed.
    const firsts = new Set(candidates.map((c) => c.squashed[0]));
    views.forEach((view, i) => {
      if (view.length < shortest) return;
      const start = view.search(VISIBLE);
      if (start < 0 || !firsts.has(view[start]!)) return;
      const squashed = squash(view);
      if (wanted.has(squashed)) lastAt.set(squashed, i);
    });
    const accepted = candidates
      .map((c) => ({ ...c, score: c.score + ((lastAt.get(c.squashed) ?? -1) > c.block ? 2 : 0) }))
      .filter((c) => c.score >= ACCEPT);
    const highest = (list: typeof accepted) =>
      list.reduce<(typeof list)[number] | undefined>((a, b) => (a && a.score >= b.score ? a : b), undefined);
    let best = highest(accepted);
    // A line the page's title names with its byline under it outranks a heading with neither: the heading names the
    // column (`<h1>通知公告</h1>` above the headline).
    if (best && !best.titled && !best.credited) best = highest(accepted.filter((c) => c.titled && c.credited)) ?? best;
    if (!best) return {};
    const view = views[best.block]!;
    const label = TITLE_LABEL.exec(view)?.[0].length ?? 0;
    const trimmed = TITLE_TAIL.exec(view)?.index ?? view.length;
    const tail = endsWithOneOf(view.slice(0, trimmed), CLAUSE_MARKS) ? view.length : trimmed;
    const end = Math.min(tail, declaredEnd(view, breaksOf(page, texts, best.block), titles));
    const value = texts[best.block]!.slice(label, end).trimEnd();
    return {
      roles: [
        { block: best.block, role: 'title' },
        ...headlineRepeats(views, roles, best.block, best.squashed),
        ...subtitleUnder(best.block, views, roles),
      ],
      claims: [{ field: 'title', value, evidence: { from: 'text', block: best.block, how: 'headline' } }],
    };
  },
};

/**
 * The headline printed again (a mobile header, a print version): other lines of the text that read the same once
 * spaces and pinyin are taken out (`squashed`, as `squash` gives it), whichever rule found the headline.
 */
export function headlineRepeats(
  views: readonly string[],
  roles: RuleInput['roles'],
  headline: number,
  squashed = squash(views[headline]!),
): { block: number; role: 'duplicate' }[] {
  const repeats: { block: number; role: 'duplicate' }[] = [];
  views.forEach((view, block) => {
    if (block === headline || roles[block] !== 'body') return;
    if (view.length < squashed.length || view.length > 2 * squashed.length || squash(view) !== squashed) return;
    repeats.push({ block, role: 'duplicate' });
  });
  return repeats;
}

/** Lines of the text a headline's subtitle may stand below it (a writer's name may come between). */
const SUBTITLE_LINES = 2;

/**
 * The headline's subtitle (`——热烈祝贺市政协五届一次会议开幕`), within the lines of text right under it: part of the
 * headline, not of the text.
 */
function subtitleUnder(
  headline: number,
  views: readonly string[],
  roles: RuleInput['roles'],
): { block: number; role: 'subtitle' }[] {
  let lines = 0;
  for (let at = headline + 1; at < views.length && lines < SUBTITLE_LINES; at++) {
    if (roles[at] !== 'body') continue;
    lines++;
    const line = views[at]!;
    // One phrase, of words: a line with a sentence's full stop in it is text that opens with a dash, and a dash before
    // a mark alone (`—!`) is no subtitle.
    if (
      SUBTITLE.test(line) &&
      line.length <= TITLE_MAX &&
      WORDS.test(line) &&
      !line.includes('。') &&
      !endsWithOneOf(line, CLAUSE_MARKS)
    )
      return [{ block: at, role: 'subtitle' }];
  }
  return [];
}

/**
 * A page with no headline marked anywhere often begins its text with it: when the title rule found none, the first
 * paragraph of the article is the headline if it reads like one and stands apart from the text (its own container,
 * or a credit line under it).
 */
export const leadingTitleRule: Rule = {
  name: 'leading-title',
  why: 'a page without a marked headline begins its article with it, in a container of its own',
  motivatedBy: 'corpus essay archives and forum posts (a first line holding only the title, the writer under it)',
  apply({ page, texts, views, roles, fields }: RuleInput): Decisions {
    if (fields.title !== null) return {};
    const first = roles.indexOf('body');
    if (first < 0) return {};
    // A line that is the whole document title (a text page's first line) was read by the meta-tags rule, which found
    // no headline in it: it is none here either.
    if (printsDocumentTitle(page, first)) return {};
    const view = views[first]!;
    const next = roles.indexOf('body', first + 1);
    // The headline leaves text under it: an article of one paragraph keeps it.
    const apart = next >= 0 && page.blocks[next]!.group !== page.blocks[first]!.group;
    if (!apart || !looksLikeTitle(view, page.blocks[first]!.heading)) return {};
    const subtitle = subtitleUnder(first, views, roles);
    // Scoring weighed the headline as text and kept what stood between it and the text; under a headline marked as
    // one, a line that weighs nothing there (a bare label, a link) is left out.
    const between: Decisions['roles'] = [];
    for (let at = first + 1; at < roles.length; at++) {
      if (roles[at] !== 'body' || subtitle.some((line) => line.block === at)) continue;
      if (contentWeight(texts[at]!, page.blocks[at]!.linkDensity) > 0) break;
      between.push({ block: at, role: 'boilerplate' });
    }
    return {
      roles: [{ block: first, role: 'title' }, ...subtitle, ...between],
      claims: [{ field: 'title', value: texts[first]!, evidence: { from: 'text', block: first, how: 'first line' } }],
    };
  },
};
