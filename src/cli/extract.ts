/**
 * `extract <file.txt|file.html> [--url URL] [--format text|json|markdown] [--accessed YYYY-MM-DD]`: the clean article
 * of a saved page (`--json` is `--format json`).
 */
import type { Article, ArticleWithSlogans } from '../core/article';
import { articleMarkdown } from '../core/markdown';
import { articleOutline } from '../core/outline';
import { extractArticle } from '../core/pipeline';
import { findSlogans, withSlogans } from '../core/slogans';
import { parseAccessed } from './cite';
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

const FORMATS = ['text', 'json', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

/** Today on the reader's clock, YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function run(args: string[]): Promise<void> {
  const { options, positional } = parseArgs(args, ['json']);
  if (positional.length !== 1)
    throw new CliError('usage: extract <file.txt|file.html> [--url URL] [--format text|json|markdown]', 2);
  const format = options.format ?? (options.json ? 'json' : 'text');
  if (!FORMATS.includes(format as Format))
    throw new CliError(`--format must be one of ${FORMATS.join(', ')}, not "${String(format)}"`, 2);
  // A mistyped date is refused before the file is read.
  if (typeof options.accessed === 'string') parseAccessed(options.accessed);
  const accessed = typeof options.accessed === 'string' ? options.accessed : today();
  const url = typeof options.url === 'string' ? options.url : undefined;
  const { page } = await loadFile(positional[0]!, url);
  const article = extractArticle(page);
  if (article.paragraphs.length === 0) throw new CliError(`${positional[0]}: no article text found on this page`);
  if (format === 'json') process.stdout.write(`${JSON.stringify(articleJson(withSlogans(article)), null, 2)}\n`);
  else if (format === 'markdown') {
    const outline = articleOutline(article, page.blocks);
    const slogans = findSlogans(article);
    process.stdout.write(articleMarkdown({ article, outline, slogans, url: url ?? article.url ?? '', accessed }));
  } else process.stdout.write(articleText(article));
}
