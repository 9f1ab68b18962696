/**
 * What the page declares about itself: Chinese government `<meta name="PubDate|ContentSource|ArticleTitle|Author">`,
 * party-media `publishdate|source|author|editor`, Open Graph `article:published_time`, and JSON-LD NewsArticle.
 *
 * Which wins: the visible page text. The reader sees and cites what the page shows, and templates often leave
 * stale or site-wide values in their meta tags. Declared values fill the fields the text left empty; a declared
 * time refines a text date of the same day; a declared date on another day is kept out and reported as a conflict.
 */
import type { Decisions, FieldClaim, FieldName, Page, Rule, RuleInput, Warning } from '../../article';
import { parseDateValue } from '../../text/dates';
import { neutral } from '../../text/neutral';
import { isFurnitureText } from '../boilerplate';
import { stripPinyinRuby } from '../pinyin';
import { headlineOf, headlineRepeats, looksLikeTitle, printsDocumentTitle, squash } from '../title';

/** Declarations of each field, most specific first; JSON-LD's `publisher` names the site, not a 来源. */
const META_KEYS: Partial<Record<FieldName, string[]>> = {
  title: ['articletitle', 'og:title', 'twitter:title'],
  date: [
    'pubdate',
    'publishdate',
    'article:published_time',
    'og:article:published_time',
    'og:release_date',
    'firstpublishedtime',
    'publish_date',
    'date',
    'dc.date',
  ],
  source: ['contentsource', 'source', 'og:article:source'],
  editor: ['editor', 'responsibleeditor'],
  author: ['article:author', 'og:article:author', 'author'],
};

const JSON_LD_KEYS: Partial<Record<FieldName, string>> = {
  title: 'headline',
  date: 'datePublished',
  author: 'author',
  site: 'publisher',
};

function jsonLdValue(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.map(jsonLdValue).filter(Boolean).join('、') || null;
  if (value && typeof value === 'object' && 'name' in value) return jsonLdValue((value as { name: unknown }).name);
  return null;
}

function jsonLdArticles(page: Page): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if ('@graph' in record) visit(record['@graph']);
      if ('headline' in record || 'datePublished' in record) out.push(record);
    }
  };
  visit(page.meta.jsonLd);
  return out;
}

/** Every value the page declares for a field, meta tags before JSON-LD, dates as ISO and titles without pinyin. */
export function declaredClaims(page: Page): FieldClaim[] {
  const claims: FieldClaim[] = [];
  const add = (field: FieldName, raw: string | null | undefined, how: string) => {
    let value = raw?.trim() || null;
    if (value && field === 'date') value = parseDateValue(value);
    if (value && field === 'title') value = stripPinyinRuby(value);
    if (value) claims.push({ field, value, evidence: { from: 'declared', how } });
  };
  const articles = jsonLdArticles(page);
  for (const field of ['title', 'date', 'source', 'editor', 'author', 'site'] as const) {
    for (const key of META_KEYS[field] ?? []) add(field, page.meta.meta[key], key);
    const ldKey = JSON_LD_KEYS[field];
    if (ldKey) for (const article of articles) add(field, jsonLdValue(article[ldKey]), `JSON-LD ${ldKey}`);
  }
  return claims;
}

/** Blocks shorter than this are too short to stand for the document title. */
const SHOWN_TITLE_MIN = 6;

/**
 * The block that shows the document title's headline — the longest title-like line the `<title>` contains, wrapped
 * as it may be in the site's name and separators (`大话四川-[原创]朋友…！错误信息[麻辣社区]`) — or null.
 */
function shownPartOf(documentTitle: string, views: readonly string[]): number | null {
  const whole = squash(neutral(documentTitle));
  let best: number | null = null;
  let bestLength = 0;
  views.forEach((view, block) => {
    const line = squash(view);
    if (line.length < SHOWN_TITLE_MIN || line.length <= bestLength || line === whole) return;
    if (whole.includes(line) && looksLikeTitle(view)) {
      best = block;
      bestLength = line.length;
    }
  });
  return best;
}

export const metaTagsRule: Rule = {
  name: 'meta-tags',
  why: 'pages declare date, source, author and title in meta tags and JSON-LD; they fill what the visible text lacks',
  motivatedBy: 'corpus pages (government portals with PubDate/ContentSource, party media with publishdate/source)',
  apply({ page, texts, views, roles, fields }: RuleInput): Decisions {
    const claims: FieldClaim[] = [];
    const warnings: Warning[] = [];
    const roleDecisions: NonNullable<Decisions['roles']> = [];
    const declared = declaredClaims(page);
    for (const claim of declared) {
      const shown = fields[claim.field];
      if (shown === null) claims.push(claim);
      else if (claim.field === 'date' && claim === declared.find((c) => c.field === 'date') && shown !== claim.value) {
        if (claim.value.slice(0, 10) !== shown.slice(0, 10)) {
          warnings.push({
            kind: 'conflict',
            message: `the page shows ${shown} but declares ${claim.value}; the shown date is kept`,
          });
        } else if (!shown.includes('T') && claim.value.includes('T')) claims.push(claim);
      }
    }
    if (fields.title === null && page.meta.documentTitle) {
      const shown = shownPartOf(page.meta.documentTitle, views);
      if (shown !== null) {
        roleDecisions.push({ block: shown, role: 'title' }, ...headlineRepeats(views, roles, shown));
        claims.push({
          field: 'title',
          value: texts[shown]!,
          evidence: { from: 'text', block: shown, how: 'document title' },
        });
      } else {
        // A text page's first line stands in for its document title; a line a rule removed is not a headline.
        const headline = headlineOf(stripPinyinRuby(page.meta.documentTitle));
        const removed = texts.some((t, i) => roles[i] !== 'body' && roles[i] !== 'title' && t.includes(headline));
        // A template's furniture in the document title (`打印本页`, `网站地图`, a breadcrumb) names no headline either.
        const headlineView = neutral(headline);
        if (looksLikeTitle(headlineView) && !isFurnitureText(headlineView) && !removed) {
          // Printed as the text's first line, it is that line: the headline, not a paragraph repeating it. The line is
          // compared as the page printed it too, and shown as it reads now, should a repair have rewritten it.
          const first = roles.indexOf('body');
          const wanted = squash(headlineView);
          const asRead = first >= 0 && squash(views[first]!) === wanted;
          const printed = asRead || (first >= 0 && squash(neutral(page.blocks[first]!.text)) === wanted);
          // The line is the whole document title, marks and all (`——依靠群众`, a text page's first line): the headline
          // shown is read from it, and it is no paragraph either.
          const wholeTitle = !printed && first >= 0 && printsDocumentTitle(page, first);
          const fromLine = printed || wholeTitle;
          if (fromLine) roleDecisions.push({ block: first, role: 'title' }, ...headlineRepeats(views, roles, first));
          const value = wholeTitle
            ? headlineOf(stripPinyinRuby(texts[first]!))
            : printed && !asRead
              ? texts[first]!.trim()
              : headline;
          claims.push({
            field: 'title',
            value,
            evidence: fromLine
              ? { from: 'text', block: first, how: 'document title' }
              : { from: 'declared', how: 'document title' },
          });
        }
      }
    }
    return { roles: roleDecisions, claims, warnings };
  },
};
