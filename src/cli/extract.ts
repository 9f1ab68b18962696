/** `extract <file.txt|file.html> [--url URL] [--json]`: the clean article of a saved page. */
import type { Article, ArticleWithSlogans } from '../core/article';
import { extractArticle } from '../core/pipeline';
import { withSlogans } from '../core/slogans';
import { CliError, parseArgs } from './io';
import { loadFile } from './load';
import { markRepairs, REPAIR_NOTE } from '../core/garbled';

/** The JSON the CLI prints: exactly these keys, in this order (`articleJson` builds them in order). */
export type ExtractJson = Pick<
  Article,
  'title' | 'date' | 'source' | 'editor' | 'author' | 'reviewer' | 'site' | 'script'
> & {
  text: string;
  slogans: Pick<ArticleWithSlogans['slogans'][number], 'text' | 'count' | 'kind'>[];
  warnings: Article['warnings'];
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

export async function run(args: string[]): Promise<void> {
  const { options, positional } = parseArgs(args, ['json']);
  if (positional.length !== 1) throw new CliError('usage: extract <file.txt|file.html> [--url URL] [--json]', 2);
  const url = typeof options.url === 'string' ? options.url : undefined;
  const { page } = await loadFile(positional[0]!, url);
  const article = extractArticle(page);
  if (article.paragraphs.length === 0) throw new CliError(`${positional[0]}: no article text found on this page`);
  process.stdout.write(
    options.json ? `${JSON.stringify(articleJson(withSlogans(article)), null, 2)}\n` : articleText(article),
  );
}
