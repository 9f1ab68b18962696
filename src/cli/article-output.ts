/** How the CLI prints an Article: the JSON object of `--json` and JSON Lines, and the plain text. */
import type { Article, ArticleWithSlogans } from '../core/article';
import { markRepairs, REPAIR_NOTE } from '../core/garbled';

/** The JSON the CLI prints: exactly these keys, in this order (`articleJson` builds them in order). */
export type ExtractJson = Pick<
  Article,
  'title' | 'date' | 'source' | 'editor' | 'author' | 'reviewer' | 'site' | 'script'
> & {
  text: string;
  slogans: Pick<ArticleWithSlogans['slogans'][number], 'text' | 'count' | 'kind'>[];
  warnings: Article['warnings'];
  /** Where each shown field was read: a labelled line, a dateline, a declaration… (see README, "Metadata"). */
  evidence: Article['evidence'];
};

export function articleJson(article: ArticleWithSlogans): ExtractJson {
  return {
    title: article.title,
    date: article.date,
    source: article.source,
    editor: article.editor,
    author: article.author,
    reviewer: article.reviewer,
    site: article.site,
    script: article.script,
    text: article.paragraphs.map((p) => p.text).join('\n\n'),
    slogans: article.slogans.map(({ text, count, kind }) => ({ text, count, kind })),
    warnings: article.warnings,
    evidence: article.evidence,
  };
}

const LABELS: [keyof Article, string][] = [
  ['date', '日期'],
  ['source', '来源'],
  ['author', '记者'],
  ['editor', '编辑'],
  ['reviewer', '审核'],
  ['site', '网站'],
];

export function articleText(article: Article): string {
  const meta = LABELS.filter(([key]) => article[key]).map(([key, label]) => `${label}: ${article[key] as string}`);
  const head = [article.title ?? '(无标题)', meta.join(' | ')].filter(Boolean);
  const body = article.paragraphs.map((p) => markRepairs(p)).join('\n\n');
  const note = article.paragraphs.some((p) => p.repairs?.length) ? ['', REPAIR_NOTE] : [];
  return `${[...head, '', body, ...note].join('\n')}\n`;
}
