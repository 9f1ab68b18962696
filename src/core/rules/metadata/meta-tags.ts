/**
 * What the page declares about itself: Chinese government `<meta name="PubDate|ContentSource|ArticleTitle|Author">`,
 * party-media `publishdate|source|author|editor`, Open Graph `article:published_time`, and JSON-LD NewsArticle.
 *
 * Which wins: the visible page text. The reader sees and cites what the page shows, and templates often leave
 * stale or site-wide values in their meta tags. Declared values fill the fields the text left empty; a declared
 * time refines a text date of the same day; a declared date on another day is kept out and reported as a conflict.
 */
import type { ArticleFields, Decisions, Page, Rule, RuleInput, Warning } from '../../article';
import { parseDateValue } from './date';
import { headlineOf, looksLikeTitle } from '../title';
import { stripPinyinRuby } from '../pinyin';

const META_KEYS: Record<Exclude<keyof ArticleFields, 'site'>, string[]> = {
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
  reviewer: [],
};

const JSON_LD_KEYS: Partial<Record<keyof ArticleFields, string>> = {
  title: 'headline',
  date: 'datePublished',
  author: 'author',
  source: 'publisher',
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

/** The declared value of each field, meta tags before JSON-LD. */
export function declaredFields(page: Page): Partial<ArticleFields> {
  const declared: Partial<ArticleFields> = {};
  const articles = jsonLdArticles(page);
  for (const field of Object.keys(META_KEYS) as (keyof typeof META_KEYS)[]) {
    let value: string | null = null;
    for (const key of META_KEYS[field]) {
      const v = page.meta.meta[key]?.trim();
      if (v) {
        value = v;
        break;
      }
    }
    const ldKey = JSON_LD_KEYS[field];
    if (!value && ldKey) value = articles.map((a) => jsonLdValue(a[ldKey])).find(Boolean) ?? null;
    if (value && field === 'date') value = parseDateValue(value);
    if (value && field === 'title') value = stripPinyinRuby(value);
    if (value) declared[field] = value;
  }
  return declared;
}

export const metaTagsRule: Rule = {
  name: 'meta-tags',
  why: 'pages declare date, source, author and title in meta tags and JSON-LD; they fill what the visible text lacks',
  motivatedBy: 'corpus pages (government portals with PubDate/ContentSource, party media with publishdate/source)',
  apply({ page, texts, roles, fields }: RuleInput): Decisions {
    const declared = declaredFields(page);
    const filled: Partial<ArticleFields> = {};
    const warnings: Warning[] = [];
    for (const field of Object.keys(declared) as (keyof ArticleFields)[]) {
      const value = declared[field]!;
      const shown = fields[field];
      if (shown === null) filled[field] = value;
      else if (field === 'date' && shown !== value) {
        if (value.slice(0, 10) !== shown.slice(0, 10)) {
          warnings.push({
            kind: 'conflict',
            message: `the page shows ${shown} but declares ${value}; the shown date is kept`,
          });
        } else if (!shown.includes('T') && value.includes('T')) filled.date = value;
      }
    }
    if (fields.title === null && filled.title === undefined && page.meta.documentTitle) {
      // A text page's first line stands in for its document title; a line a rule removed is not a headline.
      const headline = headlineOf(stripPinyinRuby(page.meta.documentTitle));
      const removed = texts.some((t, i) => roles[i] !== 'body' && roles[i] !== 'title' && t.includes(headline));
      if (looksLikeTitle(headline) && !removed) filled.title = headline;
    }
    return { fields: filled, warnings };
  },
};
